"""Typed array storage (minijs/runtime/typed_arrays.py): native code can
read the elements through the buffer's address; canonical numeric keys."""

import ctypes
import math

from minijs.runtime.objects import JSObject
from minijs.runtime.typed_arrays import (
    KIND_BY_NAME, ArrayBufferObject, TypedArrayObject, buffer_address,
    canonical_numeric_index)
from minijs.runtime.values import NULL


def test_native_code_sees_the_elements_at_the_buffer_address():
    buf = ArrayBufferObject(NULL, 32)
    ta = TypedArrayObject(JSObject(NULL), KIND_BY_NAME["Float64Array"], buf, 8, 3)
    ta.element_set(0, 1.5)
    ta.element_set(2, -2.0)
    base = buffer_address(buf)
    native = (ctypes.c_double * 3).from_address(base + ta.byte_offset)
    assert list(native) == [1.5, 0.0, -2.0]
    native[1] = 7.25                     # a native store is seen by JS reads
    assert ta.element_get(1) == 7.25


def test_canonical_numeric_index():
    assert canonical_numeric_index("12") == 12
    assert math.copysign(1.0, canonical_numeric_index("-0")) < 0
    assert canonical_numeric_index("1.5") == 1.5
    assert canonical_numeric_index("Infinity") == math.inf
    assert canonical_numeric_index("01") is None
    assert canonical_numeric_index("1e3") is None     # ToString(1000) is "1000"
    assert canonical_numeric_index("foo") is None
