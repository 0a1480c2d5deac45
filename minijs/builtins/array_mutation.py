"""Array.prototype methods that change `this` in place (ECMA-262 23.1.3):
push, pop, shift, unshift, splice, reverse, fill, copyWithin.

Each is the spec's algorithm over Get/Set/HasProperty/DeletePropertyOrThrow
on any array-like, plus a fast path for an exact JSArray with a dense
list whose moves can be done as Python list operations.  The fast path's
precondition (`_listy`) guarantees the list operation and the spec's
sequence of property operations end in the same state with no JS code
run and no failure possible:

* an exact JSArray with list elements, writable length, extensible
  (a hole filled by a move would be a new property), and no index
  properties on the prototype chain (a hole reads as absent);
* the elements never end with HOLE afterwards (objects.py invariant).
"""

from minijs.runtime import errors
from minijs.runtime.arrays import MAX_ARRAY_LENGTH
from minijs.runtime.operations import to_integer
from minijs.runtime.values import UNDEFINED

from minijs.builtins.array_common import (
    ABSENT, HOLE, JSArray, MAX_SAFE_LENGTH, array_species_create,
    create_index, delete_index, dense_values, finish_plain_array, get_index,
    get_present, length_of, length_overflow, no_elements_on_chain,
    relative_end, relative_index, set_index, set_length, this_object)
from minijs.builtins.support import arg

__all__ = ["METHODS"]


def _listy(o):
    """The fast-path precondition of this module (see the docstring)."""
    return (type(o) is JSArray and type(o.elements) is list
            and o.length_writable and o.extensible
            and no_elements_on_chain(o.proto))


def _trim(o):
    el = o.elements
    while el and el[-1] is HOLE:
        el.pop()
    if not el:
        o.elements = None


def _move(o, src, dst):
    """One step of the shifting loops: Set(dst, Get(src)) if src is
    present, else DeletePropertyOrThrow(dst)."""
    v = get_present(o, src)
    if v is ABSENT:
        delete_index(o, dst)
    else:
        set_index(o, dst, v)


def push(this, args):
    """23.1.3.23 Array.prototype.push."""
    o = this_object(this, "push")
    n = length_of(o)
    count = len(args)
    if n + count > MAX_SAFE_LENGTH:
        raise errors.type_error(
            "Pushing %d elements on an array-like of length %d is disallowed, "
            "as the total surpasses 2**53-1" % (count, n))
    if type(o) is JSArray:
        for v in args:
            if not o.set_index_fast(n, v):
                set_index(o, n, v)
            n += 1
    else:
        for v in args:
            set_index(o, n, v)
            n += 1
    set_length(o, n)
    return n


def pop(this, args):
    """23.1.3.22 Array.prototype.pop."""
    o = this_object(this, "pop")
    n = length_of(o)
    if n == 0:
        set_length(o, 0)
        return UNDEFINED
    if _listy(o) and len(o.elements) == n:
        v = o.elements.pop()
        _trim(o)
        o.length = n - 1
        return v
    v = get_index(o, n - 1)
    delete_index(o, n - 1)
    set_length(o, n - 1)
    return v


def shift(this, args):
    """23.1.3.27 Array.prototype.shift."""
    o = this_object(this, "shift")
    n = length_of(o)
    if n == 0:
        set_length(o, 0)
        return UNDEFINED
    first = get_index(o, 0)
    if _listy(o) and o.length == n:
        el = o.elements
        if el:
            del el[0]
            _trim(o)
        o.length = n - 1
        return first
    for k in range(1, n):
        _move(o, k, k - 1)
    delete_index(o, n - 1)
    set_length(o, n - 1)
    return first


def unshift(this, args):
    """23.1.3.33 Array.prototype.unshift."""
    o = this_object(this, "unshift")
    n = length_of(o)
    count = len(args)
    if count:
        if n + count > MAX_SAFE_LENGTH:
            raise length_overflow()
        if _listy(o) and n + count <= MAX_ARRAY_LENGTH:
            el = o.elements
            el[0:0] = args
            o.length = n + count
            return n + count
        for k in range(n, 0, -1):
            _move(o, k - 1, k + count - 1)
        for j, v in enumerate(args):
            set_index(o, j, v)
    set_length(o, n + count)
    return n + count


def splice(this, args):
    """23.1.3.29 Array.prototype.splice."""
    o = this_object(this, "splice")
    n = length_of(o)
    start = relative_index(arg(args, 0), n)
    items = args[2:]
    insert = len(items)
    if not args:
        delete = 0
    elif len(args) == 1:
        delete = n - start
    else:
        delete = min(max(to_integer(args[1]), 0), n - start)
        delete = int(delete)
    if n + insert - delete > MAX_SAFE_LENGTH:
        raise length_overflow()
    a, plain = array_species_create(o, delete)
    new_len = n - delete + insert
    if (plain and _listy(o) and o.length == n and new_len <= MAX_ARRAY_LENGTH
            and start <= len(o.elements) + 1024):
        el = o.elements
        removed = el[start:start + delete]
        if len(removed) < delete:
            removed.extend([HOLE] * (delete - len(removed)))
        finish_plain_array(a, removed)
        if start < len(el):
            el[start:start + delete] = items
        elif items:
            el.extend([HOLE] * (start - len(el)))
            el.extend(items)
        _trim(o)
        o.length = new_len
        return a
    if plain:
        values = dense_values(o, start, start + delete)
        if values is not None:
            finish_plain_array(a, values)
        else:
            for k in range(delete):
                v = get_present(o, start + k)
                if v is not ABSENT:
                    create_index(a, k, v)
    else:
        for k in range(delete):
            v = get_present(o, start + k)
            if v is not ABSENT:
                create_index(a, k, v)
        set_length(a, delete)
    if insert < delete:
        for k in range(start, n - delete):
            _move(o, k + delete, k + insert)
        for k in range(n, new_len, -1):
            delete_index(o, k - 1)
    elif insert > delete:
        for k in range(n - delete, start, -1):
            _move(o, k + delete - 1, k + insert - 1)
    for j, v in enumerate(items):
        set_index(o, start + j, v)
    set_length(o, new_len)
    return a


def reverse(this, args):
    """23.1.3.25 Array.prototype.reverse."""
    o = this_object(this, "reverse")
    n = length_of(o)
    if _listy(o) and o.length == n and len(o.elements) == n:
        o.elements.reverse()
        return o
    for lower in range(n // 2):
        upper = n - lower - 1
        lower_v = get_present(o, lower)
        upper_v = get_present(o, upper)
        if upper_v is not ABSENT:
            set_index(o, lower, upper_v)
            if lower_v is not ABSENT:
                set_index(o, upper, lower_v)
            else:
                delete_index(o, upper)
        elif lower_v is not ABSENT:
            delete_index(o, lower)
            set_index(o, upper, lower_v)
    return o


def fill(this, args):
    """23.1.3.7 Array.prototype.fill."""
    o = this_object(this, "fill")
    n = length_of(o)
    value = arg(args, 0)
    k = relative_index(arg(args, 1), n)
    end = relative_end(arg(args, 2), n)
    # The fast path may only pad a few holes before `k` (a fill far past
    # the storage of a sparse-sized array stays element by element, which
    # goes sparse); the filled range itself costs the same memory either way.
    if k < end and type(o) is JSArray and o.elements is None and no_elements_on_chain(o.proto):
        o.elements = []             # new Array(n): no elements yet; a list for _listy
    if k < end and _listy(o) and o.length == n and k <= len(o.elements) + 1024:
        el = o.elements
        if end > len(el):
            el.extend([HOLE] * (end - len(el)))
        el[k:end] = [value] * (end - k)
        return o
    for i in range(k, end):
        set_index(o, i, value)
    return o


def copy_within(this, args):
    """23.1.3.4 Array.prototype.copyWithin."""
    o = this_object(this, "copyWithin")
    n = length_of(o)
    to = relative_index(arg(args, 0), n)
    frm = relative_index(arg(args, 1), n)
    final = relative_end(arg(args, 2), n)
    count = min(final - frm, n - to)
    if count <= 0:
        return o
    if _listy(o) and o.length == n and len(o.elements) == n and HOLE not in o.elements:
        el = o.elements
        el[to:to + count] = el[frm:frm + count]
        return o
    if frm < to < frm + count:
        step = -1
        frm += count - 1
        to += count - 1
    else:
        step = 1
    while count > 0:
        _move(o, frm, to)
        frm += step
        to += step
        count -= 1
    return o


METHODS = {
    "copyWithin": (copy_within, 2), "fill": (fill, 1), "pop": (pop, 0),
    "push": (push, 1), "reverse": (reverse, 0), "shift": (shift, 0),
    "unshift": (unshift, 1), "splice": (splice, 2),
}
