# An uncaught exception deep in calls: the traceback shows each frame with 3.11's carets.
def parse(data):
    return data["value"] + 1

def load(records):
    results = []
    for r in records:
        results.append(parse(r))
    return results

def main():
    print(load([{"value": 1}, {"value": 2}]))
    print(load([{"value": 1}, {"other": 2}]))

main()
