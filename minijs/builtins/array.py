"""The Array constructor and Array.prototype (ECMA-262 23.1).

This module installs the family: the constructor (call and construct
behave the same), Array.isArray / of / from, the Array[Symbol.species]
getter, Array.prototype (itself an Array exotic object of length 0) with
the methods defined in the sibling modules, Symbol.iterator (the same
function object as `values`), Symbol.unscopables, and the array
iterators.

Sibling modules, one concern each:
  array_common     helpers: ToObject with V8's messages, Set/Delete or
                   throw, ArraySpeciesCreate, the dense fast paths
  array_iteration  callback methods (forEach, map, filter, reduce, ...)
  array_search     indexOf, lastIndexOf, includes, at
  array_join       join, toString, toLocaleString (cycle detection)
  array_mutation   push, pop, shift, unshift, splice, reverse, fill, ...
  array_slice      concat, slice, toReversed, toSpliced, with
  array_sort       sort, toSorted
  array_iterator   %ArrayIteratorPrototype%, %IteratorPrototype%, and
                   the iterator protocol used by Array.from

Intrinsics registered: Array, ArrayPrototype, ArrayIteratorPrototype,
IteratorPrototype (if absent), ArrayPrototypeValues (%Array.prototype.values%,
also the @@iterator of arguments objects), ArrayIteratorPrototypeNext.
"""

from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.arrays import JSArray, array_create, create_array_from_list
from minijs.runtime.calls import call, construct
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import (
    get_prototype_from_constructor, get_v, is_array, length_of_array_like,
    to_object, to_uint32)
from minijs.runtime.ordinary import create_data_property, get_data_property
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, is_callable, is_constructor)

from minijs.builtins import (
    array_common, array_iteration, array_iterator, array_join, array_mutation,
    array_search, array_slice, array_sort)
from minijs.builtins.array_common import (
    MAX_SAFE_LENGTH, create_index, finish_plain_array, get_index,
    length_overflow, set_length)
from minijs.builtins.array_iterator import (
    ArrayIterator, get_iterator_from_method, iterator_close,
    iterator_step_value)
from minijs.builtins.support import (
    CONFIGURABLE, arg, define_accessor, define_method, define_methods,
    define_value, make_constructor)

__all__ = ["install"]

# Array.prototype's string keys in V8's order (node 20).
_PROTOTYPE_ORDER = (
    "at", "concat", "copyWithin", "fill", "find", "findIndex", "findLast",
    "findLastIndex", "lastIndexOf", "pop", "push", "reverse", "shift",
    "unshift", "slice", "sort", "splice", "includes", "indexOf", "join",
    "keys", "entries", "values", "forEach", "filter", "flat", "flatMap",
    "map", "every", "some", "reduce", "reduceRight", "toLocaleString",
    "toString", "toReversed", "toSorted", "toSpliced", "with",
)

# 23.1.3.38 Array.prototype[@@unscopables] (ES2023 list, node's order).
_UNSCOPABLES = (
    "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
    "findLastIndex", "flat", "flatMap", "includes", "keys", "values",
    "toReversed", "toSorted", "toSpliced",
)


# -- the constructor (23.1.1.1) ---------------------------------------------

def _array_construct(args, new_target):
    """Array(...values) with NewTarget `new_target`."""
    proto = get_prototype_from_constructor(new_target, "ArrayPrototype")
    if not args:
        return JSArray(proto, 0)
    if len(args) == 1:
        length = args[0]
        t = type(length)
        if t is int or t is float:
            int_len = to_uint32(length)
            if int_len != length:
                raise errors.range_error(errors.MSG_INVALID_ARRAY_LENGTH)
            return JSArray(proto, int_len)
        return create_array_from_list([length], proto)
    return create_array_from_list(args, proto)


def is_array_fn(this, args):
    """23.1.2.2 Array.isArray."""
    return is_array(arg(args, 0))


def array_of(this, args):
    """23.1.2.3 Array.of."""
    n = len(args)
    realm = realms.current()
    if this is realm.intrinsics["Array"]:
        return create_array_from_list(args, realm.intrinsics["ArrayPrototype"])
    if is_constructor(this):
        a = construct(this, (n,))
    else:
        a = array_create(n, realm.intrinsics["ArrayPrototype"])
    for k, v in enumerate(args):
        create_index(a, k, v)
    set_length(a, n)
    return a


class _Sink:
    """Where Array.from puts its values: a Python list when the result
    is a fresh plain array, CreateDataPropertyOrThrow otherwise."""

    __slots__ = ("array", "plain", "values")

    def __init__(self, array, plain):
        self.array = array
        self.plain = plain
        self.values = []

    def add(self, k, v):
        if self.plain:
            self.values.append(v)
        else:
            create_index(self.array, k, v)

    def finish(self, n):
        if self.plain:
            return finish_plain_array(self.array, self.values)
        set_length(self.array, n)
        return self.array


def _from_target(c, realm, args):
    """A = Construct(C, args) if C is a constructor, else ArrayCreate;
    (A, plain) as for array_species_create."""
    array_proto = realm.intrinsics["ArrayPrototype"]
    if c is realm.intrinsics["Array"] or not is_constructor(c):
        return array_create(args[0] if args else 0, array_proto), True
    return construct(c, args), False


def array_from(this, args):
    """23.1.2.1 Array.from (items, mapfn, thisArg)."""
    realm = realms.current()
    items = arg(args, 0)
    mapfn = arg(args, 1)
    this_arg = arg(args, 2)
    if mapfn is UNDEFINED:
        mapfn = None
    elif not is_callable(mapfn):
        raise errors.type_error("%s is not a function" % errors.display_value(mapfn))
    if items is UNDEFINED or items is NULL:
        raise errors.type_error(
            "%s is not iterable (cannot read property Symbol(Symbol.iterator))"
            % ("undefined" if items is UNDEFINED else "object null"))
    using_iterator = get_v(items, WELL_KNOWN.iterator)
    if using_iterator is NULL:
        using_iterator = UNDEFINED
    if using_iterator is not UNDEFINED:
        if not is_callable(using_iterator):
            raise errors.type_error(
                "%Array%.from requires that the property of the first argument, "
                "items[Symbol.iterator], when exists, be a function")
        a, plain = _from_target(this, realm, ())
        sink = _Sink(a, plain)
        if (type(items) is JSArray
                and using_iterator is realm.intrinsics["ArrayPrototypeValues"]
                and get_data_property(realm.intrinsics["ArrayIteratorPrototype"], "next")
                is realm.intrinsics["ArrayIteratorPrototypeNext"]):
            return _from_array_values(items, sink, mapfn, this_arg, realm)
        iterator, next_method = get_iterator_from_method(items, using_iterator)
        k = 0
        while True:
            if k >= MAX_SAFE_LENGTH:
                error = length_overflow()
                iterator_close(iterator)
                raise error
            done, v = iterator_step_value(iterator, next_method)
            if done:
                return sink.finish(k)
            try:
                if mapfn is not None:
                    v = call(mapfn, this_arg, (v, k))
                sink.add(k, v)
            except errors.JSThrow:
                iterator_close(iterator)
                raise
            k += 1
    array_like = to_object(items)
    n = length_of_array_like(array_like)
    a, plain = _from_target(this, realm, (n,))
    sink = _Sink(a, plain)
    for k in range(n):
        v = get_index(array_like, k)
        if mapfn is not None:
            v = call(mapfn, this_arg, (v, k))
        sink.add(k, v)
    return sink.finish(n)


def _from_array_values(items, sink, mapfn, this_arg, realm):
    """Array.from over an array whose iteration is the original
    %ArrayIteratorPrototype%.next: the same steps without allocating the
    result objects (the iterator itself exists for IteratorClose)."""
    iterator = ArrayIterator(realm.intrinsics["ArrayIteratorPrototype"], items, "value")
    k = 0
    while True:
        a = iterator.iterated
        if a is UNDEFINED or k >= a.length:
            iterator.iterated = UNDEFINED
            return sink.finish(k)
        iterator.index = k + 1
        v = get_index(a, k)
        try:
            if mapfn is not None:
                v = call(mapfn, this_arg, (v, k))
            sink.add(k, v)
        except errors.JSThrow:
            iterator_close(iterator)
            raise
        k += 1


def _species_getter(this, args):
    """23.1.2.5 get Array[@@species]."""
    return this


# -- installation ---------------------------------------------------------

def install(realm):
    intrinsics = realm.intrinsics
    proto = JSArray(intrinsics["ObjectPrototype"], 0)

    def array_call(this, args):
        return _array_construct(args, ctor)

    ctor = make_constructor(realm, "Array", 1, array_call, _array_construct, proto)
    array_common.ARRAY_CONSTRUCT = _array_construct
    define_methods(realm, ctor, [
        ("isArray", is_array_fn, 1), ("from", array_from, 1), ("of", array_of, 0),
    ])
    define_accessor(realm, ctor, WELL_KNOWN.species, getter=_species_getter)

    array_iterator.install_iterators(realm)

    object_to_string = intrinsics.get("ObjectProto_toString")
    if object_to_string is None:
        object_to_string = get_data_property(intrinsics["ObjectPrototype"], "toString")
    table = {"toString": (array_join.make_to_string(
        object_to_string if is_callable(object_to_string) else None), 0)}
    for module in (array_iteration, array_search, array_join, array_mutation,
                   array_slice, array_sort, array_iterator):
        table.update(module.METHODS)
    assert set(table) == set(_PROTOTYPE_ORDER), set(table) ^ set(_PROTOTYPE_ORDER)
    for name in _PROTOTYPE_ORDER:
        fn, length = table[name]
        define_method(realm, proto, name, fn, length)

    values_fn = proto.get_fast("values")
    intrinsics["ArrayPrototypeValues"] = values_fn
    define_value(proto, WELL_KNOWN.iterator, values_fn)

    unscopables = JSObject(NULL)
    for name in _UNSCOPABLES:
        create_data_property(unscopables, name, True)
    define_value(proto, WELL_KNOWN.unscopables, unscopables, CONFIGURABLE)
    return ctor
