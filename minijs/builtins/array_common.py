"""Shared helpers of the Array built-ins (ECMA-262 23.1): the throwing
variants of the object operations, index clamping, ArraySpeciesCreate,
and the element-access fast paths.

Why a module of its own: every array_*.py method module works on generic
array-likes through these, so the spec semantics (and V8's messages) are
spelled once, and the fast paths over a dense `elements` list live in one
place where their preconditions are documented.

Fast-path invariants (see objects.py for the storage):

* An object is "plain" (`is_plain`) when its own index properties are
  exactly its `elements` storage: an ordinary object (not exotic) or an
  exact JSArray.  For such an object an element present in a dense list
  is an own writable/enumerable/configurable data property, so
  HasProperty is true and Get returns it without running JS code.
* A HOLE (or an index past the list) must still look at the prototype
  chain; `no_elements_on_chain` says when that chain cannot have index
  properties, so a hole reads as absent/undefined without running code.
* Fast paths re-read `o.elements` at every step where JS code may have
  run (callbacks, getters, ToString), never caching the list across a
  call into JS.
"""

from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.arrays import JSArray, MAX_ARRAY_LENGTH, array_create
from minijs.runtime.calls import construct
from minijs.runtime.objects import HOLE, JSObject
from minijs.runtime.shapes import ACCESSOR
from minijs.runtime.operations import (
    is_array, length_of_array_like, require_object_coercible, to_integer,
    to_object)
from minijs.runtime.ordinary import (
    create_data_property_or_throw, delete_property_or_throw,
    set_failure_error)
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, is_callable, is_constructor)

__all__ = [
    "MAX_SAFE_LENGTH", "ABSENT", "this_object", "require_callable",
    "is_plain", "no_elements_on_chain", "get_index", "get_present",
    "set_index", "set_length", "delete_index", "create_index",
    "relative_index", "relative_end", "array_species_create",
    "present_indices", "dense_values", "finish_plain_array",
    "length_overflow", "HOLE", "JSArray",
]

MAX_SAFE_LENGTH = 2 ** 53 - 1


# Set by array.install: the [[Construct]] implementation that every
# realm's %Array% shares, so that ArraySpeciesCreate (step 4.a) recognises
# the %Array% of another realm.
ARRAY_CONSTRUCT = None


class _Absent:
    """What `get_present` returns for an index that HasProperty denies."""

    __slots__ = ()

    def __repr__(self):
        return "<absent>"


ABSENT = _Absent()


# V8 words ToObject(this) in these methods as "Array.prototype.X called
# on null or undefined"; the others say "Cannot convert undefined or null
# to object".
_CALLED_ON_NULL = frozenset((
    "concat", "find", "findIndex", "findLast", "findLastIndex", "indexOf",
    "forEach", "filter", "map", "every", "some", "reduce", "reduceRight"))


def this_object(this, name):
    """ToObject(this value) with V8's message for method `name`."""
    if name in _CALLED_ON_NULL:
        require_object_coercible(this, "Array.prototype." + name)
    return to_object(this)


def require_callable(fn):
    """The IsCallable check of callback arguments (V8: "x is not a
    function")."""
    if not is_callable(fn):
        raise errors.type_error("%s is not a function" % errors.display_value(fn))
    return fn


def length_overflow():
    """V8's TypeError for a result length past 2**53 - 1."""
    return errors.type_error(errors.MSG_INVALID_ARRAY_LENGTH)


def is_plain(o):
    """True when o's own index properties are exactly its `elements`."""
    return not o.exotic or type(o) is JSArray


def no_elements_on_chain(p):
    """True when nothing on the prototype chain from `p` can have an
    index property (no elements, no exotic objects but arrays)."""
    while p is not NULL:
        if p.elements or (p.exotic and type(p) is not JSArray):
            return False
        p = p.proto
    return True


# -- element access (7.3.2 Get, 7.3.12 HasProperty, 7.3.4 Set, ...) -------

def get_index(o, k):
    """Get(O, ! ToString(k)) for an integer index k >= 0."""
    el = o.elements
    if type(el) is list and k < len(el) and is_plain(o):
        v = el[k]
        if v is not HOLE:
            return v
    return o.get(str(k), o)


def get_present(o, k):
    """HasProperty(O, k) then Get(O, k): the value, or ABSENT."""
    el = o.elements
    if type(el) is list and k < len(el) and is_plain(o):
        v = el[k]
        if v is not HOLE:
            return v
    key = str(k)
    if o.has_property(key):
        return o.get(key, o)
    return ABSENT


def set_index(o, k, v):
    """Set(O, ! ToString(k), v, true)."""
    if type(o) is JSArray and o.set_index_fast(k, v):
        return
    key = str(k)
    if not o.set(key, v, o):
        raise set_failure_error(o, key)


def set_length(o, n):
    """Set(O, "length", n, true)."""
    if type(o) is JSArray and o.length == n and o.length_writable:
        return
    if not o.set("length", n, o):
        raise set_failure_error(o, "length")


def delete_index(o, k):
    """DeletePropertyOrThrow(O, ! ToString(k))."""
    delete_property_or_throw(o, str(k))


def create_index(a, k, v):
    """CreateDataPropertyOrThrow(A, ! ToString(k), v)."""
    create_data_property_or_throw(a, str(k), v)


# -- index arguments ------------------------------------------------------

def relative_index(v, length):
    """The clamp of relativeStart-style arguments: ToIntegerOrInfinity,
    negative counts from the end, result in [0, length]."""
    rel = to_integer(v)
    if rel < 0:
        rel = length + rel
        return 0 if rel < 0 else int(rel)
    return length if rel > length else int(rel)


def relative_end(v, length):
    """Like relative_index, but undefined means `length` (the `end`
    arguments of slice, fill, copyWithin)."""
    if v is UNDEFINED:
        return length
    return relative_index(v, length)


# -- ArraySpeciesCreate (10.4.2.3) --------------------------------------------

def array_species_create(original, length):
    """ArraySpeciesCreate(originalArray, length).  Returns (A, plain):
    `plain` is True when A is a fresh JSArray made here by ArrayCreate
    (nothing else can see it yet, so callers may fill its storage
    directly)."""
    realm = realms.current()
    if not is_array(original):                                      # 1-2
        return _plain_array(realm, length), True
    c = original.get("constructor", original)                       # 3
    if is_constructor(c):                                           # 4
        if (ARRAY_CONSTRUCT is not None and getattr(c, "ctor", None) is ARRAY_CONSTRUCT
                and c is not realm.intrinsics.get("Array")):
            c = UNDEFINED       # another realm's %Array%
    if isinstance(c, JSObject):                                     # 5
        c = c.get(WELL_KNOWN.species, c)
        if c is NULL:
            c = UNDEFINED
    if c is UNDEFINED:                                              # 6
        return _plain_array(realm, length), True
    if not is_constructor(c):                                       # 7
        raise errors.type_error(
            "object.constructor[Symbol.species] is not a constructor")
    if c is realm.intrinsics.get("Array"):
        # Construct(%Array%, [length]) in its own realm: ArrayCreate with
        # the non-writable Array.prototype, nothing observable.
        return _plain_array(realm, length), True
    return construct(c, (length,)), False                           # 8


def _plain_array(realm, length):
    return array_create(length, realm.intrinsics["ArrayPrototype"])


def finish_plain_array(a, values, length=None):
    """Give the fresh plain array `a` the dense `values` (HOLE allowed)
    and length `length` (default len(values))."""
    el = list(values)
    while el and el[-1] is HOLE:
        el.pop()
    a.elements = el or None
    a.length = len(values) if length is None else length
    return a


# -- integer keys that are not array indices --------------------------------
#
# An array-like's length may exceed 2**32 - 1; its integer keys from
# 2**32 - 1 on are not array indices, so they live in the shape as named
# properties.  The bulk fast paths below take them into account.

FIRST_NON_INDEX = MAX_ARRAY_LENGTH          # 2**32 - 1


def _big_keys(o, lo, hi):
    """Sorted integers k in [max(lo, 2**32 - 1), hi) that are own string
    keys of o (canonical numeric strings), with whether any of them is an
    accessor."""
    out = []
    accessor = False
    lo = max(lo, FIRST_NON_INDEX)
    for key, entry in o.shape.items():
        if type(key) is str and key[:1] in _DIGITS and len(key) >= 10:
            try:
                k = int(key)
            except ValueError:
                continue
            if lo <= k < hi and str(k) == key:
                out.append(k)
                if entry & ACCESSOR:
                    accessor = True
    out.sort()
    return out, accessor


def _chain_has_big_keys(p, hi):
    while p is not NULL:
        if _big_keys(p, 0, hi)[0]:
            return True
        p = p.proto
    return False


_DIGITS = frozenset("0123456789")


# -- bulk fast paths --------------------------------------------------------

def present_indices(o, lo, hi):
    """The indices k in [lo, hi) for which HasProperty(o, k) holds, in
    ascending order, when that can be known without running JS code and
    Get of each runs no JS code either; None otherwise.  Valid only until
    JS code runs."""
    if not is_plain(o) or not no_elements_on_chain(o.proto):
        return None
    big = ()
    if hi > FIRST_NON_INDEX:
        if _chain_has_big_keys(o.proto, hi):
            return None
        big, accessor = _big_keys(o, lo, hi)
        if accessor:
            return None
    el = o.elements
    if el is None:
        indices = []
    elif type(el) is list:
        top = min(hi, len(el))
        if lo >= top:
            indices = []
        elif HOLE in el:
            indices = [k for k in range(lo, top) if el[k] is not HOLE]
        elif not big:
            return range(lo, top)
        else:
            indices = list(range(lo, top))
    else:
        for _, flags in el.values():
            if flags & ACCESSOR:
                return None
        indices = sorted(k for k in el if lo <= k < hi)
    if big:
        indices.extend(big)
    return indices


def dense_values(o, lo, hi):
    """The values of indices [lo, hi) of `o` as a Python list with HOLE
    for absent ones, when HasProperty/Get of each would run no JS code and
    the range is not huge; None otherwise."""
    if hi - lo > (1 << 24) or hi > FIRST_NON_INDEX:
        return None
    if not is_plain(o) or not no_elements_on_chain(o.proto):
        return None
    el = o.elements
    if el is None:
        return [HOLE] * max(hi - lo, 0)
    if type(el) is list:
        out = el[lo:hi]
        if len(out) < hi - lo:
            out.extend([HOLE] * (hi - lo - len(out)))
        return out
    if len(el) * 4 < hi - lo:
        return None
    out = [HOLE] * max(hi - lo, 0)
    for k, (v, flags) in el.items():
        if lo <= k < hi:
            if flags & ACCESSOR:
                return None
            out[k - lo] = v
    return out


def length_of(o):
    """LengthOfArrayLike, with the exact-JSArray shortcut."""
    if type(o) is JSArray:
        return o.length
    return length_of_array_like(o)


def check_array_length(n):
    """ArrayCreate's RangeError for a length past 2**32 - 1."""
    if n > MAX_ARRAY_LENGTH:
        raise errors.range_error(errors.MSG_INVALID_ARRAY_LENGTH)


# -- walking the present indices (the HasProperty loops) ---------------------

_SCAN_LIMIT = 4096


def _skip_forward(o, k, n):
    """The next index after the absent index k that may be present (n if
    none): jumps over a sparse gap when no JS code can make an index in
    it present (plain object, nothing on the prototype chain)."""
    if not is_plain(o) or not no_elements_on_chain(o.proto):
        return k + 1
    el = o.elements
    if el is None:
        nxt = n
    elif type(el) is list:
        if k < len(el):
            return k + 1
        nxt = n
    elif len(el) > _SCAN_LIMIT:
        return k + 1
    else:
        nxt = min((i for i in el if i > k), default=n)
    if n > FIRST_NON_INDEX and nxt > FIRST_NON_INDEX:
        if len(o.shape) > _SCAN_LIMIT or _chain_has_big_keys(o.proto, n):
            return k + 1
        big = _big_keys(o, k + 1, n)[0]
        if big:
            nxt = min(nxt, big[0])
    return min(nxt, n)


def _skip_backward(o, k):
    """Like _skip_forward, walking down: the previous index that may be
    present, -1 if none."""
    if not is_plain(o) or not no_elements_on_chain(o.proto):
        return k - 1
    if k > FIRST_NON_INDEX:
        if len(o.shape) > _SCAN_LIMIT or _chain_has_big_keys(o.proto, k):
            return k - 1
        big = _big_keys(o, 0, k)[0]
        if big:
            return big[-1]
        k = FIRST_NON_INDEX
    el = o.elements
    if el is None:
        return -1
    if type(el) is list:
        return k - 1 if k <= len(el) else len(el) - 1
    if len(el) > _SCAN_LIMIT:
        return k - 1
    return max((i for i in el if i < k), default=-1)


def iter_present(o, n, backwards=False):
    """Yield (k, value) for k in 0..n-1 (or down from n-1) where
    HasProperty(O, k) holds at the time k is reached, as the spec's loops
    do; state is re-read after every yield (the consumer may run JS)."""
    if backwards:
        k = n - 1
        while k >= 0:
            v = get_present(o, k)
            if v is ABSENT:
                k = _skip_backward(o, k)
                continue
            yield k, v
            k -= 1
        return
    k = 0
    while k < n:
        v = get_present(o, k)
        if v is ABSENT:
            k = _skip_forward(o, k, n)
            continue
        yield k, v
        k += 1
