"""The time value arithmetic of ECMA-262 21.4.1 (Date objects), on floats.

A time value is a Number of milliseconds since 1970-01-01T00:00:00Z, NaN
for an invalid date; every function takes and returns Python numbers (floats,
ints accepted) and never raises on NaN or infinities: NaN propagates as the
spec says.  The decomposition functions (year_from_time ...) are meant for
finite time values; they use exact integer arithmetic, so they are correct
for the whole range TimeClip allows (+-8.64e15 ms, years -271821..275760).

The composition functions (make_time, make_day, make_date, time_clip) follow
V8 (src/date/date.cc), which differs from the letter of the spec only where
the result would be NaN anyway or could never be observed, except one case
we mirror on purpose: MakeDay returns NaN unless -1e6 <= year <= 1e6 and
-1e7 <= month <= 1e7 (V8's kMinYear/kMaxYear/kMinMonth/kMaxMonth).
"""

import math

MS_PER_SECOND = 1000
MS_PER_MINUTE = 60000
MS_PER_HOUR = 3600000
MS_PER_DAY = 86400000            # 21.4.1.3 Day Number and Time within Day
MAX_TIME = 8.64e15               # 21.4.1.1 Time Values and Time Range

NAN = float("nan")

_CUMULATIVE_DAYS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_CUMULATIVE_DAYS_LEAP = (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305,
                         335)


def _finite(x):
    return not (math.isnan(x) or math.isinf(x))


def _to_integer(x):
    """ToIntegerOrInfinity on a Number (7.1.5), keeping NaN out (-> 0)."""
    if math.isnan(x):
        return 0.0
    if math.isinf(x):
        return x
    return float(math.trunc(x))


# --- 21.4.1.3 Day Number and Time within Day --------------------------

def day(t):
    """Day(t) = floor(t / msPerDay) (21.4.1.3), as an int."""
    return int(t // MS_PER_DAY)


def time_within_day(t):
    """TimeWithinDay(t) = t modulo msPerDay (21.4.1.3), in [0, msPerDay)."""
    r = t % MS_PER_DAY
    return int(r) if r == int(r) else r


# --- 21.4.1.4 Year Number ---------------------------------------------

def days_in_year(y):
    """DaysInYear(y) (21.4.1.4): 366 in leap years of the proleptic
    Gregorian calendar, else 365."""
    y = int(y)
    if y % 4 or (y % 100 == 0 and y % 400):
        return 365
    return 366


def is_leap_year(y):
    y = int(y)
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def day_from_year(y):
    """DayFromYear(y) (21.4.1.4): the day number of January 1 of year y."""
    y = int(y)
    return (365 * (y - 1970) + (y - 1969) // 4 - (y - 1901) // 100
            + (y - 1601) // 400)


def time_from_year(y):
    """TimeFromYear(y) = msPerDay * DayFromYear(y) (21.4.1.4)."""
    return MS_PER_DAY * day_from_year(y)


def _civil_from_days(d):
    """(year, month 0-11, date 1-31) of day number d; exact for any int
    (the classic era-of-400-years algorithm)."""
    d += 719468                       # shift the epoch to 0000-03-01
    era = d // 146097
    doe = d - era * 146097            # [0, 146096]
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)   # [0, 365]
    mp = (5 * doy + 2) // 153         # March-based month [0, 11]
    date = doy - (153 * mp + 2) // 5 + 1
    month = mp + 2 if mp < 10 else mp - 10
    if month <= 1:
        y += 1
    return y, month, date


def year_month_date(t):
    """(YearFromTime, MonthFromTime, DateFromTime) of a finite t at once."""
    return _civil_from_days(day(t))


def year_from_time(t):
    """YearFromTime(t) (21.4.1.4): the largest y with TimeFromYear(y) <= t."""
    return _civil_from_days(day(t))[0]


def in_leap_year(t):
    """InLeapYear(t) (21.4.1.4): 1 in a leap year, else 0."""
    return 1 if days_in_year(year_from_time(t)) == 366 else 0


def day_within_year(t):
    """DayWithinYear(t) = Day(t) - DayFromYear(YearFromTime(t)) (21.4.1.5)."""
    return day(t) - day_from_year(year_from_time(t))


# --- 21.4.1.5 / 21.4.1.6 Month and Date -------------------------------

def month_from_time(t):
    """MonthFromTime(t) (21.4.1.5): 0 = January ... 11 = December."""
    return _civil_from_days(day(t))[1]


def date_from_time(t):
    """DateFromTime(t) (21.4.1.6): day of the month, 1..31."""
    return _civil_from_days(day(t))[2]


def week_day(t):
    """WeekDay(t) = (Day(t) + 4) modulo 7 (21.4.1.7): 0 = Sunday."""
    return (day(t) + 4) % 7


# --- 21.4.1.11-14 Hours, Minutes, Seconds, Milliseconds ---------------

def hour_from_time(t):
    """HourFromTime(t) (21.4.1.14): floor(t / msPerHour) modulo 24."""
    return int(t // MS_PER_HOUR) % 24


def min_from_time(t):
    """MinFromTime(t) (21.4.1.14): floor(t / msPerMinute) modulo 60."""
    return int(t // MS_PER_MINUTE) % 60


def sec_from_time(t):
    """SecFromTime(t) (21.4.1.14): floor(t / msPerSecond) modulo 60."""
    return int(t // MS_PER_SECOND) % 60


def ms_from_time(t):
    """msFromTime(t) (21.4.1.14): t modulo msPerSecond."""
    return int(t % MS_PER_SECOND)


# --- 21.4.1.28-31 MakeTime, MakeDay, MakeDate, TimeClip --------------

def make_time(hour, minute, sec, ms):
    """MakeTime(hour, min, sec, ms) (21.4.1.28): NaN unless all four are
    finite; each is truncated (ToIntegerOrInfinity) and the products are
    summed with IEEE double arithmetic, as the spec and V8 do."""
    if not (_finite(hour) and _finite(minute) and _finite(sec)
            and _finite(ms)):
        return NAN
    return (_to_integer(hour) * MS_PER_HOUR + _to_integer(minute)
            * MS_PER_MINUTE + _to_integer(sec) * MS_PER_SECOND
            + _to_integer(ms))


def make_day(year, month, date):
    """MakeDay(year, month, date) (21.4.1.29): the day number of
    date `date` of month `month` (0-based, may overflow into other years) of
    year `year`; NaN for non-finite arguments.  Like V8, NaN also when year
    is outside [-1e6, 1e6] or month outside [-1e7, 1e7]."""
    if not (_finite(year) and _finite(month) and _finite(date)):
        return NAN
    if not (-1000000 <= year <= 1000000 and -10000000 <= month <= 10000000):
        return NAN
    y = int(math.trunc(year))
    m = int(math.trunc(month))
    y += m // 12                      # floor division: m modulo 12 below
    m %= 12
    table = _CUMULATIVE_DAYS_LEAP if is_leap_year(y) else _CUMULATIVE_DAYS
    return float(day_from_year(y) + table[m] - 1) + _to_integer(date)


def make_date(day_number, time):
    """MakeDate(day, time) = day * msPerDay + time (21.4.1.30), NaN when
    either is not finite (or the result overflows)."""
    if not (_finite(day_number) and _finite(time)):
        return NAN
    if time == 0.0 and day_number != 0.0:
        tv = day_number * MS_PER_DAY
    else:
        tv = time + day_number * MS_PER_DAY
    return tv if _finite(tv) else NAN


def time_clip(time):
    """TimeClip(time) (21.4.1.31): NaN unless finite and |time| <= 8.64e15,
    else ToIntegerOrInfinity(time) (never -0)."""
    if not _finite(time) or abs(time) > MAX_TIME:
        return NAN
    return float(math.trunc(time)) + 0.0


# --- Date.UTC and the constructor's component path --------------------

def make_full_year(year):
    """21.4.2.1 step 5.i / 21.4.3.4 step 9: a year y with
    0 <= ToIntegerOrInfinity(y) <= 99 means 1900 + that integer."""
    if math.isnan(year):
        return year
    yi = _to_integer(year)
    if 0 <= yi <= 99:
        return 1900.0 + yi
    return year


def compose_date(year, month=0.0, date=1.0, hours=0.0, minutes=0.0,
                 seconds=0.0, ms=0.0):
    """The unclipped MakeDate(MakeDay(yr, m, dt), MakeTime(h, min, s, milli))
    of Date(...)/Date.UTC(...) with two-digit years mapped to 19xx.  The
    arguments are Numbers (already ToNumber'ed); defaults as in 21.4.3.4."""
    yr = make_full_year(float(year))
    return make_date(make_day(yr, float(month), float(date)),
                     make_time(float(hours), float(minutes), float(seconds),
                               float(ms)))


def date_utc(*args):
    """Date.UTC(year [, month [, date [, hours [, minutes [, seconds
    [, ms]]]]]]) (21.4.3.4) on Numbers: NaN without arguments."""
    if not args:
        return NAN
    return time_clip(compose_date(*args[:7]))
