"""The String constructor and String.prototype (ECMA-262 22.1).

The methods live in sibling modules by concern: string_methods (code
units and Unicode text), string_regexp (the RegExp-delegating ones),
string_html (Annex B), string_iterator; this module makes the
constructor, its static functions, and defines everything in V8's
property order (so Object.getOwnPropertyNames matches node)."""

import math

from minijs.builtins import string_html, string_methods, string_regexp
from minijs.builtins.string_common import check_length
from minijs.builtins.string_iterator import install_string_iterator
from minijs.builtins.string_unicode import code_point_to_utf16
from minijs.builtins.support import (
    METHOD_FLAGS, arg, define_methods, define_value, make_constructor,
    make_function)
from minijs.runtime import errors
from minijs.runtime.dtoa import number_to_string
from minijs.runtime.intconv import to_uint16
from minijs.runtime.operations import (
    get_prototype_from_constructor, length_of_array_like, to_number,
    to_object, to_string)
from minijs.runtime.values import JSSymbol
from minijs.runtime.wrappers import StringObject

__all__ = ["install"]


# -- 22.1.1.1 String(value) -----------------------------------------------------

def string_call(this, args):
    """String(value) called as a function: ToString, except that a Symbol
    gives its descriptive string."""
    if not args:
        return ""
    value = args[0]
    if type(value) is JSSymbol:
        return value.descriptive_string()
    return to_string(value)


def string_construct(args, new_target):
    """new String(value): a String exotic object (StringCreate, 10.4.3.4)
    whose prototype comes from new_target."""
    s = to_string(args[0]) if args else ""
    proto = get_prototype_from_constructor(new_target, "StringPrototype")
    return StringObject(s, proto)


# -- 22.1.2 static functions --------------------------------------------------------

def from_char_code(this, args):
    """String.fromCharCode(...codeUnits) (22.1.2.1)."""
    return "".join(chr(to_uint16(to_number(a))) for a in args)


def from_code_point(this, args):
    """String.fromCodePoint(...codePoints) (22.1.2.2)."""
    out = []
    for a in args:
        n = to_number(a)
        if (n != n or n in (math.inf, -math.inf) or n != int(n)
                or n < 0 or n > 0x10FFFF):
            raise errors.range_error("Invalid code point " + number_to_string(n))
        out.append(code_point_to_utf16(int(n)))
    return "".join(out)


def raw(this, args):
    """String.raw(template, ...substitutions) (22.1.2.4)."""
    cooked = to_object(arg(args, 0))
    literals = to_object(cooked.get("raw", cooked))
    literal_count = length_of_array_like(literals)
    if literal_count <= 0:
        return ""
    substitutions = args[1:]
    parts = []
    total = 0
    i = 0
    while True:
        lit = to_string(literals.get(str(i), literals))
        parts.append(lit)
        total += len(lit)
        if i + 1 == literal_count:
            break
        if i < len(substitutions):
            sub = to_string(substitutions[i])
            parts.append(sub)
            total += len(sub)
        check_length(total)
        i += 1
    return "".join(parts)


# V8's order of String.prototype's own properties (after length and
# constructor); the aliases trimLeft/trimRight share their functions.
_ORDER = (
    "anchor", "at", "big", "blink", "bold", "charAt", "charCodeAt",
    "codePointAt", "concat", "endsWith", "fontcolor", "fontsize", "fixed",
    "includes", "indexOf", "isWellFormed", "italics", "lastIndexOf", "link",
    "localeCompare", "match", "matchAll", "normalize", "padEnd", "padStart",
    "repeat", "replace", "replaceAll", "search", "slice", "small", "split",
    "strike", "sub", "substr", "substring", "sup", "startsWith", "toString",
    "toWellFormed", "trim", "trimStart", "trimLeft", "trimEnd", "trimRight",
    "toLocaleLowerCase", "toLocaleUpperCase", "toLowerCase", "toUpperCase",
    "valueOf",
)
_ALIASES = {"trimLeft": "trimStart", "trimRight": "trimEnd"}


def install(realm):
    proto = StringObject("", realm.intrinsics["ObjectPrototype"])
    ctor = make_constructor(realm, "String", 1, string_call, string_construct, proto)
    define_methods(realm, ctor, [
        ("fromCharCode", from_char_code, 1),
        ("fromCodePoint", from_code_point, 1),
        ("raw", raw, 1),
    ])
    table = {name: (fn, length) for name, fn, length in
             string_methods.METHODS + string_regexp.METHODS + string_html.METHODS}
    made = {}
    for name in _ORDER:
        if name in _ALIASES:
            f = made[_ALIASES[name]]
        else:
            fn, length = table[name]
            f = made[name] = make_function(realm, fn, name, length)
        define_value(proto, name, f, METHOD_FLAGS)
    install_string_iterator(realm, proto)
