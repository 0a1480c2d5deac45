"""Array.prototype methods that call a callback per element (ECMA-262
23.1.3): forEach, map, filter, some, every, find, findIndex, findLast,
findLastIndex, reduce, reduceRight, flat, flatMap.

They work on any array-like `this`.  Holes matter: the methods that the
spec writes with HasProperty (forEach, map, filter, some, every, reduce*,
flat*) skip absent indices, `map` leaves them absent in its result; the
find family reads every index with Get.  Element reads go through
array_common.iter_present, which reads a dense list directly, jumps over
sparse gaps no JS code can fill, and re-reads
it after every callback (the callback may change the array).  When the
result array is a fresh plain array (array_species_create's `plain`), its
elements are collected in a Python list and stored at the end: nothing
can observe it before it is returned.
"""

from minijs.runtime import errors
from minijs.runtime.calls import call
from minijs.runtime.operations import is_array, length_of_array_like, to_integer
from minijs.runtime.values import UNDEFINED, is_callable, to_boolean

from minijs.builtins.array_common import (
    HOLE, MAX_SAFE_LENGTH, array_species_create, create_index,
    finish_plain_array, get_index, iter_present, length_of, length_overflow,
    require_callable, this_object)
from minijs.builtins.support import arg

__all__ = ["METHODS"]

_EMPTY_REDUCE = "Reduce of empty array with no initial value"
_LIST_LIMIT = 1 << 22      # largest map result gathered in a Python list


def _prologue(this, args, name):
    """O = ToObject(this), len, and the IsCallable check of args[0]."""
    o = this_object(this, name)
    n = length_of(o)
    fn = require_callable(arg(args, 0))
    return o, n, fn, arg(args, 1)


def for_each(this, args):
    """23.1.3.15 Array.prototype.forEach."""
    o, n, fn, this_arg = _prologue(this, args, "forEach")
    for k, v in iter_present(o, n):
        call(fn, this_arg, (v, k, o))
    return UNDEFINED


def map_(this, args):
    """23.1.3.21 Array.prototype.map (holes stay holes)."""
    o, n, fn, this_arg = _prologue(this, args, "map")
    a, plain = array_species_create(o, n)
    if plain and n <= _LIST_LIMIT:
        out = [HOLE] * n
        for k, v in iter_present(o, n):
            out[k] = call(fn, this_arg, (v, k, o))
        return finish_plain_array(a, out, n)
    for k, v in iter_present(o, n):
        create_index(a, k, call(fn, this_arg, (v, k, o)))
    return a


def filter_(this, args):
    """23.1.3.8 Array.prototype.filter."""
    o, n, fn, this_arg = _prologue(this, args, "filter")
    a, plain = array_species_create(o, 0)
    kept = []
    for k, v in iter_present(o, n):
        if to_boolean(call(fn, this_arg, (v, k, o))):
            if plain:
                kept.append(v)
            else:
                create_index(a, len(kept), v)
                kept.append(None)
    if plain:
        return finish_plain_array(a, kept)
    return a


def some(this, args):
    """23.1.3.26 Array.prototype.some."""
    o, n, fn, this_arg = _prologue(this, args, "some")
    for k, v in iter_present(o, n):
        if to_boolean(call(fn, this_arg, (v, k, o))):
            return True
    return False


def every(this, args):
    """23.1.3.6 Array.prototype.every."""
    o, n, fn, this_arg = _prologue(this, args, "every")
    for k, v in iter_present(o, n):
        if not to_boolean(call(fn, this_arg, (v, k, o))):
            return False
    return True


def _find_via(this, args, name, backwards):
    """FindViaPredicate (23.1.3.12.1): (index, value) or (-1, undefined);
    holes are read with Get (no HasProperty)."""
    o, n, fn, this_arg = _prologue(this, args, name)
    indices = range(n - 1, -1, -1) if backwards else range(n)
    for k in indices:
        v = get_index(o, k)
        if to_boolean(call(fn, this_arg, (v, k, o))):
            return k, v
    return -1, UNDEFINED


def find(this, args):
    """23.1.3.9 Array.prototype.find."""
    return _find_via(this, args, "find", False)[1]


def find_index(this, args):
    """23.1.3.10 Array.prototype.findIndex."""
    return _find_via(this, args, "findIndex", False)[0]


def find_last(this, args):
    """23.1.3.11 Array.prototype.findLast."""
    return _find_via(this, args, "findLast", True)[1]


def find_last_index(this, args):
    """23.1.3.12 Array.prototype.findLastIndex."""
    return _find_via(this, args, "findLastIndex", True)[0]


def _reduce(this, args, name, backwards):
    """23.1.3.24 / 23.1.3.25 Array.prototype.reduce / reduceRight."""
    o = this_object(this, name)
    n = length_of(o)
    fn = require_callable(arg(args, 0))
    if n == 0 and len(args) < 2:
        raise errors.type_error(_EMPTY_REDUCE)
    present = iter_present(o, n, backwards)
    if len(args) >= 2:
        acc = args[1]
    else:
        first = next(present, None)
        if first is None:
            raise errors.type_error(_EMPTY_REDUCE)
        acc = first[1]
    for k, v in present:
        acc = call(fn, UNDEFINED, (acc, v, k, o))
    return acc


def reduce(this, args):
    return _reduce(this, args, "reduce", False)


def reduce_right(this, args):
    return _reduce(this, args, "reduceRight", True)


class _Target:
    """The array FlattenIntoArray writes to: a Python list for a fresh
    plain array, CreateDataPropertyOrThrow otherwise."""

    __slots__ = ("array", "plain", "values", "index")

    def __init__(self, array, plain):
        self.array = array
        self.plain = plain
        self.values = []
        self.index = 0

    def add(self, v):
        if self.index >= MAX_SAFE_LENGTH:
            raise length_overflow()
        if self.plain:
            self.values.append(v)
        else:
            create_index(self.array, self.index, v)
        self.index += 1

    def result(self):
        if self.plain:
            return finish_plain_array(self.array, self.values)
        return self.array


def _flatten_into(target, source, source_len, depth, mapper=None, this_arg=UNDEFINED):
    """FlattenIntoArray (23.1.3.13.1)."""
    for k, v in iter_present(source, source_len):
        if mapper is not None:
            v = call(mapper, this_arg, (v, k, source))
        if depth > 0 and is_array(v):
            _flatten_into(target, v, length_of_array_like(v), depth - 1)
        else:
            target.add(v)


def flat(this, args):
    """23.1.3.13 Array.prototype.flat."""
    o = this_object(this, "flat")
    n = length_of(o)
    depth = arg(args, 0)
    depth = 1 if depth is UNDEFINED else to_integer(depth)
    if depth < 0:
        depth = 0
    a, plain = array_species_create(o, 0)
    target = _Target(a, plain)
    _flatten_into(target, o, n, depth)
    return target.result()


def flat_map(this, args):
    """23.1.3.14 Array.prototype.flatMap."""
    o = this_object(this, "flatMap")
    n = length_of(o)
    mapper = arg(args, 0)
    if not is_callable(mapper):
        raise errors.type_error("flatMap mapper function is not callable")
    a, plain = array_species_create(o, 0)
    target = _Target(a, plain)
    _flatten_into(target, o, n, 1, mapper, arg(args, 1))
    return target.result()


# (key, function, length) in V8's property order (see array.py).
METHODS = {
    "find": (find, 1), "findIndex": (find_index, 1),
    "findLast": (find_last, 1), "findLastIndex": (find_last_index, 1),
    "forEach": (for_each, 1), "filter": (filter_, 1), "flat": (flat, 0),
    "flatMap": (flat_map, 1), "map": (map_, 1), "every": (every, 1),
    "some": (some, 1), "reduce": (reduce, 1), "reduceRight": (reduce_right, 1),
}
