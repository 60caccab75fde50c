# The stdlib's json: dumps and loads of nested records, with indent and
# sort_keys, and a round trip that must give the same objects back.
import json


def make_records(count):
    return [{"id": i, "name": f"item-{i}", "price": i * 1.25, "tags": [f"t{i % 7}", f"t{i % 11}"],
             "active": i % 3 == 0, "owner": None if i % 5 else {"id": i % 97, "name": "Zoë"},
             "ratios": [i / 7, i / 9.5, -i]} for i in range(count)]


def main():
    records = make_records(5000)
    total = 0
    for _ in range(16):
        text = json.dumps(records)
        back = json.loads(text)
        total += len(text)
        assert back == records
    pretty = json.dumps(records[:1500], indent=2, sort_keys=True, ensure_ascii=False)
    again = json.loads(pretty)
    print(total, len(pretty), len(again), again[3]["tags"], back[-1]["price"])


main()
