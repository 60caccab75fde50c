# More than 20 statically nested blocks.
for a in []:
 for b in []:
  for c in []:
   for d in []:
    for e in []:
     for f in []:
      for g in []:
       for h in []:
        for i in []:
         for j in []:
          for k in []:
           for l in []:
            for m in []:
             for n in []:
              for o in []:
               for p in []:
                for q in []:
                 for r in []:
                  for s in []:
                   for t in []:
                    for u in []:
                     pass
