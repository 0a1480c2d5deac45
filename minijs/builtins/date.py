"""The Date constructor and Date.prototype (ECMA-262 21.4, Annex B.2.3).

A Date is a `DateObject` whose `time_value` is a JS number: an int in
[-8.64e15, 8.64e15] or NaN (float) for an invalid date.  The arithmetic
(MakeDay, LocalTime, string forms, Date.parse) lives in
minijs.runtime.dates; this module only does argument conversion in spec
order, [[DateValue]] checks and the object plumbing.  The host time zone
is the TZ environment variable, read at call time (date_tz.TimeZone).
"""

import math
import time

from minijs.builtins.support import (
    CONFIGURABLE, arg, define_methods, define_value, make_constructor,
    make_function)

from minijs.runtime import errors
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import (
    get_prototype_from_constructor, ordinary_to_primitive, to_number,
    to_object, to_primitive)
from minijs.runtime.values import UNDEFINED, NULL, WELL_KNOWN, is_callable


class _LazyDates:
    """minijs.runtime.dates, imported on first use (start-up time)."""

    def __getattr__(self, name):
        global D
        from minijs.runtime import dates
        D = dates
        return getattr(dates, name)


D = _LazyDates()

__all__ = ["DateObject", "install", "this_time_value", "now_ms",
           "to_locale_string"]

NAN = float("nan")
_MAX_TIME_BEFORE_UTC = 8.64e15 + 864000000   # MAX_TIME + a day: V8 kMaxTimeBeforeUTCInMs


class DateObject(JSObject):
    """A Date instance (21.4.5): an ordinary object with [[DateValue]]."""

    __slots__ = ("time_value",)
    class_name = "Date"

    def __init__(self, proto=NULL, time_value=NAN):
        JSObject.__init__(self, proto)
        self.time_value = time_value


# -- helpers ---------------------------------------------------------------

def _js_time(tv):
    """A clipped time value (float) as the JS number stored and returned:
    an int (always safe), or NaN."""
    return NAN if tv != tv else int(tv)


def now_ms():
    """The current time value (the host's clock, whole milliseconds)."""
    return int(time.time() * 1000)


def this_time_value(this):
    """thisTimeValue (21.4.4): the [[DateValue]] of a Date receiver."""
    if type(this) is not DateObject and not isinstance(this, DateObject):
        raise errors.type_error("this is not a Date object.")
    return this.time_value


def _local(t):
    """LocalTime(t) (21.4.1.25) of a finite time value."""
    return D.HOST_TIME_ZONE.local_time(int(t))


def _utc(t):
    """UTC(t) (21.4.1.26) of a local time value; NaN stays NaN, and (like
    V8) so does a local time too far out to be converted."""
    if t != t or abs(t) > _MAX_TIME_BEFORE_UTC:
        return NAN
    return float(D.HOST_TIME_ZONE.utc(int(t)))


def _numbers(args, n):
    """ToNumber of the first n arguments that are present, in order."""
    return [float(to_number(a)) for a in args[:n]]


def _set(this, tv):
    this.time_value = _js_time(D.time_clip(tv))
    return this.time_value


# -- constructor (21.4.2) -----------------------------------------------

def _date_call(this, args):
    """Date(...) called as a function: ToDateString(now) (21.4.2.1 step 1)."""
    return D.to_string(float(now_ms()))


def _date_construct(args, new_target):
    n = len(args)
    if n == 0:
        tv = float(now_ms())
    elif n == 1:
        value = args[0]
        if isinstance(value, DateObject):
            tv = float(value.time_value)
        else:
            v = to_primitive(value)
            if type(v) is str:
                tv = D.parse_date(v)
            else:
                tv = float(to_number(v))
        tv = D.time_clip(tv)
    else:
        tv = D.local_date_value(*_numbers(args, 7))
    proto = get_prototype_from_constructor(new_target, "DatePrototype")
    return DateObject(proto, _js_time(tv))


def _date_now(this, args):
    return now_ms()


def _date_parse(this, args):
    from minijs.runtime.operations import to_string
    return _js_time(D.parse_date(to_string(arg(args, 0))))


def _date_utc(this, args):
    """Date.UTC (21.4.3.4): year is ToNumber(undefined) = NaN when absent."""
    nums = _numbers(args, 7) if args else [NAN]
    return _js_time(D.date_utc(*nums))


# -- getters (21.4.4.2 - 21.4.4.20) -------------------------------------

def _getter(extract, local):
    def getter(this, args):
        t = this_time_value(this)
        if t != t:
            return NAN
        if local:
            t = _local(t)
        return extract(t)
    return getter


def _year(t):
    return D.year_month_date(t)[0]


def _month(t):
    return D.year_month_date(t)[1]


def _date(t):
    return D.year_month_date(t)[2]


_GETTERS = [
    ("FullYear", _year), ("Month", _month), ("Date", _date),
    ("Day", lambda t: D.week_day(t)), ("Hours", lambda t: D.hour_from_time(t)),
    ("Minutes", lambda t: D.min_from_time(t)), ("Seconds", lambda t: D.sec_from_time(t)),
    ("Milliseconds", lambda t: D.ms_from_time(t)),
]


def _get_time(this, args):
    return this_time_value(this)


def _get_timezone_offset(this, args):
    t = this_time_value(this)
    if t != t:
        return NAN
    return D.HOST_TIME_ZONE.timezone_offset_minutes(int(t))


def _get_year(this, args):
    """Annex B.2.3.1 getYear: YearFromTime(LocalTime(t)) - 1900."""
    t = this_time_value(this)
    if t != t:
        return NAN
    return _year(_local(t)) - 1900


# -- setters (21.4.4.20 - 21.4.4.34) ------------------------------------

def _fields(t):
    """[year, month, date, hours, minutes, seconds, ms] of a finite t."""
    y, mo, d = D.year_month_date(t)
    return [float(y), float(mo), float(d), float(D.hour_from_time(t)),
            float(D.min_from_time(t)), float(D.sec_from_time(t)),
            float(D.ms_from_time(t))]


def _compose(f):
    return D.make_date(D.make_day(f[0], f[1], f[2]),
                       D.make_time(f[3], f[4], f[5], f[6]))


def _setter(first, count, local, nan_base_zero=False):
    """A setter for fields first .. first+count-1 (0 year ... 6 ms): the
    first argument is always converted, the others only when present; a
    NaN date stays NaN except for setFullYear, which starts from +0."""
    def setter(this, args):
        t = this_time_value(this)
        values = [float(to_number(arg(args, 0)))]
        values += _numbers(args[1:count], count - 1)
        if t != t:
            if not nan_base_zero:
                return NAN
            t = 0
        elif local:
            t = _local(t)
        f = _fields(t)
        f[first:first + len(values)] = values
        tv = _compose(f)
        return _set(this, _utc(tv) if local else tv)
    return setter


def _set_time(this, args):
    this_time_value(this)
    return _set(this, float(to_number(arg(args, 0))))


def _set_year(this, args):
    """Annex B.2.3.2 setYear."""
    t = this_time_value(this)
    y = float(to_number(arg(args, 0)))
    if y != y:
        this.time_value = NAN
        return NAN
    t = 0 if t != t else _local(t)
    f = _fields(t)
    f[0] = D.make_full_year(y)
    return _set(this, _utc(_compose(f)))


_SETTERS = [
    # name, first field, count
    ("Milliseconds", 6, 1), ("Seconds", 5, 2), ("Minutes", 4, 3),
    ("Hours", 3, 4), ("Date", 2, 1), ("Month", 1, 2), ("FullYear", 0, 3),
]


# -- string forms -------------------------------------------------------

def _string_method(fn):
    def method(this, args):
        return fn(float(this_time_value(this)))
    return method


def _to_iso_string(this, args):
    t = this_time_value(this)
    try:
        return D.to_iso_string(float(t))
    except D.DateRangeError as e:
        raise errors.range_error(e.message) from None


def _to_json(this, args):
    """Date.prototype.toJSON (21.4.4.37), generic."""
    o = to_object(this)
    tv = to_primitive(o, "number")
    if type(tv) is float and (math.isnan(tv) or math.isinf(tv)):
        return NULL
    f = o.get("toISOString", o)
    if not is_callable(f):
        raise errors.type_error("toISOString is not a function")
    return call(f, o, ())


def to_locale_string(t, date=True, clock=True):
    """node's default (en-US, ICU) toLocale*String of a time value:
    "1/2/2020, 3:04:05 AM"; years before 1 are shown in the BC era
    without the era name (year 0 is "1")."""
    if t != t:
        return D.INVALID_DATE
    local = _local(t)
    parts = []
    if date:
        y, mo, d = D.year_month_date(local)
        parts.append("%d/%d/%d" % (mo + 1, d, y if y > 0 else 1 - y))
    if clock:
        h = D.hour_from_time(local)
        parts.append("%d:%02d:%02d %s" % (
            h % 12 or 12, D.min_from_time(local), D.sec_from_time(local),
            "AM" if h < 12 else "PM"))
    return ", ".join(parts)


def _to_locale_string(this, args):
    return to_locale_string(this_time_value(this))


def _to_locale_date_string(this, args):
    return to_locale_string(this_time_value(this), clock=False)


def _to_locale_time_string(this, args):
    return to_locale_string(this_time_value(this), date=False)


def _to_primitive(this, args):
    """Date.prototype[@@toPrimitive](hint) (21.4.4.45)."""
    if not isinstance(this, JSObject):
        raise errors.type_error(
            "Method Date.prototype [ @@toPrimitive ] called on incompatible receiver %s"
            % errors.display_value(this))
    hint = arg(args, 0)
    if hint == "string" or hint == "default":
        try_first = "string"
    elif hint == "number":
        try_first = "number"
    else:
        raise errors.type_error("Invalid hint: %s" % errors.display_value(hint))
    return ordinary_to_primitive(this, try_first)


# -- installation -------------------------------------------------------

def install(realm):
    proto = JSObject(realm.intrinsics["ObjectPrototype"])
    ctor = make_constructor(realm, "Date", 7, _date_call, _date_construct, proto)
    define_methods(realm, ctor, [
        ("now", _date_now, 0), ("parse", _date_parse, 1), ("UTC", _date_utc, 7)])
    methods = {
        "toString": (_string_method(lambda t: D.to_string(t)), 0),
        "toDateString": (_string_method(lambda t: D.to_date_only_string(t)), 0),
        "toTimeString": (_string_method(lambda t: D.to_time_string(t)), 0),
        "toISOString": (_to_iso_string, 0),
        "toUTCString": (_string_method(lambda t: D.to_utc_string(t)), 0),
        "getTime": (_get_time, 0), "setTime": (_set_time, 1),
        "getTimezoneOffset": (_get_timezone_offset, 0),
        "valueOf": (_get_time, 0), "getYear": (_get_year, 0),
        "setYear": (_set_year, 1), "toJSON": (_to_json, 1),
        "toLocaleString": (_to_locale_string, 0),
        "toLocaleDateString": (_to_locale_date_string, 0),
        "toLocaleTimeString": (_to_locale_time_string, 0),
    }
    for name, fn in _GETTERS:
        methods["get" + name] = (_getter(fn, True), 0)
        methods["getUTC" + name] = (_getter(fn, False), 0)
    for name, first, count in _SETTERS:
        base_zero = name == "FullYear"
        methods["set" + name] = (_setter(first, count, True, base_zero), count)
        methods["setUTC" + name] = (_setter(first, count, False, base_zero), count)
    for name in _PROTOTYPE_ORDER:
        if name == "toGMTString":
            # Annex B.2.3.3: the same function object as toUTCString
            define_value(proto, name, proto.get("toUTCString"))
            continue
        fn, length = methods[name]
        define_methods(realm, proto, [(name, fn, length)])
    key = WELL_KNOWN.toPrimitive
    define_value(proto, key, make_function(realm, _to_primitive, "[Symbol.toPrimitive]", 1),
                 CONFIGURABLE)


# Own property order of node's Date.prototype (after "constructor").
_PROTOTYPE_ORDER = (
    "toString toDateString toTimeString toISOString toUTCString toGMTString "
    "getDate setDate getDay getFullYear setFullYear getHours setHours "
    "getMilliseconds setMilliseconds getMinutes setMinutes getMonth setMonth "
    "getSeconds setSeconds getTime setTime getTimezoneOffset getUTCDate "
    "setUTCDate getUTCDay getUTCFullYear setUTCFullYear getUTCHours "
    "setUTCHours getUTCMilliseconds setUTCMilliseconds getUTCMinutes "
    "setUTCMinutes getUTCMonth setUTCMonth getUTCSeconds setUTCSeconds "
    "valueOf getYear setYear toJSON toLocaleString toLocaleDateString "
    "toLocaleTimeString").split()
