"""Array.prototype methods that copy into a new array (ECMA-262 23.1.3):
concat, slice, and the ES2023 copying forms toReversed, toSpliced, with
(node 20 has them).

concat and slice create their result with ArraySpeciesCreate; when that
is a fresh plain array (nobody else can see it), the values are gathered
with array_common.dense_values / present_indices, which read a plain
source without running JS code, and stored at once.  Anything else (a
proxy, getters, index properties on the prototype chain, a species
constructor) goes through the spec's HasProperty/Get/CreateDataProperty
sequence.
"""

from minijs.runtime import errors
from minijs.runtime.arrays import array_create
from minijs.runtime import realm as realms
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import is_array, to_integer
from minijs.runtime.values import UNDEFINED, WELL_KNOWN, to_boolean

from minijs.builtins.array_common import (
    ABSENT, HOLE, MAX_SAFE_LENGTH, array_species_create, create_index,
    dense_values, finish_plain_array, get_index, get_present, length_of,
    length_overflow, present_indices, relative_end, relative_index,
    set_length, this_object)
from minijs.builtins.support import arg

__all__ = ["METHODS"]


def _is_concat_spreadable(o):
    """IsConcatSpreadable (23.1.3.1.1)."""
    if not isinstance(o, JSObject):
        return False
    spreadable = o.get(WELL_KNOWN.isConcatSpreadable, o)
    if spreadable is not UNDEFINED:
        return to_boolean(spreadable)
    return is_array(o)


def concat(this, args):
    """23.1.3.1 Array.prototype.concat."""
    o = this_object(this, "concat")
    a, plain = array_species_create(o, 0)
    out = []
    n = 0
    for e in (o,) + tuple(args):
        if not _is_concat_spreadable(e):
            if n >= MAX_SAFE_LENGTH:
                raise length_overflow()
            if plain:
                out.append(e)
            else:
                create_index(a, n, e)
            n += 1
            continue
        length = length_of(e)
        if n + length > MAX_SAFE_LENGTH:
            raise length_overflow()
        if plain:
            values = dense_values(e, 0, length)
            if values is not None:
                out.extend(values)
                n += length
                continue
            finish_plain_array(a, out, n)      # from here on: generic
            plain = False
        indices = present_indices(e, 0, length)
        if indices is not None:
            for k in indices:
                create_index(a, n + k, e.get(str(k), e))
        else:
            for k in range(length):
                v = get_present(e, k)
                if v is not ABSENT:
                    create_index(a, n + k, v)
        n += length
    if plain:
        return finish_plain_array(a, out, n)
    set_length(a, n)
    return a


def slice_(this, args):
    """23.1.3.28 Array.prototype.slice."""
    o = this_object(this, "slice")
    n = length_of(o)
    k = relative_index(arg(args, 0), n)
    final = relative_end(arg(args, 1), n)
    count = max(final - k, 0)
    a, plain = array_species_create(o, count)
    if plain:
        values = dense_values(o, k, k + count)
        if values is not None:
            return finish_plain_array(a, values, count)
        indices = present_indices(o, k, final)
        if indices is not None:
            for i in indices:
                create_index(a, i - k, o.get(str(i), o))
            set_length(a, count)
            return a
    i = 0
    while k < final:
        v = get_present(o, k)
        if v is not ABSENT:
            create_index(a, i, v)
        k += 1
        i += 1
    set_length(a, i)
    return a


def _new_array(n):
    """ArrayCreate(n) in the running realm (RangeError past 2**32 - 1)."""
    return array_create(n, realms.current().intrinsics["ArrayPrototype"])


def _read_all(o, lo, hi):
    """[Get(O, k) for k in [lo, hi)]: holes read as undefined."""
    values = dense_values(o, lo, hi)
    if values is not None:
        return [UNDEFINED if v is HOLE else v for v in values]
    return [get_index(o, k) for k in range(lo, hi)]


def to_reversed(this, args):
    """23.1.3.30 Array.prototype.toReversed (ES2023)."""
    o = this_object(this, "toReversed")
    n = length_of(o)
    a = _new_array(n)
    values = dense_values(o, 0, n)
    if values is not None:
        values = [UNDEFINED if v is HOLE else v for v in reversed(values)]
    else:
        values = [get_index(o, k) for k in range(n - 1, -1, -1)]
    return finish_plain_array(a, values)


def to_spliced(this, args):
    """23.1.3.34 Array.prototype.toSpliced (ES2023)."""
    o = this_object(this, "toSpliced")
    n = length_of(o)
    start = relative_index(arg(args, 0), n)
    items = list(args[2:])
    if not args:
        skip = 0
    elif len(args) == 1:
        skip = n - start
    else:
        skip = int(min(max(to_integer(args[1]), 0), n - start))
    new_len = n + len(items) - skip
    if new_len > MAX_SAFE_LENGTH:
        raise length_overflow()
    a = _new_array(new_len)
    values = _read_all(o, 0, start)
    values.extend(items)
    values.extend(_read_all(o, start + skip, n))
    return finish_plain_array(a, values)


def with_(this, args):
    """23.1.3.39 Array.prototype.with (ES2023)."""
    o = this_object(this, "with")
    n = length_of(o)
    index = arg(args, 0)
    rel = to_integer(index)
    k = rel if rel >= 0 else n + rel
    if k >= n or k < 0:
        # V8 shows the argument as passed, not its integer value.
        raise errors.range_error("Invalid index : %s" % errors.display_value(index))
    a = _new_array(n)
    values = _read_all(o, 0, int(k))
    values.append(arg(args, 1))
    values.extend(_read_all(o, int(k) + 1, n))
    return finish_plain_array(a, values)


METHODS = {
    "concat": (concat, 1), "slice": (slice_, 2),
    "toReversed": (to_reversed, 0), "toSpliced": (to_spliced, 2),
    "with": (with_, 2),
}
