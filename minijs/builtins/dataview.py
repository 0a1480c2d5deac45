"""DataView (ECMA-262 25.3): views of an ArrayBuffer with explicit byte
order, read and written with `struct` on the buffer's bytearray."""

import struct

from minijs.builtins.arraybuffer import to_index_or_throw
from minijs.builtins.class_support import define_tag, incompatible_receiver, requires_new
from minijs.builtins.support import arg, define_accessor, define_methods, make_constructor
from minijs.runtime import errors
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import get_prototype_from_constructor
from minijs.runtime.typed_arrays import KIND_BY_NAME, ArrayBufferObject, to_element_value
from minijs.runtime.values import UNDEFINED, JSBigInt, to_boolean

__all__ = ["install", "DataViewObject"]


class DataViewObject(JSObject):
    """`fixed_length` is the [[ByteLength]], None for a length-tracking
    view of a resizable buffer (ES2024)."""

    __slots__ = ("buffer", "byte_offset", "fixed_length")
    class_name = "DataView"

    def __init__(self, proto, buffer, byte_offset, byte_length):
        JSObject.__init__(self, proto)
        self.buffer = buffer
        self.byte_offset = byte_offset
        self.fixed_length = byte_length

    def view_byte_length(self):
        """GetViewByteLength, or None when IsViewOutOfBounds (detached too)."""
        data = self.buffer.data
        if data is None:
            return None
        available = len(data) - self.byte_offset
        if self.fixed_length is None:
            return available if available >= 0 else None
        return self.fixed_length if self.fixed_length <= available else None


def data_view_construct(args, new_target):                          # 25.3.2.1
    buffer = arg(args, 0)
    if not isinstance(buffer, ArrayBufferObject):
        raise errors.type_error("First argument to DataView constructor must be an ArrayBuffer")
    offset = to_index_or_throw(arg(args, 1), "Start offset %s is outside the bounds of the buffer"
                               % errors.display_value(arg(args, 1)))
    if buffer.data is None:
        raise errors.type_error("Cannot perform DataView constructor on a detached ArrayBuffer")
    buffer_length = len(buffer.data)
    if offset > buffer_length:
        raise errors.range_error("Start offset %d is outside the bounds of the buffer" % offset)
    length = arg(args, 2)
    if length is UNDEFINED:
        view_length = None if buffer.resizable else buffer_length - offset
    else:
        view_length = to_index_or_throw(length, "Invalid DataView length %s"
                                        % errors.display_value(length))
        if offset + view_length > buffer_length:
            raise errors.range_error("Invalid DataView length %d" % view_length)
    proto = get_prototype_from_constructor(new_target, "DataViewPrototype")
    if buffer.data is None:
        raise errors.type_error("Cannot perform DataView constructor on a detached ArrayBuffer")
    # The prototype lookup may have run JS that resized the buffer.
    buffer_length = len(buffer.data)
    if offset > buffer_length:
        raise errors.range_error("Start offset %d is outside the bounds of the buffer" % offset)
    if view_length is not None and offset + view_length > buffer_length:
        raise errors.range_error("Invalid DataView length %d" % view_length)
    return DataViewObject(proto, buffer, offset, view_length)


def _this_view(this, name):
    if type(this) is not DataViewObject:
        raise incompatible_receiver("DataView.prototype." + name, this)
    return this


def _getter(name, read):
    def getter(this, args):
        if type(this) is not DataViewObject:
            raise incompatible_receiver("get DataView.prototype." + name, this)
        if name != "buffer" and this.buffer.data is None:
            raise errors.type_error("Cannot perform DataView.prototype.%s on a detached ArrayBuffer"
                                    % name)
        return read(this)
    return getter


def _index(view, request, size):
    """GetViewValue / SetViewValue steps: the byte position, or RangeError."""
    index = to_index_or_throw(request, "Offset is outside the bounds of the DataView")
    return index


def _accessors(type_name):
    kind = KIND_BY_NAME[type_name + "Array"]
    fmt = kind.fmt
    size = kind.size

    def get(this, args):                                            # 25.3.1.5 GetViewValue
        view = _this_view(this, "get" + type_name)
        index = _index(view, arg(args, 0), size)
        little = to_boolean(arg(args, 1))
        if view.buffer.data is None:
            raise errors.type_error("Cannot perform DataView.prototype.get%s on a detached ArrayBuffer"
                                    % type_name)
        view_size = view.view_byte_length()
        if view_size is None:
            raise errors.type_error("Cannot perform DataView.prototype.get%s on an out of bounds "
                                    "DataView" % type_name)
        if index + size > view_size:
            raise errors.range_error("Offset is outside the bounds of the DataView")
        raw = struct.unpack_from(("<" if little else ">") + fmt, view.buffer.data,
                                 view.byte_offset + index)[0]
        return JSBigInt(raw) if kind.bigint else raw

    def set_(this, args):                                           # 25.3.1.6 SetViewValue
        view = _this_view(this, "set" + type_name)
        index = _index(view, arg(args, 0), size)
        raw = to_element_value(kind, arg(args, 1))
        little = to_boolean(arg(args, 2))
        if view.buffer.data is None:
            raise errors.type_error("Cannot perform DataView.prototype.set%s on a detached ArrayBuffer"
                                    % type_name)
        view_size = view.view_byte_length()
        if view_size is None:
            raise errors.type_error("Cannot perform DataView.prototype.set%s on an out of bounds "
                                    "DataView" % type_name)
        if index + size > view_size:
            raise errors.range_error("Offset is outside the bounds of the DataView")
        struct.pack_into(("<" if little else ">") + fmt, view.buffer.data, view.byte_offset + index, raw)
        return UNDEFINED

    return [("get" + type_name, get, 1), ("set" + type_name, set_, 2)]


def _checked_length(view):
    n = view.view_byte_length()
    if n is None:
        raise errors.type_error("Cannot perform DataView.prototype.byteLength on an out of "
                                "bounds DataView")
    return n


def _checked_offset(view):
    if view.view_byte_length() is None:
        raise errors.type_error("Cannot perform DataView.prototype.byteOffset on an out of "
                                "bounds DataView")
    return view.byte_offset


def install(realm):
    proto = JSObject(realm.intrinsics["ObjectPrototype"])
    make_constructor(realm, "DataView", 1, requires_new("DataView"), data_view_construct, proto)
    define_accessor(realm, proto, "buffer", _getter("buffer", lambda v: v.buffer))
    define_accessor(realm, proto, "byteLength", _getter("byteLength", _checked_length))
    define_accessor(realm, proto, "byteOffset", _getter("byteOffset", _checked_offset))
    for name in ("Int8", "Uint8", "Int16", "Uint16", "Int32", "Uint32", "Float32", "Float64",
                 "BigInt64", "BigUint64"):
        define_methods(realm, proto, _accessors(name))
    define_tag(proto, "DataView")
