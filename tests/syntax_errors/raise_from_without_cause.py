# raise from with no cause
raise E from
