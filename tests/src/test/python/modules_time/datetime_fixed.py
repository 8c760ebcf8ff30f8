from datetime import date, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoformat(), d.replace(year=2023), date.fromisoformat("2021-12-31"))
dt = datetime(2020, 1, 1, 12, 30, 15, tzinfo=timezone.utc)
print(dt, dt.isoformat(), dt.timestamp(), dt + timedelta(hours=13), dt.strftime("%d/%m/%Y %I:%M %p"))
delta = datetime(2021, 3, 1) - datetime(2020, 3, 1)
print(delta, delta.days, delta.total_seconds(), timedelta(seconds=3661), timedelta(days=-1, seconds=5))
print(datetime.fromtimestamp(0, timezone.utc), datetime(2000, 1, 1) < datetime(2000, 1, 2), date(2024, 1, 1).isocalendar()[:2])
try:
    date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
