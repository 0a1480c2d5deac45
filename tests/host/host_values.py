"""Test support for the inspect/console tests: one description of a JS
value that becomes both a minijs value (built from Python) and JS source
text (run by node to produce the expected output).

Descriptions: Python int/float/str/bool, None (null), UNDEF, HOLE (an
array hole), Big(n), Sym(desc), lists (arrays), dicts (objects, insertion
order), and Raw(js_source, build) for anything else (`build(realm)` makes
the minijs value).

`make_realm()` also installs small stand-ins for built-ins that do not
exist yet (Array, Map, Set, Error prototypes) so inspect sees what it will
see once they do: a `constructor`, Symbol.iterator, Symbol.toStringTag.
"""

import json

from minijs.builtins import create_realm
from minijs.builtins.support import define_value, make_constructor, make_function
from minijs.runtime import realm as realms
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, WRITABLE
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, JSBigInt, JSSymbol


class _Marker:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


UNDEF = _Marker("UNDEF")
HOLE = _Marker("HOLE")


class Big:
    def __init__(self, n):
        self.n = n


class Sym:
    def __init__(self, desc=None):
        self.desc = desc


class Raw:
    def __init__(self, js, build):
        self.js = js
        self.build = build


def _noop(this, args):
    return UNDEFINED


def _stand_in(realm, name, proto_proto, tag=None, iterable=False):
    if name + "Prototype" in realm.intrinsics:
        return
    proto = JSObject(proto_proto)
    make_constructor(realm, name, 0, _noop, None, proto)
    if iterable:
        define_value(proto, WELL_KNOWN.iterator, make_function(realm, _noop, "[Symbol.iterator]", 0))
    if tag:
        define_value(proto, WELL_KNOWN.toStringTag, tag, CONFIGURABLE)


class ErrorStandIn(JSObject):
    __slots__ = ()
    class_name = "Error"


def make_realm():
    realm = create_realm()
    realms.set_current(realm)
    op = realm.intrinsics["ObjectPrototype"]
    _stand_in(realm, "Array", op, iterable=True)
    _stand_in(realm, "Map", op, tag="Map", iterable=True)
    _stand_in(realm, "Set", op, tag="Set", iterable=True)
    for name in ("Number", "Boolean", "Symbol", "BigInt"):
        _stand_in(realm, name, op)
    if "ErrorPrototype" not in realm.intrinsics:
        _stand_in(realm, "Error", op)
        ep = realm.intrinsics["ErrorPrototype"]
        define_value(ep, "name", "Error", WRITABLE | CONFIGURABLE)
        define_value(ep, "message", "", WRITABLE | CONFIGURABLE)
        for sub in ("TypeError", "RangeError"):
            _stand_in(realm, sub, ep)
            define_value(realm.intrinsics[sub + "Prototype"], "name", sub, WRITABLE | CONFIGURABLE)
    return realm


def make_error(realm, kind, message, stack=None):
    """`new kind(message)` with a chosen stack ("" for no stack property)."""
    err = ErrorStandIn(realm.intrinsics[kind + "Prototype"])
    if stack is None:
        stack = kind + (": " + message if message else "")
    if stack != "":         # V8 creates `stack` before `message`
        define_value(err, "stack", stack, WRITABLE | CONFIGURABLE)
    define_value(err, "message", message, WRITABLE | CONFIGURABLE)
    return err


def obj(realm, pairs, proto=None):
    o = JSObject(realm.intrinsics["ObjectPrototype"] if proto is None else proto)
    for k, v in pairs:
        o.set(k, v)
    return o


def arr(realm, items):
    a = create_array_from_list([UNDEFINED if v is HOLE else v for v in items],
                               realm.intrinsics["ArrayPrototype"])
    for i, v in enumerate(items):
        if v is HOLE:
            a.delete(str(i))
    return a


def to_value(realm, d, symbols=None):
    """The minijs value a description stands for."""
    if symbols is None:
        symbols = {}
    t = type(d)
    if t in (int, float, str, bool):
        return d
    if d is None:
        return NULL
    if d is UNDEF:
        return UNDEFINED
    if t is Big:
        return JSBigInt(d.n)
    if t is Sym:
        return JSSymbol(UNDEFINED if d.desc is None else d.desc)
    if t is Raw:
        return d.build(realm)
    if t is list:
        return arr(realm, [v if v is HOLE else to_value(realm, v, symbols) for v in d])
    if t is dict:
        return obj(realm, [(k, to_value(realm, v, symbols)) for k, v in d.items()])
    raise TypeError(d)


def _js_string(s):
    return json.dumps(s)


def to_js(d):
    """JS source text for a description."""
    t = type(d)
    if t is bool:
        return "true" if d else "false"
    if t is int:
        return str(d)
    if t is float:
        if d != d:
            return "NaN"
        if d in (float("inf"), float("-inf")):
            return "Infinity" if d > 0 else "-Infinity"
        if d == 0 and str(d).startswith("-"):
            return "-0"
        return repr(d)
    if t is str:
        return _js_string(d)
    if d is None:
        return "null"
    if d is UNDEF:
        return "undefined"
    if t is Big:
        return "%dn" % d.n
    if t is Sym:
        return "Symbol()" if d.desc is None else "Symbol(%s)" % _js_string(d.desc)
    if t is Raw:
        return d.js
    if t is list:
        return "[" + ",".join("" if v is HOLE else to_js(v) for v in d) + ("," if d and d[-1] is HOLE else "") + "]"
    if t is dict:
        return "({" + ",".join("%s: %s" % (_js_string(k), to_js(v)) for k, v in d.items()) + "})"
    raise TypeError(d)
