"""%TypedArray% and the eleven TypedArray constructors (ECMA-262 23.2):
construction from a length, an ArrayBuffer, another typed array, an
iterable or an array-like; TypedArraySpeciesCreate; the statics `from`
and `of`.  The prototype methods are typed_array_methods.py; the exotic
object and its storage are minijs/runtime/typed_arrays.py."""

from minijs.builtins.arraybuffer import allocate_array_buffer, to_index_or_throw
from minijs.builtins.class_support import define_species, requires_new
from minijs.builtins.iterable import iterable_to_list
from minijs.builtins.support import (
    CONSTANT_FLAGS, arg, define_methods, define_value, make_constructor)
from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.calls import call, construct
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import (
    get_method, get_prototype_from_constructor, length_of_array_like,
    species_constructor)
from minijs.runtime.typed_arrays import (
    KINDS, ArrayBufferObject, TypedArrayObject, to_element_value)
from minijs.runtime.values import UNDEFINED, WELL_KNOWN, is_callable, is_constructor

__all__ = ["install", "validate_typed_array", "typed_array_species_create",
           "typed_array_create", "create_typed_array"]


def validate_typed_array(o, method):
    """ValidateTypedArray (23.2.4.4): a typed array whose buffer is not
    detached, else V8's TypeError."""
    if not isinstance(o, TypedArrayObject):
        raise errors.type_error("this is not a typed array.")
    if o.buffer.data is None or o.out_of_bounds:
        raise errors.type_error("Cannot perform %s on a detached ArrayBuffer" % method)
    return o


def create_typed_array(kind, proto, length):
    """AllocateTypedArray with a fresh buffer of `length` elements."""
    buffer = allocate_array_buffer(None, length * kind.size)
    return TypedArrayObject(proto, kind, buffer, 0, length)


def typed_array_create(ctor, args, method):
    """TypedArrayCreate (23.2.4.2): Construct, validate, check the length."""
    new = construct(ctor, args)
    validate_typed_array(new, method)
    if len(args) == 1 and type(args[0]) in (int, float) and new.array_length < args[0]:
        raise errors.type_error("Derived TypedArray constructor created an array which was too small")
    return new


def typed_array_species_create(exemplar, args, method):
    """TypedArraySpeciesCreate (23.2.4.1)."""
    default = realms.current().intrinsics[exemplar.kind.ctor_intrinsic]
    ctor = species_constructor(exemplar, default)
    result = typed_array_create(ctor, args, method)
    if result.kind.bigint != exemplar.kind.bigint:
        raise errors.type_error("Content type of the species constructor does not match")
    return result


def _from_buffer(kind, proto, buffer, byte_offset, length):
    """InitializeTypedArrayFromArrayBuffer (23.2.5.1.3)."""
    size = kind.size
    offset = to_index_or_throw(byte_offset, "Start offset %s is outside the bounds of the buffer"
                               % errors.display_value(byte_offset))
    if offset % size:
        raise errors.range_error("start offset of %s should be a multiple of %d" % (kind.name, size))
    new_length = None
    if length is not UNDEFINED:
        new_length = to_index_or_throw(length, "Invalid typed array length: %s"
                                       % errors.display_value(length))
    if buffer.data is None:
        raise errors.type_error("Cannot perform Construct on a detached ArrayBuffer")
    buffer_length = len(buffer.data)
    if new_length is None and buffer.max_byte_length is not None:
        if offset > buffer_length:      # a length-tracking view of a resizable buffer
            raise errors.range_error("Start offset %d is outside the bounds of the buffer" % offset)
        return TypedArrayObject(proto, kind, buffer, offset, None)
    if new_length is None:
        if buffer_length % size:
            raise errors.range_error("byte length of %s should be a multiple of %d" % (kind.name, size))
        if offset > buffer_length:
            raise errors.range_error("Start offset %d is outside the bounds of the buffer" % offset)
        new_length = (buffer_length - offset) // size
    elif offset + new_length * size > buffer_length:
        raise errors.range_error("Invalid typed array length: %d" % new_length)
    return TypedArrayObject(proto, kind, buffer, offset, new_length)


def _fill_from_values(ta, values):
    """Set(O, Pk, value, true) on a fresh typed array is its
    IntegerIndexedElementSet."""
    for i, v in enumerate(values):
        ta.element_set(i, v)


def _constructor(kind):
    def construct_(args, new_target):                               # 23.2.5.1
        first = arg(args, 0)
        if not isinstance(first, JSObject):
            length = to_index_or_throw(first, "Invalid typed array length: %s"
                                       % errors.display_value(first))
            proto = get_prototype_from_constructor(new_target, kind.proto_intrinsic)
            return create_typed_array(kind, proto, length)
        proto = get_prototype_from_constructor(new_target, kind.proto_intrinsic)
        if isinstance(first, TypedArrayObject):                     # 23.2.5.1.2
            if first.buffer.data is None or first.out_of_bounds:
                raise errors.type_error("Cannot perform Construct on a detached ArrayBuffer")
            if first.kind.bigint != kind.bigint:
                raise errors.type_error("Cannot mix BigInt and other types, use explicit conversions")
            n = first.array_length
            ta = create_typed_array(kind, proto, n)
            for i in range(n):
                ta.view[i] = to_element_value(kind, first.element_get(i))
            return ta
        if isinstance(first, ArrayBufferObject):
            return _from_buffer(kind, proto, first, arg(args, 1), arg(args, 2))
        using_iterator = get_method(first, WELL_KNOWN.iterator)
        if using_iterator is not UNDEFINED:                         # 23.2.5.1.4
            values = iterable_to_list(first)
            ta = create_typed_array(kind, proto, len(values))
            _fill_from_values(ta, values)
            return ta
        n = length_of_array_like(first)                            # 23.2.5.1.5
        ta = create_typed_array(kind, proto, n)
        for i in range(n):
            ta.element_set(i, first.get(str(i), first))
        return ta
    return construct_


# -- %TypedArray% statics (23.2.2) -------------------------------------------------

def _abstract(this, args):
    raise errors.type_error("Abstract class TypedArray not directly constructable")


def typed_array_from(this, args):                                   # 23.2.2.1
    c = this
    if not is_constructor(c):
        raise errors.type_error("%s is not a constructor" % errors.display_value(c))
    mapfn = arg(args, 1)
    this_arg = arg(args, 2)
    if mapfn is not UNDEFINED and not is_callable(mapfn):
        raise errors.type_error("%s is not a function" % errors.display_value(mapfn))
    source = arg(args, 0)
    using_iterator = get_method(source, WELL_KNOWN.iterator)
    if using_iterator is not UNDEFINED:
        values = iterable_to_list(source)
        target = typed_array_create(c, (len(values),), "%TypedArray%.from")
        for k, v in enumerate(values):
            if mapfn is not UNDEFINED:
                v = call(mapfn, this_arg, (v, k))
            target.set(str(k), v, target)
        return target
    from minijs.runtime.operations import to_object
    array_like = to_object(source)
    n = length_of_array_like(array_like)
    target = typed_array_create(c, (n,), "%TypedArray%.from")
    for k in range(n):
        v = array_like.get(str(k), array_like)
        if mapfn is not UNDEFINED:
            v = call(mapfn, this_arg, (v, k))
        target.set(str(k), v, target)
    return target


def typed_array_of(this, args):                                     # 23.2.2.2
    if not is_constructor(this):
        raise errors.type_error("%s is not a constructor" % errors.display_value(this))
    new = typed_array_create(this, (len(args),), "%TypedArray%.of")
    for k, v in enumerate(args):
        new.set(str(k), v, new)
    return new


def install(realm):
    from minijs.builtins import typed_array_methods
    intrinsics = realm.intrinsics
    proto = JSObject(intrinsics["ObjectPrototype"])
    abstract = make_constructor(realm, "TypedArray", 0, _abstract,
                                lambda args, nt: _abstract(None, args), proto, global_name=False)
    define_methods(realm, abstract, [("of", typed_array_of, 0), ("from", typed_array_from, 1)])
    define_species(realm, abstract)
    typed_array_methods.install(realm, proto)
    for kind in KINDS:
        kproto = JSObject(proto)
        ctor = make_constructor(realm, kind.name, 3, requires_new(kind.name), _constructor(kind), kproto)
        ctor.proto = abstract
        define_value(ctor, "BYTES_PER_ELEMENT", kind.size, CONSTANT_FLAGS)
        define_value(kproto, "BYTES_PER_ELEMENT", kind.size, CONSTANT_FLAGS)
