# 'except*' on its own line as a statement
except*
