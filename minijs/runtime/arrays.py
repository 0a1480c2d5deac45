"""Array exotic objects (ECMA-262 10.4.2).

A JSArray is a JSObject (see objects.py for the storage invariants) whose
"length" own property is virtual: the int `length` and the bool
`length_writable` (it is never enumerable nor configurable).

Invariants:

* 0 <= length <= 2**32 - 1, an int; every array-index key present is
  < length.  Dense elements: len(elements) <= length, and a dense list
  never ends with HOLE (so len(elements) - 1 is the highest index).
* "length" is not in the shape; the fast paths and the prototype-chain
  loops of JSObject never see it (`exotic = True` makes them call the
  methods here), so a shape-based inline cache cannot store to it.
* A store far past the end (a[1e9] = 1) makes the elements sparse (a
  dict) instead of allocating holes; truncation deletes from the top and
  stops at the first non-configurable element, as ArraySetLength says.
* ToNumber for ArraySetLength is the module attribute `to_number`
  (replace it with the engine's abstract operation when that exists; the
  default here is complete for primitives and does ToPrimitive with hint
  number through the object model).
"""

import math

from minijs.runtime import errors
from minijs.runtime.calls import call
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.intconv import to_uint32
from minijs.runtime.objects import HOLE, JSObject
from minijs.runtime.ordinary import ordinary_define_own_property
from minijs.runtime.shapes import CONFIGURABLE, WEC, WRITABLE
from minijs.runtime.strtod import string_to_number
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, JSBigInt, JSSymbol, array_index,
    is_callable, is_primitive)

__all__ = [
    "JSArray", "MAX_ARRAY_LENGTH", "array_create", "create_array_from_list",
    "array_set_length", "to_number",
]

MAX_ARRAY_LENGTH = 2 ** 32 - 1

# (array, index) of the element whose deletion last stopped a truncation;
# only for wording the error the caller throws (V8: "Cannot delete ...").
_truncation_failure = [None, 0]


class JSArray(JSObject):
    """An Array exotic object (10.4.2)."""

    __slots__ = ("length", "length_writable")

    exotic = True
    class_name = "Array"

    def __init__(self, proto=NULL, length=0):
        JSObject.__init__(self, proto)
        self.length = length
        self.length_writable = True

    # -- internal methods --------------------------------------------------

    def get_own_property(self, key):
        """[[GetOwnProperty]]: ordinary, plus the virtual "length"."""
        if key == "length":
            return PropertyDescriptor(self.length, self.length_writable,
                                      None, None, False, False)
        return JSObject.get_own_property(self, key)

    def define_own_property(self, key, desc):
        """[[DefineOwnProperty]] (10.4.2.1)."""
        if key == "length":
            return array_set_length(self, desc)
        idx = array_index(key)
        if idx is not None:
            length = self.length
            if idx >= length and not self.length_writable:
                return False
            if not ordinary_define_own_property(self, key, desc):
                return False
            if idx >= length:
                self.length = idx + 1
            return True
        return ordinary_define_own_property(self, key, desc)

    def has_property(self, key):
        if key == "length":
            return True
        return JSObject.has_property(self, key)

    def get(self, key, receiver=None):
        if key == "length":
            return self.length
        return JSObject.get(self, key, receiver)

    def get_fast(self, key):
        if key == "length":
            return self.length
        return JSObject.get_fast(self, key)

    def set(self, key, value, receiver=None):
        """[[Set]]: OrdinarySet, with "length" found as an own data
        property here."""
        if key == "length":
            if not self.length_writable:
                return False
            if receiver is None or receiver is self:
                return array_set_length(self, PropertyDescriptor(value=value))
            if not isinstance(receiver, JSObject):
                return False
            return receiver._receive_set(key, value)
        return JSObject.set(self, key, value, receiver)

    def _receive_set(self, key, value):
        if key == "length":
            if not self.length_writable:
                return False
            return array_set_length(self, PropertyDescriptor(value=value))
        idx = array_index(key)
        if idx is not None and idx >= self.length:
            # CreateDataProperty -> ArrayDefineOwnProperty of a new index.
            if not self.length_writable or not self.extensible:
                return False
            self._add_element(idx, value, WEC)
            self.length = idx + 1
            return True
        return JSObject._receive_set(self, key, value)

    def set_index_fast(self, idx, value):
        """Store into an existing dense element, or append one at
        `length` when nothing on the prototype chain has elements."""
        el = self.elements
        if el is None:
            el = ()
        elif type(el) is not list:
            return False
        n = len(el)
        if idx < n:
            if el[idx] is HOLE:
                return False
            el[idx] = value
            return True
        # Append at the end of the storage: at `length` (growing it), or
        # into the hole just past the storage of a holey array (fill(),
        # loops over `new Array(n)`), when no prototype has elements that
        # could intercept the store.
        if (idx == n and self.extensible and (n < self.length or self.length_writable)
                and _no_elements_on_chain(self.proto)):
            if n == 0:
                self.elements = [value]
            else:
                el.append(value)
            if n == self.length:
                self.length = n + 1
            return True
        return False

    def delete(self, key):
        if key == "length":
            return False
        return JSObject.delete(self, key)

    def own_property_keys(self):
        """Indices ascending, "length" (created first), then the others."""
        keys = self._index_keys()
        keys.append("length")
        self._append_named_keys(keys)
        return keys

    # -- storage hooks -------------------------------------------------------

    def _write_own(self, key, flags, stored):
        if key == "length":
            self.length = stored
            self.length_writable = bool(flags & WRITABLE)
            return
        JSObject._write_own(self, key, flags, stored)

    def _truncate(self, new_len):
        """Delete the elements >= new_len from the top (ArraySetLength step
        15); returns None, or the index whose deletion failed."""
        el = self.elements
        if el is None:
            return None
        if type(el) is list:
            if len(el) > new_len:
                del el[new_len:]
                while el and el[-1] is HOLE:
                    el.pop()
            return None
        for i in sorted((i for i in el if i >= new_len), reverse=True):
            if not el[i][1] & CONFIGURABLE:
                return i
            del el[i]
        if not el:
            self.elements = None
        return None

    def _set_integrity_fast(self, frozen):
        self._apply_integrity(frozen)
        if frozen:
            self.length_writable = False
        return True

    def _failure_extra(self, key, for_set=False):
        failed = _truncation_failure
        if key == "length" and failed[0] is self:
            return errors.msg_cannot_delete(str(failed[1]), self)
        if for_set and self.extensible and not self.length_writable:
            idx = array_index(key)
            if idx is not None and idx >= self.length:
                return errors.msg_read_only("length", self)
        return None


def _no_elements_on_chain(p):
    """True when no object on the chain from `p` can have an index
    property (no elements, no exotic index behaviour)."""
    while p is not NULL:
        if p.elements or (p.exotic and not isinstance(p, JSArray)):
            return False
        p = p.proto
    return True


def array_create(length, proto=NULL):
    """ArrayCreate (10.4.2.2); RangeError past 2**32 - 1."""
    if length > MAX_ARRAY_LENGTH:
        raise errors.range_error(errors.MSG_INVALID_ARRAY_LENGTH)
    return JSArray(proto, length)


def create_array_from_list(values, proto=NULL):
    """CreateArrayFromList (7.3.17): a dense array of `values` (JS values;
    HOLE items stand for elisions)."""
    a = JSArray(proto, len(values))
    el = list(values)
    while el and el[-1] is HOLE:
        el.pop()
    if el:
        a.elements = el
    return a


def array_set_length(a, desc):
    """ArraySetLength (10.4.2.4), step for step (ToNumber twice, as the
    spec says: both conversions are observable)."""
    _truncation_failure[0] = None
    if desc.value is None:                                          # 1
        return ordinary_define_own_property(a, "length", desc)
    new_len_desc = desc.copy()                                      # 2
    new_len = to_uint32(to_number(desc.value))                      # 3
    number_len = to_number(desc.value)                              # 4
    if new_len != number_len:                                       # 5
        raise errors.range_error(errors.MSG_INVALID_ARRAY_LENGTH)
    new_len_desc.value = new_len                                    # 6
    old_len = a.length                                              # 7, 8
    if new_len >= old_len:                                          # 9
        return ordinary_define_own_property(a, "length", new_len_desc)
    if not a.length_writable:                                       # 10
        return False
    new_writable = new_len_desc.writable is not False               # 11, 12
    if not new_writable:
        new_len_desc.writable = True
    if not ordinary_define_own_property(a, "length", new_len_desc):  # 13, 14
        return False
    failed = a._truncate(new_len)                                   # 15
    if failed is not None:
        new_len_desc.value = failed + 1
        if not new_writable:
            new_len_desc.writable = False
        ordinary_define_own_property(a, "length", new_len_desc)
        _truncation_failure[0] = a
        _truncation_failure[1] = failed
        return False
    if not new_writable:                                            # 16
        ordinary_define_own_property(a, "length", PropertyDescriptor(writable=False))
    return True


# -- ToNumber until the abstract-operations module provides it ------------

def _to_primitive_number(obj):
    """ToPrimitive(obj, number) (7.1.1) with OrdinaryToPrimitive (7.1.1.1)."""
    exotic = obj.get(WELL_KNOWN.toPrimitive, obj)
    if exotic is not UNDEFINED and exotic is not NULL:
        if not is_callable(exotic):
            raise errors.type_error(
                "'%s' returned for property 'Symbol(Symbol.toPrimitive)' of "
                "object '%s' is not a function" % (
                    errors.display_value(exotic), errors.display_value(obj)))
        result = call(exotic, obj, ("number",))
        if is_primitive(result):
            return result
        raise errors.type_error("Cannot convert object to primitive value")
    for name in ("valueOf", "toString"):
        method = obj.get(name, obj)
        if is_callable(method):
            result = call(method, obj, ())
            if is_primitive(result):
                return result
    raise errors.type_error("Cannot convert object to primitive value")


def to_number(v):
    """ToNumber (7.1.4).  Module attribute: the engine may replace it."""
    t = type(v)
    if t is int or t is float:
        return v
    if t is bool:
        return 1 if v else 0
    if t is str:
        return string_to_number(v)
    if v is UNDEFINED:
        return math.nan
    if v is NULL:
        return 0
    if t is JSSymbol:
        raise errors.type_error("Cannot convert a Symbol value to a number")
    if t is JSBigInt:
        raise errors.type_error("Cannot convert a BigInt value to a number")
    return to_number(_to_primitive_number(v))
