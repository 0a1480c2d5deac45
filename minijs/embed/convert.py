"""JSON-like values across the Python/JS boundary.

    Python                      JS
    None                  <->   null (undefined also becomes None)
    bool, int, float      <->   boolean, number (ints past 2**53: float)
    str                   <->   string (astral characters as surrogate pairs)
    list, tuple           ->    Array          (Array -> list)
    dict (str keys)       ->    Object         (other objects -> dict of own
                                                enumerable string-keyed properties)
    JSFunction proxy      <->   function
    JS BigInt             ->    int

Nothing else crosses: a Python object that is not JSON-like raises
ConversionError (Python callables go in only through Context.expose), and
JS never receives a Python object it could walk.  Both directions run on
the engine thread (the JS side can run getters and Proxy traps).
"""

from minijs.embed.errors import ConversionError
from minijs.runtime.arrays import JSArray, create_array_from_list
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, JSBigInt, JSSymbol
from minijs.syntax.source import to_display, to_utf16_units

__all__ = ["to_js", "to_python"]

_MAX_SAFE = 2 ** 53


def to_js(value, realm, wrap_function, memo=None):
    """The JS value for the Python `value`; `wrap_function(proxy)` gives
    the JS function behind a JSFunction proxy (or raises)."""
    if value is None:
        return NULL
    t = type(value)
    if t is bool:
        return value
    if t is int:
        if -_MAX_SAFE <= value <= _MAX_SAFE:
            return value
        try:
            return float(value)
        except OverflowError:
            return float("inf") if value > 0 else float("-inf")
    if t is float:
        return value
    if t is str:
        return to_utf16_units(value)
    if isinstance(value, (bool, int, float, str)):       # subclasses: their base value
        return to_js(bool(value) if isinstance(value, bool) else
                     int(value) if isinstance(value, int) else
                     float(value) if isinstance(value, float) else str(value), realm, wrap_function)
    if memo is None:
        memo = {}
    seen = memo.get(id(value))
    if seen is not None:
        return seen
    if isinstance(value, (list, tuple)):
        a = create_array_from_list((), realm.intrinsics["ArrayPrototype"])
        memo[id(value)] = a
        items = [to_js(v, realm, wrap_function, memo) for v in value]
        for i, v in enumerate(items):
            a.set(str(i), v)
        return a
    if isinstance(value, dict):
        o = JSObject(realm.intrinsics["ObjectPrototype"])
        memo[id(value)] = o
        for k, v in value.items():
            if not isinstance(k, str):
                raise ConversionError("dict keys must be str to become JS property names, not %s"
                                      % type(k).__name__)
            o.set(to_utf16_units(k), to_js(v, realm, wrap_function, memo))
        return o
    js = wrap_function(value)
    if js is not None:
        return js
    raise ConversionError("cannot pass a Python %s to JS (JSON-like values only; "
                          "expose callables with Context.expose)" % type(value).__name__)


def to_python(value, make_proxy, memo=None):
    """The Python value for the JS `value`; `make_proxy(fn)` wraps a JS
    function."""
    t = type(value)
    if t is bool or t is int:
        return value
    if t is float:
        if value == value and value not in (float("inf"), float("-inf")) and value.is_integer() \
                and abs(value) <= _MAX_SAFE and not (value == 0 and str(value)[0] == "-"):
            return int(value)
        return value
    if t is str:
        return to_display(value)
    if value is UNDEFINED or value is NULL:
        return None
    if t is JSBigInt:
        return value.value
    if t is JSSymbol:
        raise ConversionError("a JS symbol has no Python counterpart")
    if not isinstance(value, JSObject):
        raise ConversionError("unknown JS value")
    if value.callable:
        return make_proxy(value)
    if memo is None:
        memo = {}
    seen = memo.get(id(value))
    if seen is not None:
        return seen
    if isinstance(value, JSArray):
        out = []
        memo[id(value)] = out
        length = value.get("length")
        for i in range(int(length) if type(length) in (int, float) else 0):
            out.append(to_python(value.get(str(i)), make_proxy, memo))
        return out
    out = {}
    memo[id(value)] = out
    for key in value.own_property_keys():
        if type(key) is not str:
            continue
        desc = value.get_own_property(key)
        if desc is None or not desc.enumerable:
            continue
        out[to_display(key)] = to_python(value.get(key), make_proxy, memo)
    return out
