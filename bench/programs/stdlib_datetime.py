# The stdlib's datetime: arithmetic with timedelta, formatting, parsing,
# comparisons and ISO conversions over a year of timestamps.
from datetime import date, datetime, timedelta, timezone


def main():
    start = datetime(2024, 1, 1, 0, 0, tzinfo=timezone.utc)
    step = timedelta(minutes=37, seconds=11)
    moment = start
    weekdays = [0] * 7
    months = {}
    formatted = 0
    for _ in range(150000):
        moment += step
        weekdays[moment.weekday()] += 1
        key = moment.strftime("%Y-%m")
        months[key] = months.get(key, 0) + 1
        formatted += len(moment.isoformat())
    parsed = [datetime.fromisoformat(f"2024-{m:02d}-{d:02d}T{h:02d}:30:00+00:00")
              for m in range(1, 13) for d in range(1, 29) for h in range(0, 24, 6)]
    span = max(parsed) - min(parsed)
    days = sum((date(2024, m, 1) - date(2023, m, 1)).days for m in range(1, 13))
    print(weekdays, len(months), formatted, span, days, moment.isoformat())


main()
