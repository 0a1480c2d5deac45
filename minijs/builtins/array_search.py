"""Array.prototype search methods (ECMA-262 23.1.3): indexOf,
lastIndexOf, includes, at.

indexOf/lastIndexOf compare with IsStrictlyEqual and skip holes
(HasProperty); includes compares with SameValueZero and reads holes as
undefined.  None of them runs JS code on a plain object's own dense
elements, so the fast path scans the Python list (list.index for the
common primitive and object cases) and only falls back to the spec's
per-index HasProperty/Get for holes.
"""

from minijs.runtime.operations import strict_equals, to_integer
from minijs.runtime.values import UNDEFINED, same_value_zero

from minijs.builtins.array_common import (
    ABSENT, FIRST_NON_INDEX, HOLE, get_index, get_present, is_plain, length_of,
    no_elements_on_chain, present_indices, this_object)
from minijs.builtins.support import arg

__all__ = ["METHODS"]


def _scan_dense(el, target, k, end):
    """The first i in [k, end) with el[i] === target among the non-hole
    entries of the list `el` (no JS code runs), or -1.  list.index uses
    Python equality, which for JS values is IsStrictlyEqual except that
    bool == int: check the type of a hit."""
    t = type(target)
    if t is float and target != target:
        return -1
    while k < end:
        try:
            i = el.index(target, k, end)
        except ValueError:
            return -1
        u = type(el[i])
        if t is bool:
            if u is bool:
                return i
        elif t is int or t is float:
            if u is int or u is float:
                return i
        else:
            return i
        k = i + 1
    return -1


def index_of(this, args):
    """23.1.3.17 Array.prototype.indexOf."""
    o = this_object(this, "indexOf")
    n = length_of(o)
    if n == 0:
        return -1
    k = to_integer(arg(args, 1))
    if k == float("inf"):
        return -1
    if k < 0:
        k = max(n + k, 0)
    k = int(k)
    target = arg(args, 0)
    el = o.elements
    if (type(el) is list and n <= FIRST_NON_INDEX and is_plain(o)
            and no_elements_on_chain(o.proto)):
        # Holes and the tail past the list are absent; no JS code runs.
        end = min(n, len(el))
        return _scan_dense(el, target, k, end) if k < end else -1
    indices = present_indices(o, k, n)
    if indices is not None:
        for i in indices:
            if strict_equals(o.get(str(i), o), target):
                return i
        return -1
    while k < n:
        v = get_present(o, k)
        if v is not ABSENT and strict_equals(v, target):
            return k
        k += 1
    return -1


def last_index_of(this, args):
    """23.1.3.20 Array.prototype.lastIndexOf."""
    o = this_object(this, "lastIndexOf")
    n = length_of(o)
    if n == 0:
        return -1
    k = to_integer(args[1]) if len(args) > 1 else n - 1
    if k == float("-inf"):
        return -1
    k = int(min(k, n - 1) if k >= 0 else n + k)
    target = arg(args, 0)
    if k < 0:
        return -1
    indices = present_indices(o, 0, k + 1)
    if indices is not None:
        for i in reversed(indices):
            if strict_equals(o.get(str(i), o), target):
                return i
        return -1
    while k >= 0:
        v = get_present(o, k)
        if v is not ABSENT and strict_equals(v, target):
            return k
        k -= 1
    return -1


def includes(this, args):
    """23.1.3.16 Array.prototype.includes (holes read as undefined)."""
    o = this_object(this, "includes")
    n = length_of(o)
    if n == 0:
        return False
    k = to_integer(arg(args, 1))
    if k < 0:
        k = max(n + k, 0)
    if k >= n:
        return False
    k = int(k)
    target = arg(args, 0)
    el = o.elements
    if (type(el) is list and n <= FIRST_NON_INDEX and is_plain(o)
            and no_elements_on_chain(o.proto)
            and not (type(target) is float and target != target)):
        end = min(n, len(el))
        if target is UNDEFINED:
            # A hole (or the tail past the list) reads as undefined.
            return end < n or any(el[i] is HOLE or el[i] is UNDEFINED
                                  for i in range(k, end))
        return _scan_dense(el, target, k, end) >= 0 if k < end else False
    while k < n:
        if same_value_zero(get_index(o, k), target):
            return True
        k += 1
    return False


def at(this, args):
    """23.1.3.1 Array.prototype.at."""
    o = this_object(this, "at")
    n = length_of(o)
    rel = to_integer(arg(args, 0))
    k = rel if rel >= 0 else n + rel
    if k < 0 or k >= n:
        return UNDEFINED
    return get_index(o, int(k))


METHODS = {
    "at": (at, 1), "lastIndexOf": (last_index_of, 1),
    "includes": (includes, 1), "indexOf": (index_of, 1),
}
