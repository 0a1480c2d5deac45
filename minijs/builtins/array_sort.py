"""Array.prototype.sort and toSorted (ECMA-262 23.1.3.30, 23.1.3.34
SortIndexedProperties, 23.1.3.30.2 SortCompare).

The values are collected first (sort skips holes, toSorted reads them as
undefined), sorted with Python's stable list.sort, then written back:
sort stores the sorted values at 0..itemCount-1 and deletes the indices
from itemCount to len (so holes end up at the end), toSorted builds a new
array.  Undefined values never reach the comparator and sort last
(SortCompare steps 2-4).  Without a comparator values compare by their
ToString in UTF-16 code units (Python compares our strs by code unit),
computed once per value; a comparator's result goes through ToNumber, NaN
counting as equal; a JSThrow from either propagates through list.sort.
"""

from functools import cmp_to_key

from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.arrays import array_create
from minijs.runtime.calls import call
from minijs.runtime.operations import to_number, to_string
from minijs.runtime.values import UNDEFINED, is_callable

from minijs.builtins.array_common import (
    ABSENT, HOLE, dense_values, delete_index, finish_plain_array, get_index,
    get_present, is_plain, length_of, no_elements_on_chain,
    present_indices, set_index, this_object)
from minijs.builtins.support import arg

__all__ = ["METHODS", "sort_values"]


def _check_comparator(fn):
    if fn is not UNDEFINED and not is_callable(fn):
        raise errors.type_error(
            "The comparison function must be either a function or undefined")


def sort_values(values, comparefn):
    """The sorted list of JS `values` (no holes) under SortCompare."""
    defined = [v for v in values if v is not UNDEFINED]
    undefined_count = len(values) - len(defined)
    if comparefn is UNDEFINED:
        if all(type(v) is str for v in defined):
            defined.sort()
        else:
            keyed = [(_string_key(v), v) for v in defined]
            keyed.sort(key=lambda pair: pair[0])
            defined = [v for _, v in keyed]
    else:
        def compare(x, y):
            r = to_number(call(comparefn, UNDEFINED, (x, y)))
            if r < 0:
                return -1
            if r > 0:
                return 1
            return 0
        defined.sort(key=cmp_to_key(compare))
    if undefined_count:
        defined.extend([UNDEFINED] * undefined_count)
    return defined


def _string_key(v):
    if type(v) is int:
        return str(v)
    return to_string(v)


def sort(this, args):
    """23.1.3.30 Array.prototype.sort."""
    comparefn = arg(args, 0)
    _check_comparator(comparefn)
    o = this_object(this, "sort")
    n = length_of(o)
    indices = present_indices(o, 0, n)
    if indices is not None:
        values = [o.get(str(k), o) for k in indices]
    else:
        values = []
        for k in range(n):
            v = get_present(o, k)
            if v is not ABSENT:
                values.append(v)
    items = sort_values(values, comparefn)
    count = len(items)
    el = o.elements
    # Write back (steps 5-6).  On a plain, extensible object with a
    # dense list no JS code can run and no Set can fail: store directly.
    if (type(el) is list and is_plain(o) and o.extensible
            and no_elements_on_chain(o.proto)):
        if n >= len(el):
            el[:] = items
        else:
            el[:n] = items + [HOLE] * (n - count)
        while el and el[-1] is HOLE:
            el.pop()
        if not el:
            o.elements = None
        return o
    for j, v in enumerate(items):
        set_index(o, j, v)
    remaining = present_indices(o, count, n)
    if remaining is not None:
        for k in list(remaining):
            delete_index(o, k)
    else:
        for k in range(count, n):
            delete_index(o, k)
    return o


def to_sorted(this, args):
    """23.1.3.34 Array.prototype.toSorted (ES2023): holes read as
    undefined."""
    comparefn = arg(args, 0)
    _check_comparator(comparefn)
    o = this_object(this, "toSorted")
    n = length_of(o)
    a = array_create(n, realms.current().intrinsics["ArrayPrototype"])
    values = dense_values(o, 0, n)
    if values is not None:
        values = [UNDEFINED if v is HOLE else v for v in values]
    else:
        values = [get_index(o, k) for k in range(n)]
    return finish_plain_array(a, sort_values(values, comparefn))


METHODS = {"sort": (sort, 1), "toSorted": (to_sorted, 1)}
