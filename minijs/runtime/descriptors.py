"""The Property Descriptor specification type (ECMA-262 6.2.6).

A PropertyDescriptor has the six optional fields [[Value]], [[Writable]],
[[Get]], [[Set]], [[Enumerable]], [[Configurable]] as the attributes
value, writable, get, set, enumerable, configurable.

Invariants:

* An absent field is Python None (never a JS value, so never ambiguous);
  a present field holds a JS value (value), a bool (writable, enumerable,
  configurable) or UNDEFINED / a callable object (get, set).
* The "Property Descriptor or undefined" of the spec is a descriptor or
  None.
* Descriptors are plain records: internal methods build a fresh one per
  [[GetOwnProperty]] and never keep the caller's.
"""

from minijs.runtime.values import (
    UNDEFINED, is_callable, is_primitive, same_value, to_boolean)

__all__ = [
    "PropertyDescriptor", "data_descriptor", "accessor_descriptor",
    "is_accessor_descriptor", "is_data_descriptor", "is_generic_descriptor",
    "from_property_descriptor", "to_property_descriptor",
    "complete_property_descriptor",
]


class PropertyDescriptor:
    """A Property Descriptor record (6.2.6); absent fields are None."""

    __slots__ = ("value", "writable", "get", "set", "enumerable", "configurable")

    def __init__(self, value=None, writable=None, get=None, set=None,
                 enumerable=None, configurable=None):
        self.value = value
        self.writable = writable
        self.get = get
        self.set = set
        self.enumerable = enumerable
        self.configurable = configurable

    def is_accessor(self):
        """IsAccessorDescriptor (6.2.6.1) of a present descriptor."""
        return self.get is not None or self.set is not None

    def is_data(self):
        """IsDataDescriptor (6.2.6.2) of a present descriptor."""
        return self.value is not None or self.writable is not None

    def is_generic(self):
        """IsGenericDescriptor (6.2.6.3) of a present descriptor."""
        return not self.is_accessor() and not self.is_data()

    def is_empty(self):
        """True when no field is present (ValidateAndApply step 4)."""
        return (self.value is None and self.writable is None
                and self.get is None and self.set is None
                and self.enumerable is None and self.configurable is None)

    def copy(self):
        return PropertyDescriptor(self.value, self.writable, self.get,
                                  self.set, self.enumerable, self.configurable)

    def fields(self):
        """The present fields as a dict (field name -> value)."""
        return {name: getattr(self, name) for name in self.__slots__
                if getattr(self, name) is not None}

    def __eq__(self, other):
        """Field-wise equality, values compared with SameValue."""
        if not isinstance(other, PropertyDescriptor):
            return NotImplemented
        for name in self.__slots__:
            a = getattr(self, name)
            b = getattr(other, name)
            if (a is None) != (b is None):
                return False
            if a is not None and not same_value(a, b):
                return False
        return True

    __hash__ = None

    def __repr__(self):
        return "PropertyDescriptor(%s)" % ", ".join(
            "%s=%r" % item for item in self.fields().items())


def data_descriptor(value, writable=True, enumerable=True, configurable=True):
    """A complete data descriptor (defaults: a plain assignment's)."""
    return PropertyDescriptor(value, writable, None, None, enumerable, configurable)


def accessor_descriptor(get=UNDEFINED, set=UNDEFINED, enumerable=True,
                        configurable=True):
    """A complete accessor descriptor (defaults: an object literal's)."""
    return PropertyDescriptor(None, None, get, set, enumerable, configurable)


def is_accessor_descriptor(desc):
    """IsAccessorDescriptor (6.2.6.1); None (undefined) gives False."""
    return desc is not None and (desc.get is not None or desc.set is not None)


def is_data_descriptor(desc):
    """IsDataDescriptor (6.2.6.2); None (undefined) gives False."""
    return desc is not None and (desc.value is not None or desc.writable is not None)


def is_generic_descriptor(desc):
    """IsGenericDescriptor (6.2.6.3); None (undefined) gives False."""
    return desc is not None and desc.is_generic()


def from_property_descriptor(desc, new_object):
    """FromPropertyDescriptor (6.2.6.4): a new object with a data property
    per present field, in the order value, writable, get, set, enumerable,
    configurable.  `new_object()` returns the empty ordinary object to
    fill (OrdinaryObjectCreate(%Object.prototype%) of the current realm).
    None (undefined) gives UNDEFINED."""
    if desc is None:
        return UNDEFINED
    from minijs.runtime.ordinary import create_data_property_or_throw
    obj = new_object()
    for name in PropertyDescriptor.__slots__:
        v = getattr(desc, name)
        if v is not None:
            create_data_property_or_throw(obj, name, v)
    return obj


def to_property_descriptor(obj, to_boolean=to_boolean):
    """ToPropertyDescriptor (6.2.6.5).  Observable order: HasProperty then
    Get of enumerable, configurable, value, writable, get, set.  Throws
    (JSThrow of a TypeError) with V8's messages.  `to_boolean` is the
    ToBoolean conversion to use (the default is exact)."""
    from minijs.runtime import errors
    if is_primitive(obj):
        raise errors.type_error(
            "Property description must be an object: " + errors.display_value(obj))
    desc = PropertyDescriptor()
    if obj.has_property("enumerable"):
        desc.enumerable = to_boolean(obj.get("enumerable", obj))
    if obj.has_property("configurable"):
        desc.configurable = to_boolean(obj.get("configurable", obj))
    if obj.has_property("value"):
        desc.value = obj.get("value", obj)
    if obj.has_property("writable"):
        desc.writable = to_boolean(obj.get("writable", obj))
    if obj.has_property("get"):
        getter = obj.get("get", obj)
        if getter is not UNDEFINED and not is_callable(getter):
            raise errors.type_error(
                "Getter must be a function: " + errors.display_value(getter))
        desc.get = getter
    if obj.has_property("set"):
        setter = obj.get("set", obj)
        if setter is not UNDEFINED and not is_callable(setter):
            raise errors.type_error(
                "Setter must be a function: " + errors.display_value(setter))
        desc.set = setter
    if (desc.get is not None or desc.set is not None) and (
            desc.value is not None or desc.writable is not None):
        raise errors.type_error(
            "Invalid property descriptor. Cannot both specify accessors and "
            "a value or writable attribute, " + errors.display_value(obj))
    return desc


def complete_property_descriptor(desc):
    """CompletePropertyDescriptor (6.2.6.6): fill absent fields with their
    defaults, in place; returns `desc`."""
    if desc.is_generic() or desc.is_data():
        if desc.value is None:
            desc.value = UNDEFINED
        if desc.writable is None:
            desc.writable = False
    else:
        if desc.get is None:
            desc.get = UNDEFINED
        if desc.set is None:
            desc.set = UNDEFINED
    if desc.enumerable is None:
        desc.enumerable = False
    if desc.configurable is None:
        desc.configurable = False
    return desc
