"""Array.prototype.join, toString and toLocaleString (ECMA-262 23.1.3.18,
23.1.3.36, 23.1.3.32).

Cycle detection is V8's, not the spec's: an array already being joined
further up the stack (a.push(a); a.join()) joins to "" instead of
recursing forever.  `_JOIN_STACK` holds the receivers in progress; it is
shared by join and toLocaleString, as in V8.

Fast path: the elements of a plain dense list are read directly; strings
and integers convert without a call; a tail past the list with no index
properties on the prototype chain is a run of empty strings.
"""

from minijs.runtime import realm as realms
from minijs.runtime.calls import call
from minijs.runtime.operations import invoke, to_string
from minijs.runtime.values import NULL, UNDEFINED, is_callable

from minijs.builtins.array_common import (
    FIRST_NON_INDEX, HOLE, get_index, is_plain, length_of, no_elements_on_chain, this_object)
from minijs.builtins.support import arg

__all__ = ["METHODS", "make_to_string"]

_JOIN_STACK = []


def _in_progress(o):
    for x in _JOIN_STACK:
        if x is o:
            return True
    return False


def _element_string(v):
    t = type(v)
    if t is str:
        return v
    if t is int:
        return str(v)
    if v is UNDEFINED or v is NULL:
        return ""
    return to_string(v)


def join(this, args):
    """23.1.3.18 Array.prototype.join."""
    o = this_object(this, "join")
    n = length_of(o)
    sep = arg(args, 0)
    sep = "," if sep is UNDEFINED else to_string(sep)
    if _in_progress(o):
        return ""
    _JOIN_STACK.append(o)
    try:
        parts = []
        append = parts.append
        k = 0
        while k < n:
            el = o.elements
            if type(el) is list and is_plain(o):
                if k < len(el):
                    v = el[k]
                    if v is HOLE:
                        v = o.get(str(k), o)
                elif n <= FIRST_NON_INDEX and no_elements_on_chain(o.proto):
                    parts.extend([""] * (n - k))
                    break
                else:
                    v = o.get(str(k), o)
            else:
                v = get_index(o, k)
            append(_element_string(v))
            k += 1
        return sep.join(parts)
    finally:
        _JOIN_STACK.pop()


def to_locale_string(this, args):
    """23.1.3.32 Array.prototype.toLocaleString.  Without Intl the
    elements' toLocaleString gets no arguments (ECMA-262); with Intl, as
    ECMA-402 (and V8) say, (locales, options), both always passed."""
    o = this_object(this, "toLocaleString")
    if "Intl" in realms.current().intrinsics:
        locale_args = (arg(args, 0), arg(args, 1))
    else:
        locale_args = ()
    n = length_of(o)
    if _in_progress(o):
        return ""
    _JOIN_STACK.append(o)
    try:
        parts = []
        for k in range(n):
            v = get_index(o, k)
            if v is UNDEFINED or v is NULL:
                parts.append("")
            else:
                parts.append(to_string(invoke(v, "toLocaleString", locale_args)))
        return ",".join(parts)
    finally:
        _JOIN_STACK.pop()


def make_to_string(object_to_string):
    """23.1.3.36 Array.prototype.toString for a realm whose
    %Object.prototype.toString% is `object_to_string` (a function, or
    None when the Object built-ins are missing)."""

    def array_to_string(this, args):
        o = this_object(this, "toString")
        fn = o.get("join", o)
        if not is_callable(fn):
            if object_to_string is None:
                return "[object %s]" % o.class_name
            fn = object_to_string
        return call(fn, o, ())

    return array_to_string


METHODS = {
    "join": (join, 1), "toLocaleString": (to_locale_string, 0),
}
