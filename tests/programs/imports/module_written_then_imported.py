# A module written by the program right after its folder was searched is
# found by the next import (the folder's cached listing is not trusted
# within its timestamp granularity).
import sys
folder = __file__.rpartition("/")[0] + "/_packages"
sys.path.insert(0, folder)
try:
    import open_scratch_not_yet_written_module
except ModuleNotFoundError as error:
    print("before:", error)
for round_number in range(3):
    name = f"open_scratch_written_module_{round_number}"
    with open(f"{folder}/{name}.py", "w") as f:
        f.write(f"ROUND = {round_number}\n")
    module = __import__(name)
    print(module.__name__, module.ROUND)
