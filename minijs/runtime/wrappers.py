"""Primitive wrapper objects: what ToObject makes of a primitive.

* `PrimitiveWrapper` is a Boolean, Number, Symbol or BigInt object: an
  ordinary object with a [[BooleanData]] / [[NumberData]] / ... slot,
  here `primitive`.  `class_name` tells which (console.log shows
  `[Number: 3]`).
* `StringObject` is the String exotic object (10.4.3): read-only own
  index properties for each code unit and a read-only `length`.
"""

from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import ordinary_define_own_property, validate_and_apply_property_descriptor
from minijs.runtime.values import NULL, JSBigInt, JSSymbol, array_index

__all__ = ["PrimitiveWrapper", "StringObject", "wrap_primitive"]

_CLASS_NAMES = {bool: "Boolean", int: "Number", float: "Number",
                JSSymbol: "Symbol", JSBigInt: "BigInt"}


class PrimitiveWrapper(JSObject):
    """A Boolean, Number, Symbol or BigInt object."""

    __slots__ = ("primitive", "class_name")

    def __init__(self, primitive, proto=NULL):
        JSObject.__init__(self, proto)
        self.primitive = primitive
        self.class_name = _CLASS_NAMES[type(primitive)]


class StringObject(JSObject):
    """A String exotic object (10.4.3)."""

    __slots__ = ("primitive",)

    exotic = True
    class_name = "String"

    def __init__(self, value, proto=NULL):
        JSObject.__init__(self, proto)
        self.primitive = value

    def _string_property(self, key):
        """StringGetOwnProperty (10.4.3.5): a descriptor or None."""
        if key == "length":
            return PropertyDescriptor(len(self.primitive), False, None, None, False, False)
        idx = array_index(key)
        if idx is None or idx >= len(self.primitive):
            return None
        return PropertyDescriptor(self.primitive[idx], False, None, None, True, False)

    def get_own_property(self, key):
        if type(key) is str:
            desc = self._string_property(key)
            if desc is not None:
                return desc
        return JSObject.get_own_property(self, key)

    def define_own_property(self, key, desc):
        if type(key) is str:
            current = self._string_property(key)
            if current is not None:
                # IsCompatiblePropertyDescriptor(extensible, desc, current)
                return validate_and_apply_property_descriptor(None, key, self.extensible, desc, current)
        return ordinary_define_own_property(self, key, desc)

    def has_property(self, key):
        if type(key) is str and self._string_property(key) is not None:
            return True
        return JSObject.has_property(self, key)

    def get(self, key, receiver=None):
        if type(key) is str:
            desc = self._string_property(key)
            if desc is not None:
                return desc.value
        return JSObject.get(self, key, receiver)

    def get_fast(self, key):
        if key == "length":
            return len(self.primitive)
        return None

    def get_index_fast(self, idx):
        if idx < len(self.primitive):
            return self.primitive[idx]
        return None

    def set(self, key, value, receiver=None):
        if type(key) is str and self._string_property(key) is not None:
            return False
        return JSObject.set(self, key, value, receiver)

    def set_index_fast(self, idx, value):
        return False

    def delete(self, key):
        if type(key) is str and self._string_property(key) is not None:
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self):
        """String indices, then the other integer keys ascending, then
        `length`, then the other string keys and symbols (10.4.3.3)."""
        n = len(self.primitive)
        keys = [str(i) for i in range(n)]
        keys.extend(k for k in self._index_keys() if int(k) >= n)
        keys.append("length")
        self._append_named_keys(keys)
        return keys

    def display(self):
        return "[object String]"


def wrap_primitive(value, realm):
    """ToObject of a non-nullish primitive (7.1.18) in `realm`."""
    t = type(value)
    if t is str:
        return StringObject(value, realm.intrinsics["StringPrototype"])
    proto = realm.intrinsics[_CLASS_NAMES[t] + "Prototype"]
    return PrimitiveWrapper(value, proto)
