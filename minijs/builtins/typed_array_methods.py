"""%TypedArray%.prototype (ECMA-262 23.2.3): accessors and methods.

Every method starts with ValidateTypedArray (a typed array whose buffer
is not detached) and reads the length once, as the spec does; callbacks
may detach the buffer, after which element reads give undefined (the
exotic object's own rule).  Elements are read with `element_get` and
written with `element_set` (which converts, and then ignores an index
that became invalid)."""

import functools

from minijs.builtins.array_iterator import ArrayIterator
from minijs.builtins.class_support import incompatible_receiver, require_callable
from minijs.builtins.support import (
    arg, define_accessor, define_method, define_methods, define_value)
from minijs.builtins.typed_array import (
    create_typed_array, typed_array_species_create, validate_typed_array)
from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.calls import call
from minijs.runtime.intconv import relative_index
from minijs.runtime.operations import (
    length_of_array_like, to_integer, to_number, to_object, to_string)
from minijs.runtime.typed_arrays import TypedArrayObject, to_element_value
from minijs.runtime.values import (
    UNDEFINED, WELL_KNOWN, JSBigInt, is_callable, same_value_zero, to_boolean)

__all__ = ["install"]

P = "%TypedArray%.prototype."


def _valid(this, name):
    return validate_typed_array(this, P + name)


def _rel(args, i, length, default):
    v = arg(args, i)
    if v is UNDEFINED:
        return default
    return relative_index(to_number(v), length)


# -- accessors (23.2.3.1 - 23.2.3.3, 23.2.3.21, 23.2.3.38) ---------------------------

def _getter(name, read):
    def getter(this, args):
        if not isinstance(this, TypedArrayObject):
            raise incompatible_receiver("get TypedArray.prototype." + name, this)
        return read(this)
    return getter


def _tag(this, args):
    return this.kind.name if isinstance(this, TypedArrayObject) else UNDEFINED


# -- iteration-style methods ---------------------------------------------------------

def _last_walk(name, want_index):
    def method(this, args):
        o = _valid(this, name)
        fn = require_callable(arg(args, 0))
        this_arg = arg(args, 1)
        for k in range(o.array_length - 1, -1, -1):
            v = o.element_get(k)
            if to_boolean(call(fn, this_arg, (v, k, o))):
                return k if want_index else v
        return -1 if want_index else UNDEFINED
    return method


def _simple(name, test, hit, miss):
    def method(this, args):
        o = _valid(this, name)
        fn = require_callable(arg(args, 0))
        this_arg = arg(args, 1)
        for k in range(o.array_length):
            v = o.element_get(k)
            if test(to_boolean(call(fn, this_arg, (v, k, o)))):
                return hit(k, v)
        return miss
    return method


every = _simple("every", lambda r: not r, lambda k, v: False, True)
some = _simple("some", lambda r: r, lambda k, v: True, False)
find = _simple("find", lambda r: r, lambda k, v: v, UNDEFINED)
find_index = _simple("findIndex", lambda r: r, lambda k, v: k, -1)
find_last = _last_walk("findLast", False)
find_last_index = _last_walk("findLastIndex", True)


def for_each(this, args):                                           # 23.2.3.15
    o = _valid(this, "forEach")
    fn = require_callable(arg(args, 0))
    this_arg = arg(args, 1)
    for k in range(o.array_length):
        call(fn, this_arg, (o.element_get(k), k, o))
    return UNDEFINED


def map_(this, args):                                               # 23.2.3.22
    o = _valid(this, "map")
    n = o.array_length
    fn = require_callable(arg(args, 0))
    this_arg = arg(args, 1)
    a = typed_array_species_create(o, (n,), P + "map")
    for k in range(n):
        mapped = call(fn, this_arg, (o.element_get(k), k, o))
        a.set(str(k), mapped, a)
    return a


def filter_(this, args):                                            # 23.2.3.10
    o = _valid(this, "filter")
    fn = require_callable(arg(args, 0))
    this_arg = arg(args, 1)
    kept = []
    for k in range(o.array_length):
        v = o.element_get(k)
        if to_boolean(call(fn, this_arg, (v, k, o))):
            kept.append(v)
    a = typed_array_species_create(o, (len(kept),), P + "filter")
    for i, v in enumerate(kept):
        a.set(str(i), v, a)
    return a


def _reduce(name, backwards):
    def method(this, args):
        o = _valid(this, name)
        n = o.array_length
        fn = require_callable(arg(args, 0))
        order = range(n - 1, -1, -1) if backwards else range(n)
        it = iter(order)
        if len(args) >= 2:
            acc = args[1]
        else:
            if n == 0:
                raise errors.type_error("Reduce of empty array with no initial value")
            acc = o.element_get(next(it))
        for k in it:
            acc = call(fn, UNDEFINED, (acc, o.element_get(k), k, o))
        return acc
    return method


# -- searching -------------------------------------------------------------------------

def at(this, args):                                                 # 23.2.3.1
    o = _valid(this, "at")
    n = o.array_length
    k = to_integer(arg(args, 0))
    if k < 0:
        k += n
    if k < 0 or k >= n:
        return UNDEFINED
    return o.element_get(k)


def _start_index(args, n, backwards):
    if backwards:
        if len(args) < 2:
            return n - 1
        k = to_integer(args[1])
        return min(k, n - 1) if k >= 0 else n + k
    k = to_integer(arg(args, 1))
    if k < 0:
        k = max(n + k, 0)
    return k


def includes(this, args):                                           # 23.2.3.16
    o = _valid(this, "includes")
    n = o.array_length
    if n == 0:
        return False
    k = _start_index(args, n, False)
    target = arg(args, 0)
    while k < n:
        if same_value_zero(o.element_get(k), target):
            return True
        k += 1
    return False


def _strict_equal_number(a, b):
    from minijs.runtime.operations import strict_equals
    return strict_equals(a, b)


def index_of(this, args):                                           # 23.2.3.17
    o = _valid(this, "indexOf")
    n = o.array_length
    if n == 0:
        return -1
    k = _start_index(args, n, False)
    target = arg(args, 0)
    while k < n:
        if o.is_valid_index(k) and _strict_equal_number(o.element_get(k), target):
            return int(k)
        k += 1
    return -1


def last_index_of(this, args):                                      # 23.2.3.20
    o = _valid(this, "lastIndexOf")
    n = o.array_length
    if n == 0:
        return -1
    k = _start_index(args, n, True)
    target = arg(args, 0)
    while k >= 0:
        if o.is_valid_index(k) and _strict_equal_number(o.element_get(k), target):
            return int(k)
        k -= 1
    return -1


def join(this, args):                                               # 23.2.3.18
    o = _valid(this, "join")
    n = o.array_length
    sep = arg(args, 0)
    sep = "," if sep is UNDEFINED else to_string(sep)
    parts = []
    for k in range(n):
        v = o.element_get(k)
        parts.append("" if v is UNDEFINED else to_string(v))
    return sep.join(parts)


# -- mutation ----------------------------------------------------------------------------

def copy_within(this, args):                                        # 23.2.3.6
    o = _valid(this, "copyWithin")
    n = o.array_length
    to = _rel(args, 0, n, 0)
    start = _rel(args, 1, n, 0)
    end = _rel(args, 2, n, n)
    count = min(end - start, n - to)
    if count > 0:
        if o.is_out_of_bounds():
            raise errors.type_error("Cannot perform %s on a detached ArrayBuffer" % (P + "copyWithin"))
        # A resizable buffer may have shrunk during the conversions.
        count = min(count, o.array_length - start, o.array_length - to)
    if count > 0:
        size = o.kind.size
        data = o.buffer.data
        base = o.byte_offset
        data[base + to * size: base + (to + count) * size] = \
            data[base + start * size: base + (start + count) * size]
    return o


def fill(this, args):                                               # 23.2.3.9
    o = _valid(this, "fill")
    n = o.array_length
    value = to_element_value(o.kind, arg(args, 0))
    start = _rel(args, 1, n, 0)
    end = _rel(args, 2, n, n)
    if o.is_out_of_bounds():
        raise errors.type_error("Cannot perform %s on a detached ArrayBuffer" % (P + "fill"))
    end = min(end, o.array_length)
    for k in range(start, end):
        o.view[k] = value
    return o


def reverse(this, args):                                            # 23.2.3.25
    o = _valid(this, "reverse")
    view = o.view
    lower, upper = 0, o.array_length - 1
    while lower < upper:
        view[lower], view[upper] = view[upper], view[lower]
        lower += 1
        upper -= 1
    return o


def set_(this, args):                                               # 23.2.3.26
    target = this
    if not isinstance(target, TypedArrayObject):
        raise errors.type_error("this is not a typed array.")
    source = arg(args, 0)
    offset = to_integer(arg(args, 1))
    if offset < 0:
        raise errors.range_error("offset is out of bounds")
    if target.is_out_of_bounds():
        raise errors.type_error("Cannot perform %s on a detached ArrayBuffer" % (P + "set"))
    n = target.array_length
    if isinstance(source, TypedArrayObject):                        # 23.2.3.26.1
        if source.is_out_of_bounds():
            raise errors.type_error("Cannot perform %s on a detached ArrayBuffer" % (P + "set"))
        if source.kind.bigint != target.kind.bigint:
            raise errors.type_error("Cannot mix BigInt and other types, use explicit conversions")
        count = source.array_length
        if offset == float("inf") or count + offset > n:
            raise errors.range_error("offset is out of bounds")
        values = [source.element_get(i) for i in range(count)]      # copy first: may overlap
        for i, v in enumerate(values):
            target.view[offset + i] = to_element_value(target.kind, v)
        return UNDEFINED
    src = to_object(source)                                         # 23.2.3.26.2
    count = length_of_array_like(src)
    if offset == float("inf") or count + offset > n:
        raise errors.range_error("offset is out of bounds")
    for i in range(count):
        v = src.get(str(i), src)
        target.element_set(offset + i, v)
    return UNDEFINED


def slice_(this, args):                                             # 23.2.3.27
    o = _valid(this, "slice")
    n = o.array_length
    start = _rel(args, 0, n, 0)
    end = _rel(args, 1, n, n)
    count = max(end - start, 0)
    a = typed_array_species_create(o, (count,), P + "slice")
    if count > 0:
        if o.is_out_of_bounds():
            raise errors.type_error("Cannot perform %s on a detached ArrayBuffer" % (P + "slice"))
        # The species constructor may have shrunk a resizable buffer.
        count = max(min(start + count, o.array_length) - start, 0)
        if a.kind is o.kind:
            size = o.kind.size
            src = o.buffer.data
            base = o.byte_offset + start * size
            dst = a.buffer.data
            target = a.byte_offset
            nbytes = count * size
            if dst is src and base < target < base + nbytes:
                # The spec copies byte by byte, forward: an overlapping
                # species result sees bytes it has already written.
                for k in range(nbytes):
                    dst[target + k] = src[base + k]
            else:
                dst[target: target + nbytes] = src[base: base + nbytes]
        else:
            for i in range(count):
                a.set(str(i), o.element_get(start + i), a)
    return a


def _compare_default(x, y):
    """The default TypedArray sort order: numeric, -0 before +0, NaN last."""
    if x != x:
        return 0 if y != y else 1
    if y != y:
        return -1
    if type(x) is JSBigInt:
        x, y = x.value, y.value
    if x < y:
        return -1
    if x > y:
        return 1
    if x == 0 and y == 0:
        import math
        sx, sy = math.copysign(1, x), math.copysign(1, y)
        return -1 if sx < sy else (1 if sx > sy else 0)
    return 0


def _sorted_values(o, comparefn):
    values = [o.element_get(k) for k in range(o.array_length)]
    if comparefn is UNDEFINED:
        return sorted(values, key=functools.cmp_to_key(_compare_default))

    def cmp(x, y):
        v = to_number(call(comparefn, UNDEFINED, (x, y)))
        if v != v:
            return 0
        return -1 if v < 0 else (1 if v > 0 else 0)
    return sorted(values, key=functools.cmp_to_key(cmp))


def sort(this, args):                                               # 23.2.3.29
    comparefn = arg(args, 0)
    if comparefn is not UNDEFINED and not is_callable(comparefn):
        raise errors.type_error("The comparison function must be either a function or undefined")
    o = _valid(this, "sort")
    for k, v in enumerate(_sorted_values(o, comparefn)):
        o.element_set(k, v)
    return o


def subarray(this, args):                                           # 23.2.3.30
    if not isinstance(this, TypedArrayObject):
        raise errors.type_error("this is not a typed array.")
    o = this
    n = o.array_length
    begin = _rel(args, 0, n, 0)
    end_arg = arg(args, 1)
    end = _rel(args, 1, n, n)
    count = max(end - begin, 0)
    offset = o.byte_offset + begin * o.kind.size
    if o.fixed_length is None and end_arg is UNDEFINED:
        # A length-tracking source gives a length-tracking subarray.
        return typed_array_species_create(o, (o.buffer, offset), P + "subarray")
    return typed_array_species_create(o, (o.buffer, offset, count), P + "subarray")


def to_locale_string(this, args):                                   # 23.2.3.31
    o = _valid(this, "toLocaleString")
    parts = []
    for k in range(o.array_length):
        v = o.element_get(k)
        if v is UNDEFINED:
            parts.append("")
        else:
            from minijs.runtime.operations import invoke
            parts.append(to_string(invoke(v, "toLocaleString")))
    return ",".join(parts)


# -- ES2023 copies (node 20 has them) ----------------------------------------------------

def to_reversed(this, args):
    o = _valid(this, "toReversed")
    n = o.array_length
    a = create_typed_array(o.kind, realms.current().intrinsics[o.kind.proto_intrinsic], n)
    for k in range(n):
        a.view[k] = o.view[n - 1 - k]
    return a


def to_sorted(this, args):
    comparefn = arg(args, 0)
    if comparefn is not UNDEFINED and not is_callable(comparefn):
        raise errors.type_error("The comparison function must be either a function or undefined")
    o = _valid(this, "toSorted")
    a = create_typed_array(o.kind, realms.current().intrinsics[o.kind.proto_intrinsic], o.array_length)
    for k, v in enumerate(_sorted_values(o, comparefn)):
        a.element_set(k, v)
    return a


def with_(this, args):
    o = _valid(this, "with")
    n = o.array_length
    rel = to_integer(arg(args, 0))
    index = rel if rel >= 0 else n + rel
    value = to_element_value(o.kind, arg(args, 1))
    if not o.is_valid_index(index):
        raise errors.range_error("Invalid typed array index")
    a = create_typed_array(o.kind, realms.current().intrinsics[o.kind.proto_intrinsic], n)
    for k in range(n):
        a.view[k] = value if k == index else o.view[k]
    return a


def _iteration(kind, name):
    def method(this, args):
        o = _valid(this, name)
        return ArrayIterator(realms.current().intrinsics["ArrayIteratorPrototype"], o, kind)
    return method


def install(realm, proto):
    define_accessor(realm, proto, "buffer", _getter("buffer", lambda o: o.buffer))
    define_accessor(realm, proto, "byteLength", _getter(
        "byteLength", lambda o: o.length() * o.kind.size))
    define_accessor(realm, proto, "byteOffset", _getter(
        "byteOffset", lambda o: 0 if o.is_out_of_bounds() else o.byte_offset))
    define_accessor(realm, proto, "length", _getter("length", lambda o: o.length()))
    # the JIT reads `length` natively while this getter is in place
    realm.intrinsics["TypedArrayLengthGetter"] = proto.get_own_property("length").get
    define_methods(realm, proto, [
        ("entries", _iteration("key+value", "entries"), 0),
        ("keys", _iteration("key", "keys"), 0),
    ])
    values = define_method(realm, proto, "values", _iteration("value", "values"), 0)
    define_methods(realm, proto, [
        ("at", at, 1), ("copyWithin", copy_within, 2), ("every", every, 1),
        ("fill", fill, 1), ("filter", filter_, 1), ("find", find, 1),
        ("findIndex", find_index, 1), ("findLast", find_last, 1),
        ("findLastIndex", find_last_index, 1), ("forEach", for_each, 1),
        ("includes", includes, 1), ("indexOf", index_of, 1), ("join", join, 1),
        ("lastIndexOf", last_index_of, 1), ("map", map_, 1), ("reverse", reverse, 0),
        ("reduce", _reduce("reduce", False), 1), ("reduceRight", _reduce("reduceRight", True), 1),
        ("set", set_, 1), ("slice", slice_, 2), ("some", some, 1), ("sort", sort, 1),
        ("subarray", subarray, 2), ("toLocaleString", to_locale_string, 0),
    ])
    array_proto = realm.intrinsics["ArrayPrototype"]
    define_value(proto, "toString", array_proto.get("toString"))
    define_methods(realm, proto, [
        ("toReversed", to_reversed, 0), ("toSorted", to_sorted, 1), ("with", with_, 2),
    ])
    define_value(proto, WELL_KNOWN.iterator, values)
    define_accessor(realm, proto, WELL_KNOWN.toStringTag, _tag)
    realm.intrinsics["TypedArrayPrototypeValues"] = values

