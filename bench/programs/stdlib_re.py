# The stdlib's re over a generated log: compile, search, findall, sub, split
# and named groups, as a log-processing script uses them.
import re

LINE = re.compile(r"(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<day>\d\d)/(?P<month>\w{3})/"
                  r"(?P<year>\d{4}):(?P<time>[\d:]+)\] \"(?P<method>[A-Z]+) (?P<path>\S+)\" "
                  r"(?P<status>\d{3}) (?P<size>\d+)")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
METHODS = ["GET", "POST", "PUT", "DELETE"]


def make_log(count):
    lines = []
    for i in range(count):
        ip = f"10.{i % 7}.{i % 251}.{i % 13}"
        path = f"/api/v{i % 3}/items/{i % 97}?q=word{i % 17}&page={i % 5}"
        lines.append(f'{ip} - - [{i % 28 + 1:02d}/{MONTHS[i % 6]}/2024:{i % 24:02d}:{i % 60:02d}:'
                     f'{i % 59:02d}] "{METHODS[i % 4]} {path}" {200 + (i % 5) * 100} {i * 37 % 5000}')
    return lines


def main():
    lines = make_log(60000)
    by_status = {}
    bytes_by_month = {}
    for line in lines:
        m = LINE.match(line)
        by_status[m["status"]] = by_status.get(m["status"], 0) + 1
        bytes_by_month[m.group("month")] = bytes_by_month.get(m.group("month"), 0) + int(m["size"])
    text = "\n".join(lines)
    words = re.findall(r"word\d+", text)
    pages = sum(int(p) for p in re.findall(r"page=(\d)", text))
    masked = re.sub(r"\d+\.\d+\.\d+\.\d+", "x.x.x.x", text)
    fields = sum(len(re.split(r"[ /?&=]+", line)) for line in lines[:15000])
    versions = len(re.findall(r"/v(?:1|2)/", text))
    ignore_case = len(re.findall(r"get|post", text, re.IGNORECASE))
    print(sorted(by_status.items()), sorted(bytes_by_month.items()))
    print(len(words), pages, len(masked), fields, versions, ignore_case)


main()
