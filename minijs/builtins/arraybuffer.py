"""ArrayBuffer (ECMA-262 25.1) and DetachArrayBuffer.  The storage model
(a bytearray that native code can address) is in
minijs/runtime/typed_arrays.py.  Resizable buffers (ES2024) are not here."""

from minijs.builtins.class_support import (
    define_species, define_tag, incompatible_receiver, requires_new)
from minijs.builtins.support import arg, define_accessor, define_methods, make_constructor
from minijs.runtime import errors
from minijs.runtime.intconv import NumberRangeError, relative_index, to_index
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import (
    get_prototype_from_constructor, species_constructor, to_number)
from minijs.runtime.calls import construct
from minijs.runtime.typed_arrays import (
    MAX_BYTE_LENGTH, ArrayBufferObject, TypedArrayObject)
from minijs.runtime.values import UNDEFINED, same_value

__all__ = ["install", "allocate_array_buffer", "detach_array_buffer", "to_index_or_throw"]


def to_index_or_throw(v, message):
    """ToIndex (7.1.22) with V8's RangeError text for the caller."""
    try:
        return to_index(None if v is UNDEFINED else to_number(v), message)
    except NumberRangeError:
        raise errors.range_error(message) from None


def allocate_array_buffer(new_target, byte_length, default_proto="ArrayBufferPrototype"):
    """AllocateArrayBuffer (25.1.3.1): prototype first, then the bytes."""
    proto = get_prototype_from_constructor(new_target, default_proto)
    if byte_length > MAX_BYTE_LENGTH:
        raise errors.range_error("Array buffer allocation failed")
    return ArrayBufferObject(proto, byte_length)


def detach_array_buffer(buffer, key=UNDEFINED):
    """DetachArrayBuffer (25.1.3.5) (the test262 host's $262.detachArrayBuffer)."""
    if type(buffer) is not ArrayBufferObject:       # shared buffers cannot be detached
        raise errors.type_error("detachArrayBuffer: not an ArrayBuffer")
    if not same_value(buffer.detach_key, key):
        raise errors.type_error("detachArrayBuffer: wrong key")
    buffer.detach()
    return UNDEFINED


def _this_buffer(this, name):
    if type(this) is not ArrayBufferObject:
        raise incompatible_receiver("ArrayBuffer.prototype." + name, this)
    return this


def array_buffer_construct(args, new_target):                       # 25.1.4.1
    length = to_index_or_throw(arg(args, 0), "Invalid array buffer length")
    return allocate_array_buffer(new_target, length)


def is_view(this, args):                                            # 25.1.5.1
    v = arg(args, 0)
    from minijs.builtins.dataview import DataViewObject
    return isinstance(v, (TypedArrayObject, DataViewObject))


def byte_length_getter(this, args):                                 # 25.1.6.1
    if type(this) is not ArrayBufferObject:
        raise incompatible_receiver("get ArrayBuffer.prototype.byteLength", this)
    return 0 if this.data is None else len(this.data)


def slice_(this, args):                                             # 25.1.6.6
    from minijs.runtime import realm as realms
    o = _this_buffer(this, "slice")
    if o.data is None:
        raise errors.type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
    n = len(o.data)
    first = relative_index(_integer_arg(args, 0), n)
    end = arg(args, 1)
    final = n if end is UNDEFINED else relative_index(_integer_arg(args, 1), n)
    new_len = max(final - first, 0)
    ctor = species_constructor(o, realms.current().intrinsics["ArrayBuffer"])
    new = construct(ctor, (new_len,))
    if type(new) is not ArrayBufferObject:
        raise errors.type_error("Method ArrayBuffer.prototype.slice called on incompatible receiver "
                                + errors.display_value(new))
    if new.data is None:
        raise errors.type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
    if new is o:
        raise errors.type_error("ArrayBuffer subclass returned this from species constructor")
    if len(new.data) < new_len:
        raise errors.type_error("Species constructor returned a too-small buffer")
    if o.data is None:
        raise errors.type_error("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
    new.data[0:new_len] = o.data[first:first + new_len]
    return new


def _integer_arg(args, i):
    v = arg(args, i)
    return None if v is UNDEFINED else to_number(v)


def install(realm):
    proto = JSObject(realm.intrinsics["ObjectPrototype"])
    ctor = make_constructor(realm, "ArrayBuffer", 1, requires_new("ArrayBuffer"),
                            array_buffer_construct, proto)
    define_methods(realm, ctor, [("isView", is_view, 1)])
    define_species(realm, ctor)
    define_accessor(realm, proto, "byteLength", byte_length_getter)
    define_methods(realm, proto, [("slice", slice_, 2)])
    define_tag(proto, "ArrayBuffer")
