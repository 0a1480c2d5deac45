"""The string forms of a time value: Date.prototype.toString,
toDateString, toTimeString, toUTCString, toISOString and toJSON
(ECMA-262 21.4.4.35-43, 21.4.4.41.1-4 TimeString, DateString,
TimeZoneString, ToDateString), formatted exactly as V8 does.

Every function takes a time value (a float, NaN when invalid) and, for the
local forms, a date_tz.TimeZone (default: the host zone, TZ read at call
time).  The local forms return "Invalid Date" for NaN; to_iso_string raises
DateRangeError("Invalid time value"), the RangeError of 21.4.4.36.

Years: four digits at least, a '-' before negative ones ("-0002",
"-271821"), V8's %04d / %05d; toISOString uses the expanded six-digit
form "+275760" / "-000001" outside 0..9999 (21.4.1.32.1).
"""

import math

from minijs.runtime.date_core import (
    MS_PER_DAY, _civil_from_days, hour_from_time, min_from_time,
    ms_from_time, sec_from_time)
from minijs.runtime.date_tz import TimeZone
from minijs.runtime.intconv import NumberRangeError

WEEKDAY_NAMES = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
               "Oct", "Nov", "Dec")

INVALID_DATE = "Invalid Date"

HOST_TIME_ZONE = TimeZone()


class DateRangeError(NumberRangeError):
    """The RangeError a Date method throws; str() is V8's message."""


def _fields(t):
    """(year, month, date, weekday, h, m, s) of an integral finite t."""
    days = int(t // MS_PER_DAY)
    y, mo, d = _civil_from_days(days)
    return (y, mo, d, (days + 4) % 7, hour_from_time(t), min_from_time(t),
            sec_from_time(t))


def _year4(y):
    return "%04d" % y if y >= 0 else "-%04d" % -y


def _valid(t):
    return not (math.isnan(t) or math.isinf(t))


def date_string(tv):
    """DateString(tv) (21.4.4.41.2): "Tue Mar 01 2022" of a (local) time
    value."""
    y, mo, d, wd, _, _, _ = _fields(tv)
    return "%s %s %02d %s" % (WEEKDAY_NAMES[wd], MONTH_NAMES[mo], d,
                              _year4(y))


def time_string(tv):
    """TimeString(tv) (21.4.4.41.1): "10:00:00 GMT" (the caller appends the
    offset; here without the trailing "GMT")."""
    return "%02d:%02d:%02d" % (hour_from_time(tv), min_from_time(tv),
                               sec_from_time(tv))


def time_zone_string(t, tz=None):
    """TimeZoneString(tv) (21.4.4.41.3) as V8 prints it: "GMT-0500 (Eastern
    Standard Time)".  The offset is the truncated whole minutes of V8's
    DateCache::TimezoneOffset (so local mean time -4:56:02 is "-0456")."""
    tz = tz or HOST_TIME_ZONE
    offset = -tz.timezone_offset_minutes(t)
    sign = "+" if offset >= 0 else "-"
    h, m = divmod(abs(offset), 60)
    return "GMT%s%02d%02d (%s)" % (sign, h, m, tz.name(t))


def to_date_string(t, tz=None):
    """Date.prototype.toString (21.4.4.41, ToDateString):
    "Tue Mar 01 2022 10:00:00 GMT+0100 (Central European Standard Time)"."""
    if not _valid(t):
        return INVALID_DATE
    tz = tz or HOST_TIME_ZONE
    t = int(t)
    local = tz.local_time(t)
    return "%s %s %s" % (date_string(local), time_string(local),
                         time_zone_string(t, tz))


to_string = to_date_string


def to_date_only_string(t, tz=None):
    """Date.prototype.toDateString (21.4.4.35): "Tue Mar 01 2022"."""
    if not _valid(t):
        return INVALID_DATE
    tz = tz or HOST_TIME_ZONE
    return date_string(tz.local_time(int(t)))


def to_time_string(t, tz=None):
    """Date.prototype.toTimeString (21.4.4.42):
    "10:00:00 GMT+0100 (Central European Standard Time)"."""
    if not _valid(t):
        return INVALID_DATE
    tz = tz or HOST_TIME_ZONE
    t = int(t)
    return "%s %s" % (time_string(tz.local_time(t)), time_zone_string(t, tz))


def to_utc_string(t):
    """Date.prototype.toUTCString (21.4.4.43):
    "Tue, 01 Mar 2022 09:00:00 GMT"."""
    if not _valid(t):
        return INVALID_DATE
    t = int(t)
    y, mo, d, wd, h, mi, s = _fields(t)
    return "%s, %02d %s %s %02d:%02d:%02d GMT" % (
        WEEKDAY_NAMES[wd], d, MONTH_NAMES[mo], _year4(y), h, mi, s)


def to_iso_string(t):
    """Date.prototype.toISOString (21.4.4.36): "2022-03-01T09:00:00.000Z",
    years outside 0..9999 as +YYYYYY / -YYYYYY; RangeError "Invalid time
    value" for NaN."""
    if not _valid(t):
        raise DateRangeError("Invalid time value")
    t = int(t)
    y, mo, d, _, h, mi, s = _fields(t)
    if 0 <= y <= 9999:
        ys = "%04d" % y
    else:
        ys = ("+" if y > 0 else "-") + "%06d" % abs(y)
    return "%s-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        ys, mo + 1, d, h, mi, s, ms_from_time(t))


def to_json_string(t):
    """The result of Date.prototype.toJSON (21.4.4.37) for a Date whose
    ToPrimitive(hint number) is the time value t: None (JS null) when t is
    not finite, else toISOString(t).  (The generic toJSON on other objects
    calls a user toISOString; the engine does that part.)"""
    if not _valid(t):
        return None
    return to_iso_string(t)
