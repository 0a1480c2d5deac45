"""SharedArrayBuffer (ECMA-262 25.2).  minijs runs one agent, so a shared
buffer is a plain byte store that can never be detached; it shares the
ArrayBuffer storage model (minijs/runtime/typed_arrays.py), which lets
typed arrays and DataViews view it unchanged.  A growable shared buffer
(ES2024, maxByteLength) grows like a resizable ArrayBuffer."""

from minijs.builtins.arraybuffer import (
    allocate_array_buffer, max_byte_length_option, to_index_or_throw)
from minijs.builtins.class_support import (
    define_species, define_tag, incompatible_receiver, requires_new)
from minijs.builtins.support import arg, define_accessor, define_methods, make_constructor
from minijs.runtime import errors
from minijs.runtime.calls import construct
from minijs.runtime.intconv import relative_index
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import species_constructor, to_number
from minijs.runtime.typed_arrays import SharedArrayBufferObject
from minijs.runtime.values import UNDEFINED

__all__ = ["install"]


def shared_array_buffer_construct(args, new_target):                # 25.2.3.1
    length = to_index_or_throw(arg(args, 0), "Invalid array buffer length")
    max_length = max_byte_length_option(arg(args, 1))
    return allocate_array_buffer(new_target, length, "SharedArrayBufferPrototype",
                                 max_length, SharedArrayBufferObject)


def _sab_getter(name, read):
    def getter(this, args):
        if type(this) is not SharedArrayBufferObject:
            raise incompatible_receiver("get SharedArrayBuffer.prototype." + name, this)
        return read(this)
    return getter


def grow(this, args):                                               # 25.2.5.3
    if type(this) is not SharedArrayBufferObject or this.max_byte_length is None:
        raise incompatible_receiver("SharedArrayBuffer.prototype.grow", this)
    new_length = to_index_or_throw(arg(args, 0), "Invalid array buffer length")
    if new_length > this.max_byte_length:
        raise errors.range_error("SharedArrayBuffer.prototype.grow: Invalid length parameter")
    if new_length < len(this.data):
        raise errors.range_error("SharedArrayBuffer.prototype.grow: Invalid length parameter")
    this.resize(new_length)
    return UNDEFINED


def byte_length_getter(this, args):                                 # 25.2.5.2
    if type(this) is not SharedArrayBufferObject:
        raise incompatible_receiver("get SharedArrayBuffer.prototype.byteLength", this)
    return len(this.data)


def _integer_arg(args, i):
    v = arg(args, i)
    return None if v is UNDEFINED else to_number(v)


def slice_(this, args):                                             # 25.2.5.6
    from minijs.runtime import realm as realms
    if type(this) is not SharedArrayBufferObject:
        raise incompatible_receiver("SharedArrayBuffer.prototype.slice", this)
    n = len(this.data)
    first = relative_index(_integer_arg(args, 0), n)
    final = n if arg(args, 1) is UNDEFINED else relative_index(_integer_arg(args, 1), n)
    new_len = max(final - first, 0)
    ctor = species_constructor(this, realms.current().intrinsics["SharedArrayBuffer"])
    new = construct(ctor, (new_len,))
    if type(new) is not SharedArrayBufferObject:
        raise errors.type_error("Method SharedArrayBuffer.prototype.slice called on incompatible "
                                "receiver " + errors.display_value(new))
    if new is this:
        raise errors.type_error("SharedArrayBuffer subclass returned this from species constructor")
    if len(new.data) < new_len:
        raise errors.type_error("Species constructor returned a too-small buffer")
    count = max(0, min(new_len, len(this.data) - first))
    new.data[0:count] = this.data[first:first + count]
    return new


def install(realm):
    proto = JSObject(realm.intrinsics["ObjectPrototype"])
    ctor = make_constructor(realm, "SharedArrayBuffer", 1, requires_new("SharedArrayBuffer"),
                            shared_array_buffer_construct, proto)
    define_species(realm, ctor)
    define_accessor(realm, proto, "byteLength", byte_length_getter)
    define_methods(realm, proto, [("grow", grow, 1)])
    define_accessor(realm, proto, "growable", _sab_getter(
        "growable", lambda o: o.max_byte_length is not None))
    define_accessor(realm, proto, "maxByteLength", _sab_getter(
        "maxByteLength", lambda o: len(o.data) if o.max_byte_length is None else o.max_byte_length))
    define_methods(realm, proto, [("slice", slice_, 2)])
    define_tag(proto, "SharedArrayBuffer")
