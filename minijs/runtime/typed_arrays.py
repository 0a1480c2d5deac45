"""ArrayBuffer storage and typed arrays as integer-indexed exotic objects
(ECMA-262 25.1, 23.2, 10.4.5).

Storage: an ArrayBufferObject's [[ArrayBufferData]] is a Python
`bytearray` (`data`; None once detached).  A fixed-length buffer never
changes size, so its address is stable for the buffer's lifetime: native
code (the JIT) gets it with `buffer_address(buffer)` (ctypes
`from_buffer`, which also pins the bytearray against resizing) and loads
elements at `address + byte_offset + index * kind.size`, little-endian,
the layout of the kind's `fmt` (a struct/memoryview format char).  A
resizable buffer (ES2024 maxByteLength, or a growable SharedArrayBuffer)
resizes its bytearray in place, so its address may change on resize().

A TypedArrayObject reads and writes its elements through `view`, a
memoryview of its slice of the buffer cast to the element format, so an
element access is one index operation on native memory.  Every access
first checks `buffer.data is None` (detached: IsDetachedBuffer).

Invariants:

* `kind` is one of KINDS (name, element size, format, conversion);
  `byte_offset` is fixed at creation; `array_length` is the current
  TypedArrayLength: fixed on a fixed-length buffer, recomputed by
  refresh() on every resize of a resizable one (0 when out of bounds;
  `fixed_length` None marks a length-tracking array); `view` is None
  when the length is 0.
* Keys that are canonical numeric strings (7.1.21) never reach the
  ordinary storage of a typed array: the internal methods below answer
  them from the buffer, so the shape only holds other keys and the
  interpreter's shape-keyed inline caches stay valid for typed arrays.
"""

import ctypes
import math
import weakref

from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.dtoa import number_to_string
from minijs.runtime.intconv import to_int32, to_uint32
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import ordinary_define_own_property
from minijs.runtime.values import UNDEFINED, JSBigInt, array_index

__all__ = [
    "ArrayBufferObject", "SharedArrayBufferObject", "TypedArrayObject", "Kind", "KINDS", "KIND_BY_NAME",
    "buffer_address", "canonical_numeric_index", "to_big_int", "MAX_BYTE_LENGTH",
    "to_element_value", "from_element",
]

MAX_BYTE_LENGTH = 2 ** 32        # V8's kMaxByteLength on 64-bit hosts (4 GiB)


class ArrayBufferObject(JSObject):
    """An ArrayBuffer (25.1): `data` is the bytearray, None when detached.

    A resizable buffer (ES2024) has `max_byte_length` set; resize()
    changes the bytearray's size in place, which first releases the
    memoryviews of the typed arrays on it (`views`, a weak set) and then
    rebuilds them, so their lengths follow (a length-tracking array) or
    they go out of bounds.  (Its address can move on resize: native code
    must not keep it across JS calls.)"""

    __slots__ = ("data", "detach_key", "max_byte_length", "views")

    class_name = "ArrayBuffer"

    def __init__(self, proto, byte_length, max_byte_length=None):
        JSObject.__init__(self, proto)
        self.data = bytearray(byte_length)
        self.detach_key = UNDEFINED
        self.max_byte_length = max_byte_length
        self.views = None if max_byte_length is None else weakref.WeakSet()

    @property
    def detached(self):
        return self.data is None

    @property
    def resizable(self):
        return self.max_byte_length is not None

    def detach(self):
        """DetachArrayBuffer's effect (25.1.3.5): the bytes are released."""
        self.data = None
        if self.views is not None:
            for ta in list(self.views):
                ta.refresh()

    def resize(self, new_length):
        """HostResizeArrayBuffer: new bytes are zero."""
        views = list(self.views)
        for ta in views:
            ta.release_view()
        data = self.data
        if new_length < len(data):
            del data[new_length:]
        else:
            data.extend(bytes(new_length - len(data)))
        for ta in views:
            ta.refresh()


class SharedArrayBufferObject(ArrayBufferObject):
    """A SharedArrayBuffer (25.2): the same storage, never detached (one
    agent runs JS, so sharing needs no extra machinery)."""

    __slots__ = ()

    class_name = "SharedArrayBuffer"

    def detach(self):
        raise TypeError("a SharedArrayBuffer cannot be detached")


def buffer_address(buffer):
    """The address of the first byte of a (non-detached, non-empty) buffer,
    for native code."""
    data = buffer.data
    return ctypes.addressof((ctypes.c_char * len(data)).from_buffer(data))


# -- element conversions (7.1.6 - 7.1.11, 7.1.15 - 7.1.16) ---------------------

def _wrap(bits, signed):
    def convert(n):
        """ToIntN / ToUintN of a number value."""
        if type(n) is int:
            v = n & ((1 << bits) - 1)
        else:
            if n != n or n in (math.inf, -math.inf):
                return 0
            v = int(n) & ((1 << bits) - 1)
        if signed and v >= 1 << (bits - 1):
            v -= 1 << bits
        return v
    return convert


def _to_uint8_clamp(n):
    """ToUint8Clamp (7.1.12): round half to even, NaN to 0."""
    if n != n or n <= 0:
        return 0
    if n >= 255:
        return 255
    if type(n) is int:
        return n
    f = math.floor(n)
    if f + 0.5 < n:
        return f + 1
    if n < f + 0.5:
        return f
    return f + 1 if f % 2 else f


def _to_float32(n):
    return ctypes.c_float(n).value


def _to_float64(n):
    return float(n)


class Kind:
    """One TypedArray kind (Table 71): name, element size, memoryview
    format, and the conversion of a Number (or BigInt value) to the
    stored value."""

    __slots__ = ("name", "size", "fmt", "convert", "bigint", "ctor_intrinsic", "proto_intrinsic")

    def __init__(self, name, size, fmt, convert, bigint=False):
        self.name = name
        self.size = size
        self.fmt = fmt
        self.convert = convert
        self.bigint = bigint
        self.ctor_intrinsic = name
        self.proto_intrinsic = name + "Prototype"


KINDS = (
    Kind("Int8Array", 1, "b", _wrap(8, True)),
    Kind("Uint8Array", 1, "B", _wrap(8, False)),
    Kind("Uint8ClampedArray", 1, "B", _to_uint8_clamp),
    Kind("Int16Array", 2, "h", _wrap(16, True)),
    Kind("Uint16Array", 2, "H", _wrap(16, False)),
    Kind("Int32Array", 4, "i", lambda n: to_int32(n)),
    Kind("Uint32Array", 4, "I", lambda n: to_uint32(n)),
    Kind("Float32Array", 4, "f", _to_float32),
    Kind("Float64Array", 8, "d", _to_float64),
    Kind("BigInt64Array", 8, "q", _wrap(64, True), True),
    Kind("BigUint64Array", 8, "Q", _wrap(64, False), True),
)
KIND_BY_NAME = {k.name: k for k in KINDS}


def to_big_int(v):
    """ToBigInt (7.1.13), the BigInt family's (loaded on first use)."""
    from minijs.builtins.bigint import to_bigint
    return to_bigint(v)


def to_element_value(kind, v):
    """The numeric value stored for JS value `v` (ToNumber or ToBigInt,
    then the kind's conversion); runs JS code for objects."""
    if kind.bigint:
        return kind.convert(to_big_int(v).value)
    t = type(v)
    if t is not int and t is not float:
        from minijs.runtime.operations import to_number
        v = to_number(v)
    return kind.convert(v)


def from_element(kind, raw):
    """The JS value of a stored element."""
    if kind.bigint:
        return JSBigInt(raw)
    return raw


# -- CanonicalNumericIndexString (7.1.21) --------------------------------------

_NUMERIC_START = frozenset("0123456789-IN")


def canonical_numeric_index(key):
    """The Number a string key denotes when it is a canonical numeric
    string ("1", "-0", "1.5", "Infinity", "NaN", "1e+21"), else None.
    Symbols give None."""
    if type(key) is not str or key[:1] not in _NUMERIC_START:
        return None
    idx = array_index(key)
    if idx is not None:
        return idx
    if key == "-0":
        return -0.0
    from minijs.runtime.strtod import string_to_number
    n = string_to_number(key)
    s = str(n) if type(n) is int else number_to_string(n)
    return n if s == key else None


def _is_integral(n):
    return type(n) is int or (n == n and n not in (math.inf, -math.inf) and n == int(n))


class TypedArrayObject(JSObject):
    """An integer-indexed exotic object (10.4.5) of one Kind.

    `array_length` is the current TypedArrayLength (0 when out of bounds);
    on a resizable buffer it is recomputed by refresh() whenever the
    buffer resizes, from `fixed_length` (the [[ArrayLength]]; None for a
    length-tracking array, which follows the buffer's end)."""

    __slots__ = ("kind", "buffer", "byte_offset", "array_length", "view", "fixed_length",
                 "out_of_bounds")

    exotic = True

    def __init__(self, proto, kind, buffer, byte_offset, length):
        JSObject.__init__(self, proto)
        self.kind = kind
        self.buffer = buffer
        self.byte_offset = byte_offset
        self.fixed_length = length
        self.out_of_bounds = False
        self.view = None
        if buffer.max_byte_length is None:
            self.array_length = length
            if length:
                end = byte_offset + length * kind.size
                self.view = memoryview(buffer.data)[byte_offset:end].cast(kind.fmt)
        else:
            buffer.views.add(self)
            self.refresh()

    def release_view(self):
        if self.view is not None:
            self.view.release()
            self.view = None

    def refresh(self):
        """Recompute the length and the view after the buffer resized
        (or was detached): IsTypedArrayOutOfBounds / TypedArrayLength."""
        self.release_view()
        data = self.buffer.data
        if data is None:
            self.array_length = 0
            self.out_of_bounds = True
            return
        size = self.kind.size
        available = len(data) - self.byte_offset
        if self.fixed_length is None:
            length = available // size if available >= 0 else 0
            self.out_of_bounds = available < 0
        else:
            length = self.fixed_length
            self.out_of_bounds = available < length * size
            if self.out_of_bounds:
                length = 0
        self.array_length = length
        if length:
            end = self.byte_offset + length * size
            self.view = memoryview(data)[self.byte_offset:end].cast(self.kind.fmt)

    def is_out_of_bounds(self):
        """IsTypedArrayOutOfBounds (10.4.5.12), detached included."""
        return self.buffer.data is None or self.out_of_bounds

    @property
    def class_name(self):
        return self.kind.name

    # -- element access (10.4.5.14 - 10.4.5.16) ----------------------------------

    def length(self):
        """The current length: 0 once the buffer is detached."""
        return 0 if self.buffer.data is None else self.array_length

    def is_valid_index(self, index):
        """IsValidIntegerIndex (10.4.5.14) of a Number."""
        if self.buffer.data is None:
            return False
        if type(index) is int:
            return 0 <= index < self.array_length
        if not _is_integral(index) or (index == 0 and math.copysign(1.0, index) < 0):
            return False
        return 0 <= index < self.array_length

    def element_get(self, index):
        """IntegerIndexedElementGet (10.4.5.15): undefined when invalid."""
        if not self.is_valid_index(index):
            return UNDEFINED
        raw = self.view[int(index)]
        return JSBigInt(raw) if self.kind.bigint else raw

    def element_set(self, index, value):
        """IntegerIndexedElementSet (10.4.5.16): convert first (may run JS
        and detach the buffer), then store when the index is valid."""
        raw = to_element_value(self.kind, value)
        if self.is_valid_index(index):
            self.view[int(index)] = raw

    def get_index_fast(self, idx):
        """The interpreter's keyed-load fast path (idx an int >= 0)."""
        if idx < self.array_length and self.buffer.data is not None:
            raw = self.view[idx]
            return JSBigInt(raw) if self.kind.bigint else raw
        return None

    def set_index_fast(self, idx, value):
        """Keyed-store fast path: only numbers into a number kind (no JS
        code can run), else False (take the full path)."""
        t = type(value)
        if (t is int or t is float) and not self.kind.bigint \
                and idx < self.array_length and self.buffer.data is not None:
            self.view[idx] = self.kind.convert(value)
            return True
        return False

    # -- internal methods (10.4.5.1 - 10.4.5.7) ---------------------------------------

    def get_own_property(self, key):
        n = canonical_numeric_index(key)
        if n is None:
            return JSObject.get_own_property(self, key)
        value = self.element_get(n)
        if value is UNDEFINED:
            return None
        return PropertyDescriptor(value, True, None, None, True, True)

    def has_property(self, key):
        n = canonical_numeric_index(key)
        if n is None:
            return JSObject.has_property(self, key)
        return self.is_valid_index(n)

    def define_own_property(self, key, desc):
        n = canonical_numeric_index(key)
        if n is None:
            return ordinary_define_own_property(self, key, desc)
        if not self.is_valid_index(n):
            return False
        if desc.configurable is False or desc.enumerable is False:
            return False
        if desc.get is not None or desc.set is not None:
            return False
        if desc.writable is False:
            return False
        if desc.value is not None:
            self.element_set(n, desc.value)
        return True

    def get(self, key, receiver=None):
        n = canonical_numeric_index(key)
        if n is None:
            return JSObject.get(self, key, receiver)
        return self.element_get(n)

    def set(self, key, value, receiver=None):
        n = canonical_numeric_index(key)
        if n is None:
            return JSObject.set(self, key, value, receiver)
        if receiver is None or receiver is self:
            self.element_set(n, value)
            return True
        if not self.is_valid_index(n):
            return True
        # OrdinarySet with this element as the own (writable data)
        # descriptor: the receiver gets the value, the prototype chain
        # is never consulted.
        if not isinstance(receiver, JSObject):
            return False
        return receiver._receive_set(key, value)

    def _receive_set(self, key, value):
        from minijs.runtime.ordinary import receive_set_generic
        return receive_set_generic(self, key, value)

    def delete(self, key):
        n = canonical_numeric_index(key)
        if n is None:
            return JSObject.delete(self, key)
        return not self.is_valid_index(n)

    def own_property_keys(self):
        keys = [str(i) for i in range(self.length())]
        self._append_named_keys(keys)
        return keys

    def _set_integrity_fast(self, frozen):
        return False

    def _failure_extra(self, key, for_set=False):
        if canonical_numeric_index(key) is not None and not for_set:
            return "Cannot redefine property: %s" % key
        return None

