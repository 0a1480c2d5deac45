"""Tests of the Date algorithms (minijs.runtime.dates and its modules).

Fixed cases whose expected values are node 20's output, and differential
tests: a list of time values, component tuples and date strings is run
through ONE node process per time zone (TZ=UTC, America/New_York,
Asia/Kolkata, Europe/London, Australia/Lord_Howe) and the results are
compared exactly with ours under the same TZ.  Node tests skip when node
is not on PATH.
"""

import json
import math
import shutil
import subprocess

import pytest

from minijs.runtime import dates as D

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")

NAN = float("nan")


def same(a, b):
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return a == b


# -- fixed cases (node 20) --------------------------------------------------

def test_core_decomposition():
    t = D.date_utc(2020, 1, 29, 13, 14, 15, 16)
    assert t == 1582982055016.0
    assert D.year_month_date(t) == (2020, 1, 29)
    assert (D.hour_from_time(t), D.min_from_time(t), D.sec_from_time(t),
            D.ms_from_time(t)) == (13, 14, 15, 16)
    assert D.week_day(t) == 6
    assert D.year_from_time(-1) == 1969
    assert D.year_month_date(-8.64e15) == (-271821, 3, 20)
    assert D.year_month_date(8.64e15) == (275760, 8, 13)


def test_utc_two_digit_years_and_nan():
    assert D.date_utc(99) == 915148800000.0
    assert D.date_utc(100) == -59011459200000.0
    assert D.date_utc(-1) == -62198755200000.0
    assert math.isnan(D.date_utc())
    assert math.isnan(D.date_utc(NAN))
    assert math.isnan(D.date_utc(275760, 8, 13, 0, 0, 0, 1))
    assert D.date_utc(275760, 8, 13) == 8.64e15
    assert D.date_utc(2020, 0, 1, 0, 0, 0, 0.9) == 1577836800000.0


def test_time_clip_and_make_day():
    assert math.isnan(D.time_clip(8.64e15 + 1))
    assert D.time_clip(-0.0) == 0 and math.copysign(1, D.time_clip(-0.0)) == 1
    assert D.time_clip(1.9) == 1.0
    assert math.isnan(D.make_day(math.inf, 0, 1))
    assert D.make_day(1970, 0, 1) == 0
    assert D.make_day(1970, 12, 1) == 365
    assert D.make_day(1970, -1, 1) == -31


def test_iso_and_utc_strings():
    assert D.to_iso_string(0.0) == "1970-01-01T00:00:00.000Z"
    assert D.to_iso_string(-62198755200000.0) == "-000001-01-01T00:00:00.000Z"
    assert D.to_iso_string(8.64e15) == "+275760-09-13T00:00:00.000Z"
    assert D.to_iso_string(253402300800000.0) == "+010000-01-01T00:00:00.000Z"
    assert D.to_utc_string(-62198755200000.0) == "Fri, 01 Jan -0001 00:00:00 GMT"
    assert D.to_utc_string(NAN) == "Invalid Date"
    with pytest.raises(D.DateRangeError) as e:
        D.to_iso_string(NAN)
    assert str(e.value) == "Invalid time value"
    assert D.to_json_string(NAN) is None


def test_local_strings_new_york(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    assert D.to_string(0.0) == "Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time)"
    assert D.to_string(1594000000000.0) == \
        "Sun Jul 05 2020 21:46:40 GMT-0400 (Eastern Daylight Time)"
    assert D.to_time_string(0.0) == "19:00:00 GMT-0500 (Eastern Standard Time)"
    assert D.to_date_only_string(0.0) == "Wed Dec 31 1969"
    # local mean time before 1883 (-4:56:02, shown truncated)
    assert D.to_string(D.local_date_value(1800, 0, 1)) == \
        "Wed Jan 01 1800 00:00:00 GMT-0456 (Eastern Standard Time)"


def test_kolkata_and_utc(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    assert D.to_string(0.0) == "Thu Jan 01 1970 05:30:00 GMT+0530 (India Standard Time)"
    assert D.HOST_TIME_ZONE.timezone_offset_minutes(0) == -330
    monkeypatch.setenv("TZ", "UTC")
    assert D.to_string(0.0) == "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)"


def test_dst_gap_and_overlap(monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")
    # 2021-03-14 02:30 does not exist: node gives 03:30 EDT
    t = D.local_date_value(2021, 2, 14, 2, 30)
    assert D.to_iso_string(t) == "2021-03-14T07:30:00.000Z"
    # 2021-11-07 01:30 happens twice: node takes the first (EDT)
    t = D.local_date_value(2021, 10, 7, 1, 30)
    assert D.to_iso_string(t) == "2021-11-07T05:30:00.000Z"


def test_parse_fixed(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    assert D.parse_date("2020-01-02") == 1577923200000.0
    assert D.parse_date("2020-01-02T03:04:05.678Z") == 1577934245678.0
    assert D.parse_date("2020-01-02T03:04:05.678+01:00") == 1577930645678.0
    assert D.parse_date("+002020-01-02T00:00:00Z") == 1577923200000.0
    assert math.isnan(D.parse_date("-000000-01-01T00:00:00Z"))
    assert D.parse_date("2020-01-02T24:00:00Z") == 1578009600000.0
    assert D.parse_date("Thu, 01 Jan 1970 00:00:00 GMT") == 0.0
    assert D.parse_date("Jan 2 2020") == 1577923200000.0
    assert math.isnan(D.parse_date("foo"))
    assert math.isnan(D.parse_date(""))


# -- differential tests against node ---------------------------------------

TIMES = [
    0, -1, 1, 86399999, -86400000, 1e12, 1594000000000, 1615705199999,
    1615705200000, 1636264799999, 1636264800000, 1636261200000,
    1648339200000, 1667091600000, 1699999999999, 2e12, 4e12,
    2147483647000, 2147483648000, -2e12, -5e12, -6e13, -6.2e13,
    -62198755200000, -62198755200001, -62135596800000, -62135596800001,
    -2208988800000, -2177452800000, -1e14, 253402300799999,
    253402300800000, 1e15, -1e15, 8.64e15, -8.64e15, 1234567.891e6,
    -77777777777777, 3e14, -3e14,
]

TUPLES = [
    [2020, 0, 1], [2020, 0, 1, 12, 30, 15, 500], [2021, 2, 14, 2, 30],
    [2021, 2, 14, 1, 59, 59, 999], [2021, 2, 14, 3], [2021, 10, 7, 1, 30],
    [2021, 10, 7, 0, 59], [2021, 10, 7, 2], [2022, 2, 27, 1, 30],
    [2022, 9, 30, 1, 30], [0], [0, 0], [99, 11, 31], [100, 0, 1],
    [-1, 0, 1], [-271821, 3, 20], [-271821, 3, 19, 23, 59], [275760, 8, 13],
    [275760, 8, 13, 0, 0, 0, 1], [1e6, 0], [2020, 13, 40, 25, 61, 61, 1001],
    [2020, -1, 0], [1800, 6, 1], [1883, 10, 18, 12], [9999, 11, 31, 23, 59],
    [10000, 0, 1], [1970, 0, 1, 0, 0, 0, -1], [1969, 11, 31, 24],
    [2020, 5.7, 1.9], [None], [2020, None], [1e20, 0], [2038, 0, 19, 3, 14, 8],
    [1945, 5, 1], [1972, 6, 1], [2037, 6, 1], [2040, 6, 1], [3000, 6, 1],
    [-500, 6, 1], [1, 0, 1],
]

STRINGS = [
    "2020-01-02", "2020-01", "2020", "2020-01-02T03:04", "2020-01-02T03:04:05",
    "2020-01-02T03:04:05.6", "2020-01-02T03:04:05.678901", "2020-01-02T03:04Z",
    "2020-01-02T03:04:05+05:30", "2020-01-02T03:04:05-0800",
    "2020-01-02T24:00", "2020-01-02T24:01", "2020-13-01", "2020-02-30",
    "2020-02-31", "+275760-09-13T00:00:00.000Z", "+275760-09-13T00:00:00.001Z",
    "-271821-04-20T00:00:00.000Z", "-271821-04-19T23:59:59.999Z",
    "-000001-01-01T00:00:00Z", "+010000-01-01", "2020-01-02 10:00",
    "2020-01-02T10:00:00 GMT", "2021-03-14T02:30:00", "2021-11-07T01:30:00",
    "Thu, 01 Jan 1970 00:00:00 GMT", "Thu, 01 Jan 1970 00:00:00 GMT+0100",
    "Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time)",
    "Mon Jan 01 2001", "January 5, 2020", "5 January 2020", "Jan 5 2020 10:20 PM",
    "Jan 5 2020 12:00 AM", "Jan 5 2020 13:00 PM", "1/2/2020", "1/2/20",
    "1/2/70", "12/31/1999 23:59:59", "2020/01/02", "2020/1/2 3:4:5",
    "Sat, 01-Jan-2000 08:00:00 GMT", "2000-01-01T00:00:00.000+00:00",
    "1 2 3", "Jan", "10:00", "2020 Jan 5", "Tue Mar 01 2022 EST",
    "Mar 1 2022 10:00 PST", "Mar 1 2022 10:00 UTC+2", "Mar 1 2022 10:00 +0530",
    "Mar 1 2022 10:00 GMT-03:30", "2022-03-01T10:00:00.000Z extra",
    "foo 2020", "2020 foo", "(comment) Jan 1 2020", "Jan 1 2020 (comment)",
    "  2020-01-02  ", "2020-1-2", "Dec 25, 1995", "12/25/1995 13:30:00",
    "June 1 -100", "99-01-01", "0099-01-01", "1e3", "-1", "Z", "",
    "1970-01-01T00:00:00.000-00:00", "Sun Jul 05 2020 21:46:40 GMT-0400",
    "2020-01-02T03:04:05.Z", "T10:00", "2020T10:00", "2020-01-02T10",
]

ZONES = ["UTC", "America/New_York", "Asia/Kolkata", "Europe/London",
         "Australia/Lord_Howe"]

_NODE_SCRIPT = r"""
const data = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const num = x => (Number.isNaN(x) ? 'NaN' : x);
function describe(d) {
  const t = d.getTime();
  let iso;
  try { iso = d.toISOString(); } catch (e) { iso = e.message; }
  return [num(t), d.toString(), d.toDateString(), d.toTimeString(),
          d.toUTCString(), iso, num(d.getTimezoneOffset()),
          num(d.getFullYear()), num(d.getMonth()), num(d.getDate()),
          num(d.getDay()), num(d.getHours()), num(d.getMinutes()),
          num(d.getSeconds()), num(d.getMilliseconds())];
}
const out = {
  times: data.times.map(t => describe(new Date(t))),
  tuples: data.tuples.map(a => {
    const args = a.map(x => (x === null ? undefined : x));
    return [describe(new Date(...args)), num(Date.UTC(...args))];
  }),
  strings: data.strings.map(s => num(Date.parse(s))),
};
process.stdout.write(JSON.stringify(out));
"""


def _num(x):
    return "NaN" if isinstance(x, float) and math.isnan(x) else x


def _describe(t):
    tz = D.HOST_TIME_ZONE
    try:
        iso = D.to_iso_string(t)
    except D.DateRangeError as e:
        iso = str(e)
    if math.isnan(t):
        parts = [NAN] * 9
    else:
        local = tz.local_time(int(t))
        y, mo, d = D.year_month_date(local)
        parts = [tz.timezone_offset_minutes(int(t)), y, mo, d,
                 D.week_day(local), D.hour_from_time(local),
                 D.min_from_time(local), D.sec_from_time(local),
                 D.ms_from_time(local)]
    return [_num(t), D.to_string(t), D.to_date_only_string(t),
            D.to_time_string(t), D.to_utc_string(t), iso] + [_num(p) for p in parts]


def _ours():
    out = {"times": [_describe(D.time_clip(float(t))) for t in TIMES],
           "tuples": [], "strings": []}
    for a in TUPLES:
        args = [NAN if x is None else float(x) for x in a]
        if len(args) == 1:
            # new Date(x) with one argument is a time value, not a year
            tv = D.time_clip(args[0])
        else:
            tv = D.local_date_value(*args)
        out["tuples"].append([_describe(tv), _num(D.date_utc(*args))])
    out["strings"] = [_num(D.parse_date(s)) for s in STRINGS]
    return out


def _node(tz):
    env = {"TZ": tz, "PATH": "/usr/bin:/bin"}
    data = json.dumps({"times": TIMES, "tuples": TUPLES, "strings": STRINGS})
    r = subprocess.run([NODE, "-e", _NODE_SCRIPT], input=data, env=env,
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def _normalise(x):
    """JSON round trip so that 1.0 and 1 compare equal, as in node."""
    return json.loads(json.dumps(x))


@needs_node
@pytest.mark.parametrize("tz", ZONES)
def test_against_node(tz, monkeypatch):
    monkeypatch.setenv("TZ", tz)
    expected = _node(tz)
    ours = _normalise(_ours())
    for i, t in enumerate(TIMES):
        assert ours["times"][i] == expected["times"][i], ("time", t)
    for i, a in enumerate(TUPLES):
        assert ours["tuples"][i] == expected["tuples"][i], ("tuple", a)
    for i, s in enumerate(STRINGS):
        assert ours["strings"][i] == expected["strings"][i], ("string", s)
