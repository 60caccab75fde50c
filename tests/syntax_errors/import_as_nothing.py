# an import with 'as' and no alias
import os as
