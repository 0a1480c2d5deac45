"""The host time zone of the Date built-in: LocalTime and UTC (ECMA-262
21.4.1.25 LocalTime(t), 21.4.1.26 UTC(t), 21.4.1.20 GetNamedTimeZoneOffset-
Nanoseconds / 21.4.1.24 DST semantics) and the zone name node prints.

`TimeZone()` reads the TZ environment variable at every call (so tests can
switch zones with monkeypatch.setenv); `TimeZone("Europe/London")` is fixed.
Offsets come from the IANA database through zoneinfo and follow V8 + ICU:

* offsets keep their seconds (local mean time, e.g. -4:56:02 in New York
  before 1883); before the first transition the zone's first offset holds,
  after the last one its POSIX rule repeats forever (ICU's final rule);
  outside datetime's years 1..9999 the time is moved by whole 400-year
  Gregorian cycles, which changes neither offsets nor rules.
* UTC(t) of a local time in a gap or an overlap uses the offset in force
  before the transition (ICU's UCAL_TZ_LOCAL_FORMER, which V8 passes for
  both): 02:30 on a spring-forward day is 03:30 daylight time, 01:30 on a
  fall-back day is the first (daylight) 01:30.
* TZ unset: /etc/localtime; TZ empty, unknown or unreadable: UTC with the
  name "GMT+00:00" (what node prints); a leading ':' is ignored.

The name in parentheses (Date.prototype.toString) is V8's
DateCache::LocalTimezone: whether the time is in daylight saving time is
decided at V8's "equivalent time" (a year of 2008..2035 with the same leap-
ness and weekday of January 1, used for t < 0 and t > 2**31 - 1 seconds), and
the name is ICU's long display name of the zone *today* for standard or
daylight time -- so 1811 in New York prints "GMT-0456 (Eastern Daylight
Time)" in July.  Names come from date_tznames.NAMES; other zones get ICU's
localized-GMT fallback "GMT+05:45".
"""

import datetime
import os
import zoneinfo

from minijs.runtime.date_core import (
    MS_PER_DAY, _civil_from_days, day_from_year, is_leap_year, make_day)
from minijs.runtime.date_tznames import NAMES

_EPOCH = datetime.datetime(1970, 1, 1)
_CYCLE_DAYS = 146097                     # days in 400 Gregorian years
_LOW = day_from_year(1200)               # shift days below this up
_HIGH = day_from_year(2800)              # shift days from this down
_MAX_EPOCH_TIME_MS = (2 ** 31 - 1) * 1000   # V8 DateCache::kMaxEpochTimeInMs

_UTC_NAME = "Coordinated Universal Time"


def _shift_days(days):
    """A day number in [1200, 2800) with the same Gregorian calendar."""
    if days < _LOW:
        k = (_LOW - days + _CYCLE_DAYS - 1) // _CYCLE_DAYS
        return days + k * _CYCLE_DAYS
    if days >= _HIGH:
        k = (days - _HIGH) // _CYCLE_DAYS + 1
        return days - k * _CYCLE_DAYS
    return days


def _naive(t):
    """The naive datetime of integer ms t, moved into datetime's range."""
    days, ms = divmod(t, MS_PER_DAY)
    return _EPOCH + datetime.timedelta(days=_shift_days(days),
                                       milliseconds=ms)


def _offset_ms(delta):
    return (delta.days * 86400 + delta.seconds) * 1000 + \
        delta.microseconds // 1000


def equivalent_year(year):
    """V8 DateCache::EquivalentYear: a year in 2008..2035 with the same
    leap-ness and weekday of January 1."""
    wd = (day_from_year(year) + 4) % 7
    recent = (1956 if is_leap_year(year) else 1967) + (wd * 12) % 28
    return 2008 + (recent + 3 * 28 - 2008) % 28


def equivalent_time(t):
    """V8 DateCache::EquivalentTime: t moved to the same month, date and
    time of day in equivalent_year(its year)."""
    days, ms = divmod(t, MS_PER_DAY)
    year, month, date = _civil_from_days(days)
    new = day_from_year(equivalent_year(year)) + _month_start(
        equivalent_year(year), month) + date - 1
    return new * MS_PER_DAY + ms


def _month_start(year, month):
    return int(make_day(year, month, 1)) - day_from_year(year)


class TimeZone:
    """The host time zone.  TimeZone() follows os.environ["TZ"] at call
    time; TimeZone(name) is pinned to one IANA name."""

    def __init__(self, name=None):
        self._fixed = name
        self._cache_key = object()
        self._cache_val = None

    # -- resolution -------------------------------------------------------

    def _resolve(self):
        """(zoneinfo or None for UTC, key for the name table, fallback)."""
        if self._fixed is not None:
            spec = self._fixed
        else:
            spec = os.environ.get("TZ")
        if spec == self._cache_key:
            return self._cache_val
        val = _load(spec)
        self._cache_key, self._cache_val = spec, val
        return val

    @property
    def key(self):
        """The zone's IANA key (None when unknown: UTC fallback)."""
        return self._resolve()[1]

    # -- offsets ---------------------------------------------------------

    def offset_from_utc(self, t):
        """The offset (ms, local - UTC, seconds precision) in force at the
        finite integral time value t (V8 LocalOffsetInMs(t, is_utc=true))."""
        zi = self._resolve()[0]
        if zi is None:
            return 0
        aware = zi.fromutc(_naive(int(t)).replace(tzinfo=zi))
        return _offset_ms(aware.utcoffset())

    def offset_from_local(self, t_local):
        """The offset to subtract from a local time value to get UTC, the
        offset before the transition for gaps and overlaps (ICU
        UCAL_TZ_LOCAL_FORMER)."""
        zi = self._resolve()[0]
        if zi is None:
            return 0
        dt = _naive(int(t_local)).replace(tzinfo=zi, fold=0)
        return _offset_ms(dt.utcoffset())

    def local_time(self, t):
        """LocalTime(t) (21.4.1.25) = t + offset, for finite t."""
        return t + self.offset_from_utc(t)

    def utc(self, t_local):
        """UTC(t) (21.4.1.26) for a finite local time value."""
        return t_local - self.offset_from_local(t_local)

    def timezone_offset_minutes(self, t):
        """V8's (t - LocalTime(t)) / msPerMinute truncated toward zero, as
        getTimezoneOffset and the "GMT+hhmm" of toString use it."""
        diff = -self.offset_from_utc(t)
        q = abs(diff) // 60000
        return q if diff >= 0 else -q

    # -- names -----------------------------------------------------------

    def is_dst_at(self, t):
        """Whether t (finite) is in daylight saving time."""
        zi = self._resolve()[0]
        if zi is None:
            return False
        aware = zi.fromutc(_naive(int(t)).replace(tzinfo=zi))
        dst = aware.dst()
        return bool(dst)

    def name(self, t):
        """The long zone name node prints in parentheses for time value t."""
        zi, key, fallback = self._resolve()
        if zi is None:
            return fallback
        t = int(t)
        if t < 0 or t > _MAX_EPOCH_TIME_MS:
            t = equivalent_time(t)
        dst = self.is_dst_at(t)
        names = NAMES.get(key)
        if names is not None:
            return names[1] if dst else names[0]
        return _gmt_name(self._current_offset(dst))

    def _current_offset(self, dst):
        """The zone's standard (or daylight) offset now, for the GMT name."""
        zi = self._resolve()[0]
        now = datetime.datetime.now(datetime.timezone.utc)
        year = now.year
        std = dst_off = None
        for month in range(1, 13):
            for d in (1, 15):
                aware = datetime.datetime(year, month, d, 12,
                                          tzinfo=datetime.timezone.utc)
                local = aware.astimezone(zi)
                if local.dst():
                    dst_off = dst_off or local.utcoffset()
                else:
                    std = std or local.utcoffset()
        off = dst_off if dst and dst_off is not None else std
        if off is None:
            off = dst_off
        return _offset_ms(off) // 60000


def _gmt_name(minutes):
    """ICU's long localized GMT format: "GMT", "GMT+05:30", "GMT-03:00"."""
    if minutes == 0:
        return "GMT"
    sign = "+" if minutes > 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return "GMT%s%02d:%02d" % (sign, h, m)


def _load(spec):
    """(ZoneInfo or None, key, name when None) for a TZ value."""
    if spec is None:
        key = _system_key()
        try:
            if key is not None:
                return zoneinfo.ZoneInfo(key), key, None
            with open("/etc/localtime", "rb") as f:
                return zoneinfo.ZoneInfo.from_file(f), None, None
        except (OSError, ValueError, zoneinfo.ZoneInfoNotFoundError):
            return None, "UTC", _UTC_NAME
    if spec.startswith(":"):
        spec = spec[1:]
    if not spec:
        return None, None, "GMT+00:00"
    try:
        zi = zoneinfo.ZoneInfo(spec)
    except (ValueError, OSError, zoneinfo.ZoneInfoNotFoundError):
        return None, None, "GMT+00:00"
    if spec in _UTC_KEYS:
        return None, spec, NAMES.get(spec, (_UTC_NAME,))[0]
    return zi, spec, None


_UTC_KEYS = frozenset(("UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal",
                       "Universal", "Etc/Zulu", "Zulu"))


def _system_key():
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return None
    marker = "/zoneinfo/"
    i = target.rfind(marker)
    if i < 0:
        return None
    return target[i + len(marker):]
