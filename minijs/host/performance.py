"""The `performance` global (node's perf_hooks, the High Resolution Time
part): now() in milliseconds since the process started, timeOrigin (the
wall-clock time of that start, in ms since the epoch), toJSON().  Marks,
measures and observers are not provided."""

import time

from minijs.builtins.support import define_value, make_function
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import WELL_KNOWN

__all__ = ["install_performance"]

_ORIGIN_MONOTONIC = time.monotonic()
_ORIGIN_EPOCH_MS = time.time() * 1000.0


def _now():
    return (time.monotonic() - _ORIGIN_MONOTONIC) * 1000.0


def install_performance(realm):
    perf = JSObject(realm.intrinsics["ObjectPrototype"])

    def now(this, args):
        return _now()

    def to_json(this, args):
        obj = JSObject(realm.intrinsics["ObjectPrototype"])
        define_value(obj, "timeOrigin", _ORIGIN_EPOCH_MS, WRITABLE | ENUMERABLE | CONFIGURABLE)
        return obj

    define_value(perf, "now", make_function(realm, now, "now", 0))
    define_value(perf, "toJSON", make_function(realm, to_json, "toJSON", 0))
    define_value(perf, "timeOrigin", _ORIGIN_EPOCH_MS, ENUMERABLE | CONFIGURABLE)
    define_value(perf, WELL_KNOWN.toStringTag, "Performance", CONFIGURABLE)
    define_value(realm.global_object, "performance", perf, WRITABLE | ENUMERABLE | CONFIGURABLE)
    return perf
