"""What native code needs to know about CPython objects and the engine's
Python objects: field offsets, type objects, C-API functions, and the
shared status cells (V8's isolate fields that generated code reads).

Offsets of `__slots__` fields are found by probing real instances (the
field whose stored pointer is the attribute's id), not assumed, so a
different CPython build fails loudly at start-up of the JIT instead of
reading the wrong word.
"""

import ctypes
import sys

from minijs.interpreter.frame import Context
from minijs.runtime.objects import JSObject

__all__ = ["LAYOUT", "STATUS", "NATIVE_FRAMES", "CAPI_FUNCTIONS", "address_of", "STATUS_OK",
           "STATUS_EXCEPTION", "STATUS_BOXED"]

# status cell values after a native call returns
STATUS_OK = 0
STATUS_EXCEPTION = 1    # a Python exception is set: unwind to the entry
STATUS_BOXED = 2        # the result is in the boxed cell (it had another type)

# The C-API functions native code calls (resolved by name in LLVM).
CAPI_FUNCTIONS = ("PyLong_FromLong", "PyFloat_FromDouble", "PyObject_Vectorcall", "_Py_Dealloc",
                  "PyList_Append")


def address_of(obj):
    """The address of a Python object (CPython: its id)."""
    return id(obj)


def _field_offset(instance, attribute):
    target = id(getattr(instance, attribute))
    base = id(instance)
    for offset in range(16, 256, 8):
        if ctypes.c_void_p.from_address(base + offset).value == target:
            return offset
    raise RuntimeError("cannot find the field %s of %s" % (attribute, type(instance).__name__))


class _Layout:
    def __init__(self):
        if sys.implementation.name != "cpython" or sys.maxsize != 2 ** 63 - 1:
            raise RuntimeError("the JIT needs 64-bit CPython")
        probe = Context([object()], None, None)
        self.context_slots = _field_offset(probe, "slots")
        obj = JSObject()
        obj.slots = [object()]
        self.object_shape = _field_offset(obj, "shape")
        self.object_slots = _field_offset(obj, "slots")
        obj.proto = JSObject()
        self.object_proto = _field_offset(obj, "proto")
        obj.extensible = object()           # (a value no other field holds, for the probe)
        self.object_extensible = _field_offset(obj, "extensible")
        self._typed_array_fields()
        self.list_items = 24            # PyListObject.ob_item
        self.ob_type = 8
        self.long_size = 16             # PyVarObject.ob_size (sign and digit count)
        self.long_digit0 = 24           # first 30-bit digit
        self.float_value = 16           # PyFloatObject.ob_fval
        self.long_type = id(int)
        self.float_type = id(float)
        self.bool_type = id(bool)
        self.object_type = id(JSObject)
        self.true = id(True)
        self.false = id(False)
        self._check()

    def _typed_array_fields(self):
        from minijs.runtime.typed_arrays import (ArrayBufferObject, KIND_BY_NAME,
                                                 TypedArrayObject, buffer_address)
        buf = ArrayBufferObject(None, 16)
        ta = TypedArrayObject(None, KIND_BY_NAME["Float64Array"], buf, 0, 2)
        self.typed_array_type = id(TypedArrayObject)
        self.typed_array_kind = _field_offset(ta, "kind")
        self.typed_array_view = _field_offset(ta, "view")
        self.typed_array_buffer = _field_offset(ta, "buffer")
        buf.max_byte_length = object()       # (only for the probe)
        self.buffer_data = _field_offset(buf, "data")
        self.buffer_max_byte_length = _field_offset(buf, "max_byte_length")
        # memoryview: its Py_buffer starts with `void *buf`, then `obj`, then `len`
        address = buffer_address(buf)
        for offset in range(16, 128, 8):
            if ctypes.c_void_p.from_address(id(ta.view) + offset).value == address:
                self.memoryview_buf = offset
                self.memoryview_len = offset + 16
                break
        else:
            raise RuntimeError("cannot find a memoryview's buffer pointer")
        if ctypes.c_ssize_t.from_address(id(ta.view) + self.memoryview_len).value != 16:
            raise RuntimeError("unexpected memoryview layout")
        self.none = id(None)
        from minijs.runtime.arrays import JSArray
        from minijs.runtime.objects import HOLE
        arr = JSArray(None, 1)
        arr.elements = [object()]
        self.array_type = id(JSArray)
        self.object_elements = _field_offset(arr, "elements")
        arr.length = 12345678
        self.array_length = _field_offset(arr, "length")
        arr.length_writable = object()      # (a value no other field holds, for the probe)
        self.array_length_writable = _field_offset(arr, "length_writable")
        self.list_type = id(list)
        self.list_size = 16                 # PyVarObject.ob_size
        self.hole = id(HOLE)

    def _check(self):
        x = 12345
        digit = ctypes.c_uint32.from_address(id(x) + self.long_digit0).value
        size = ctypes.c_ssize_t.from_address(id(x) + self.long_size).value
        f = 2.5
        fv = ctypes.c_double.from_address(id(f) + self.float_value).value
        items = ctypes.c_void_p.from_address(id([f]) + self.list_items)
        if (digit, size, fv) != (12345, 1, 2.5) or items.value is None:
            raise RuntimeError("unexpected CPython object layout")


class _Status:
    """Cells shared by all native code: the status after a call, the boxed
    result that came with STATUS_BOXED and the interrupt budget
    (interrupt.py)."""

    def __init__(self):
        self.cells = (ctypes.c_int64 * 3)()
        self.status_address = ctypes.addressof(self.cells)
        self.boxed_address = self.status_address + 8
        self.interrupt_budget_address = self.status_address + 16

    def reset(self):
        self.cells[0] = 0


class _NativeFrames:
    """What native code records of its activations for stack traces (V8
    walks optimized frames with their safepoint tables; native code here
    has none): slot `room` holds (frame info address, bytecode offset of
    the call in progress), written at each native call site and before an
    interrupt check (which a profiler's tick may interrupt); a root entry
    writes 0 into the slot above its own, which ends the walk."""

    SIZE = 1 << 16

    def __init__(self):
        self.cells = (ctypes.c_int64 * (2 * self.SIZE))()
        self.address = ctypes.addressof(self.cells)

    def chain(self, room):
        """(frame info address, bytecode offset) of each activation
        recorded from slot `room` outwards, innermost first, up to the 0
        that ends the chain."""
        cells = self.cells
        r = room
        while 0 <= r < self.SIZE:
            info = cells[2 * r]
            if not info:
                return
            yield info, cells[2 * r + 1]
            r += 1


LAYOUT = _Layout()
STATUS = _Status()
NATIVE_FRAMES = _NativeFrames()
