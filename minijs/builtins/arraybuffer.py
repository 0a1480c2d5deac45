"""ArrayBuffer (ECMA-262 25.1) and DetachArrayBuffer, with the ES2024
additions: resizable buffers (maxByteLength, resize) and transfer.  The
storage model (a bytearray that native code can address) is in
minijs/runtime/typed_arrays.py."""

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


def allocate_array_buffer(new_target, byte_length, default_proto="ArrayBufferPrototype",
                          max_byte_length=None, cls=ArrayBufferObject):
    """AllocateArrayBuffer (25.1.3.1): prototype first, then the bytes;
    `max_byte_length` makes it resizable."""
    if max_byte_length is not None and byte_length > max_byte_length:
        raise errors.range_error("Invalid array buffer max length")
    proto = get_prototype_from_constructor(new_target, default_proto)
    if byte_length > MAX_BYTE_LENGTH or (max_byte_length or 0) > MAX_BYTE_LENGTH:
        raise errors.range_error("Array buffer allocation failed")
    return cls(proto, byte_length, max_byte_length)


def max_byte_length_option(options):
    """GetArrayBufferMaxByteLengthOption (25.1.3.7): None for "empty"."""
    if not isinstance(options, JSObject):
        return None
    v = options.get("maxByteLength", options)
    if v is UNDEFINED:
        return None
    return to_index_or_throw(v, "Invalid array buffer max length")


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
    max_length = max_byte_length_option(arg(args, 1))
    return allocate_array_buffer(new_target, length, max_byte_length=max_length)


def is_view(this, args):                                            # 25.1.5.1
    v = arg(args, 0)
    from minijs.builtins.dataview import DataViewObject
    return isinstance(v, (TypedArrayObject, DataViewObject))


def byte_length_getter(this, args):                                 # 25.1.6.1
    if type(this) is not ArrayBufferObject:
        raise incompatible_receiver("get ArrayBuffer.prototype.byteLength", this)
    return 0 if this.data is None else len(this.data)


def _buffer_getter(name, read):
    def getter(this, args):
        if type(this) is not ArrayBufferObject:
            raise incompatible_receiver("get ArrayBuffer.prototype." + name, this)
        return read(this)
    return getter


def _max_byte_length(o):                                            # 25.1.6.4
    if o.data is None:
        return 0
    return len(o.data) if o.max_byte_length is None else o.max_byte_length


def resize(this, args):                                             # 25.1.6.7
    o = _this_buffer(this, "resize")
    if o.max_byte_length is None:
        raise errors.type_error("Method ArrayBuffer.prototype.resize called on incompatible "
                                "receiver " + errors.display_value(o))
    new_length = to_index_or_throw(arg(args, 0), "Invalid array buffer length")
    if o.data is None:
        raise errors.type_error("Cannot perform ArrayBuffer.prototype.resize on a detached ArrayBuffer")
    if new_length > o.max_byte_length:
        raise errors.range_error("ArrayBuffer.prototype.resize: Invalid length parameter")
    o.resize(new_length)
    return UNDEFINED


def _transfer(preserve_resizability, name):
    def method(this, args):                                         # 25.1.6.8 / 25.1.6.9
        o = _this_buffer(this, name)
        new_length = arg(args, 0)
        if new_length is UNDEFINED:
            new_byte_length = 0 if o.data is None else len(o.data)
        else:
            new_byte_length = to_index_or_throw(new_length, "Invalid array buffer length")
        if o.data is None:
            raise errors.type_error("Cannot perform ArrayBuffer.prototype.%s on a detached "
                                    "ArrayBuffer" % name)
        new_max = o.max_byte_length if preserve_resizability else None
        if o.detach_key is not UNDEFINED:
            raise errors.type_error("Cannot perform ArrayBuffer.prototype.%s on a "
                                    "non-detachable ArrayBuffer" % name)
        from minijs.runtime import realm as realms
        new = allocate_array_buffer(realms.current().intrinsics["ArrayBuffer"],
                                    new_byte_length, max_byte_length=new_max)
        n = min(new_byte_length, len(o.data))
        new.data[0:n] = o.data[0:n]
        o.detach()
        return new
    return method


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
    # A resizable O may have shrunk while the species constructor ran.
    count = max(0, min(new_len, len(o.data) - first))
    new.data[0:count] = o.data[first:first + count]
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
    define_accessor(realm, proto, "detached", _buffer_getter("detached", lambda o: o.data is None))
    define_accessor(realm, proto, "maxByteLength", _buffer_getter("maxByteLength", _max_byte_length))
    define_accessor(realm, proto, "resizable", _buffer_getter(
        "resizable", lambda o: o.max_byte_length is not None))
    define_methods(realm, proto, [
        ("resize", resize, 1), ("slice", slice_, 2),
        ("transfer", _transfer(True, "transfer"), 0),
        ("transferToFixedLength", _transfer(False, "transferToFixedLength"), 0),
    ])
    define_tag(proto, "ArrayBuffer")
