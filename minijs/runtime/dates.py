"""The pure algorithms behind the Date built-in (ECMA-262 21.4), in one
namespace.  Time values are Python floats (ms since the epoch, NaN for an
invalid date); nothing here touches JS objects.  The implementations live in
small modules:

* date_core   -- 21.4.1 Day, TimeWithinDay, YearFromTime ... MakeTime,
                 MakeDay, MakeDate, TimeClip; Date.UTC and the constructor's
                 component path (two-digit years -> 19xx)
* date_tz     -- TimeZone: LocalTime/UTC and DST in the host zone (TZ read
                 at call time, zoneinfo), the zone name node prints
* date_tznames -- ICU's en-US long names of common IANA zones
* date_format -- toString, toDateString, toTimeString, toUTCString,
                 toISOString, toJSON
* date_parse  -- Date.parse: the ISO format and V8's legacy fallback
"""

from minijs.runtime.date_core import (
    MAX_TIME, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND,
    compose_date, date_from_time, date_utc, day, day_from_year,
    day_within_year, days_in_year, hour_from_time, in_leap_year,
    is_leap_year, make_date, make_day, make_full_year, make_time,
    min_from_time, month_from_time, ms_from_time, sec_from_time,
    time_clip, time_from_year, time_within_day, week_day, year_from_time,
    year_month_date)
from minijs.runtime.date_format import (
    HOST_TIME_ZONE, INVALID_DATE, MONTH_NAMES, WEEKDAY_NAMES,
    DateRangeError, to_date_only_string, to_date_string, to_iso_string,
    to_json_string, to_string, to_time_string, to_utc_string)
from minijs.runtime.date_parse import parse_date
from minijs.runtime.date_tz import TimeZone, equivalent_time, equivalent_year

__all__ = [
    "DateRangeError", "HOST_TIME_ZONE", "INVALID_DATE", "MAX_TIME",
    "MONTH_NAMES", "MS_PER_DAY", "MS_PER_HOUR", "MS_PER_MINUTE",
    "MS_PER_SECOND", "TimeZone", "WEEKDAY_NAMES", "compose_date",
    "date_from_time", "date_utc", "day", "day_from_year", "day_within_year",
    "days_in_year", "equivalent_time", "equivalent_year", "hour_from_time",
    "in_leap_year", "is_leap_year", "local_date_value", "make_date",
    "make_day", "make_full_year", "make_time", "min_from_time",
    "month_from_time", "ms_from_time", "parse_date", "sec_from_time",
    "time_clip", "time_from_year", "time_within_day", "to_date_only_string",
    "to_date_string", "to_iso_string", "to_json_string", "to_string",
    "to_time_string", "to_utc_string", "week_day", "year_from_time",
    "year_month_date",
]

_MAX_TIME_BEFORE_UTC = MAX_TIME + 864000000   # V8 kMaxTimeBeforeUTCInMs


def local_date_value(*args, tz=None):
    """new Date(year, month [, date [, hours [, minutes [, seconds
    [, ms]]]]]) on Numbers (21.4.2.1 step 5): TimeClip(UTC(finalDate)),
    with V8's guard that a local time more than 8.64e15 + 10 days from the
    epoch is NaN before the zone is consulted."""
    tv = compose_date(*args[:7])
    if tv != tv or abs(tv) > _MAX_TIME_BEFORE_UTC:
        return float("nan")
    return time_clip(float((tz or HOST_TIME_ZONE).utc(int(tv))))
