"""Value and function properties of the global object (ECMA-262 19.1,
19.2 without eval, Annex B.2.1): globalThis, NaN, Infinity, undefined,
parseInt, parseFloat, isNaN, isFinite, the URI functions and
escape/unescape.

parseInt/parseFloat are the same function objects as Number.parseInt /
Number.parseFloat; whichever installer runs first creates them through
`parse_functions(realm)`, which records intrinsics "parseInt" and
"parseFloat"."""

import math

from minijs.builtins import globals_uri
from minijs.builtins.support import (
    CONFIGURABLE, CONSTANT_FLAGS, WRITABLE, arg, define_methods, define_value,
    make_function)
from minijs.runtime.operations import to_number, to_string
from minijs.runtime.strtod import parse_float, parse_int
from minijs.runtime.values import UNDEFINED

__all__ = ["install", "parse_functions", "number_value"]

_MAX_SAFE = 2 ** 53


def number_value(x):
    """A float result in the engine's number convention: an int when it
    is a safe integer other than -0, else the float."""
    if type(x) is float and x.is_integer() and abs(x) <= _MAX_SAFE:
        if x != 0 or math.copysign(1.0, x) > 0:
            return int(x)
    return x


def parse_int_fn(this, args):
    """parseInt(string, radix) (19.2.5)."""
    s = to_string(arg(args, 0))
    radix = arg(args, 1)
    r = None if radix is UNDEFINED else to_number(radix)
    return number_value(parse_int(s, r))


def parse_float_fn(this, args):
    """parseFloat(string) (19.2.4)."""
    return number_value(parse_float(to_string(arg(args, 0))))


def is_nan(this, args):
    """isNaN(number) (19.2.3)."""
    n = to_number(arg(args, 0))
    return n != n


def is_finite(this, args):
    """isFinite(number) (19.2.2)."""
    n = to_number(arg(args, 0))
    return not (n != n or n in (math.inf, -math.inf))


def parse_functions(realm):
    """(%parseInt%, %parseFloat%), created once per realm."""
    pi = realm.intrinsics.get("parseInt")
    if pi is None:
        pi = realm.intrinsics["parseInt"] = make_function(realm, parse_int_fn, "parseInt", 2)
        realm.intrinsics["parseFloat"] = make_function(realm, parse_float_fn, "parseFloat", 1)
    return pi, realm.intrinsics["parseFloat"]


def install(realm):
    g = realm.global_object
    define_value(g, "globalThis", g, WRITABLE | CONFIGURABLE)
    define_value(g, "Infinity", math.inf, CONSTANT_FLAGS)
    define_value(g, "NaN", math.nan, CONSTANT_FLAGS)
    define_value(g, "undefined", UNDEFINED, CONSTANT_FLAGS)
    define_methods(realm, g, [
        ("isFinite", is_finite, 1),
        ("isNaN", is_nan, 1),
    ])
    parse_int_f, parse_float_f = parse_functions(realm)
    define_value(g, "parseFloat", parse_float_f)
    define_value(g, "parseInt", parse_int_f)
    table = [
        ("decodeURI", globals_uri.decode_uri, 1),
        ("decodeURIComponent", globals_uri.decode_uri_component, 1),
        ("encodeURI", globals_uri.encode_uri, 1),
        ("encodeURIComponent", globals_uri.encode_uri_component, 1),
        ("escape", globals_uri.escape, 1),
        ("unescape", globals_uri.unescape, 1),
    ]
    define_methods(realm, g, table)
    for name, fn, length in table:
        realm.intrinsics[name] = g.get(name, g)
    realm.intrinsics["isFinite"] = g.get("isFinite", g)
    realm.intrinsics["isNaN"] = g.get("isNaN", g)
