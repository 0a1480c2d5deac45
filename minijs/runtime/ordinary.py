"""The ordinary internal-method algorithms of ECMA-262 10.1 as functions,
and the abstract operations on objects (7.3) the object model needs.

JSObject's methods call these; exotic objects call them for the keys they
treat ordinarily (as the spec's exotic algorithms call
OrdinaryDefineOwnProperty & co).  They work through the internal methods
and the storage hooks `_create_own` / `_update_own` (see objects.py), so
this module does not import objects.py.

Invariants: the algorithms are the spec's, step for step (step numbers in
comments); they return the spec's completion values (False for a refused
operation) and raise only JSThrow (through JS code they call, or the
*_or_throw helpers with node's messages).
"""

from minijs.runtime import errors
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.values import NULL, UNDEFINED, is_primitive, same_value

__all__ = [
    "ordinary_set_prototype_of", "ordinary_define_own_property",
    "is_compatible_property_descriptor",
    "validate_and_apply_property_descriptor", "create_data_property",
    "create_data_property_or_throw", "define_property_or_throw",
    "delete_property_or_throw", "receive_set_generic", "get_data_property",
    "set_failure_error", "set_failure_message", "define_failure_message",
]


def ordinary_set_prototype_of(o, v):
    """OrdinarySetPrototypeOf (10.1.2.1): refuses a change of a
    non-extensible object and a cycle (the walk stops at an object whose
    [[GetPrototypeOf]] is not ordinary, i.e. a proxy)."""
    current = o.proto
    if v is current:
        return True
    if not o.extensible:
        return False
    p = v
    while p is not NULL:
        if p is o:
            return False
        if p.is_proxy:
            break
        p = p.proto
    o.proto = v
    return True


def ordinary_define_own_property(o, key, desc):
    """OrdinaryDefineOwnProperty (10.1.6.1)."""
    current = o.get_own_property(key)
    return validate_and_apply_property_descriptor(o, key, o.is_extensible(), desc, current)


def is_compatible_property_descriptor(extensible, desc, current):
    """IsCompatiblePropertyDescriptor (10.1.6.2)."""
    return validate_and_apply_property_descriptor(None, "", extensible, desc, current)


def validate_and_apply_property_descriptor(o, key, extensible, desc, current):
    """ValidateAndApplyPropertyDescriptor (10.1.6.3), step for step.
    `o` None is the spec's undefined (validate only); `current` None is
    undefined, else a complete descriptor of the existing property.
    Applying goes through the object's storage hooks `_create_own` and
    `_update_own`, which exotic objects override for virtual properties."""
    if current is None:                                             # 2
        if not extensible:
            return False
        if o is not None:
            o._create_own(key, desc)
        return True
    if desc.is_empty():                                             # 4
        return True
    if current.configurable is False:                               # 5
        if desc.configurable is True:
            return False
        if desc.enumerable is not None and desc.enumerable is not current.enumerable:
            return False
        desc_is_accessor = desc.get is not None or desc.set is not None
        current_is_accessor = current.get is not None
        if not desc.is_generic() and desc_is_accessor != current_is_accessor:
            return False
        if current_is_accessor:
            if desc.get is not None and not same_value(desc.get, current.get):
                return False
            if desc.set is not None and not same_value(desc.set, current.set):
                return False
        elif current.writable is False:
            if desc.writable is True:
                return False
            if desc.value is not None:                              # 5.e.iii
                return same_value(desc.value, current.value)
    if o is not None:                                               # 6
        o._update_own(key, desc, current)
    return True


# -- abstract operations on objects the object model itself needs (7.3) ---

def create_data_property(o, key, value):
    """CreateDataProperty (7.3.5)."""
    return o.define_own_property(key, PropertyDescriptor(value, True, None, None, True, True))


def create_data_property_or_throw(o, key, value):
    """CreateDataPropertyOrThrow (7.3.7)."""
    if not create_data_property(o, key, value):
        raise errors.type_error(errors.msg_define_not_extensible(key)
                                if o.get_own_property(key) is None
                                else errors.msg_redefine(key))
    return True


def define_property_or_throw(o, key, desc):
    """DefinePropertyOrThrow (7.3.8), with V8's messages."""
    if not o.define_own_property(key, desc):
        raise errors.type_error(define_failure_message(o, key))
    return True


def define_failure_message(o, key):
    """Why `o.[[DefineOwnProperty]](key, ...)` just returned false, as V8
    words it (a proxy gives its own reason without running traps)."""
    message = o._failure_extra(key)
    if message is not None:
        return message
    if o.get_own_property(key) is None:
        return errors.msg_define_not_extensible(key)
    return errors.msg_redefine(key)


def delete_property_or_throw(o, key):
    """DeletePropertyOrThrow (7.3.10)."""
    if not o.delete(key):
        raise errors.type_error(errors.msg_cannot_delete(key, o))
    return True


def receive_set_generic(receiver, key, value):
    """OrdinarySetWithOwnDescriptor (10.1.9.2) steps 2.c - 2.e as the spec
    writes them, through the receiver's internal methods."""
    existing = receiver.get_own_property(key)
    if existing is not None:
        if existing.get is not None or existing.set is not None:
            return False
        if not existing.writable:
            return False
        return receiver.define_own_property(key, PropertyDescriptor(value=value))
    return create_data_property(receiver, key, value)


def get_data_property(o, key):
    """V8's JSReceiver::GetDataProperty: the value of a data property
    found on the prototype chain, UNDEFINED when absent or an accessor;
    never runs JS code (stops at proxies)."""
    while o is not NULL and not o.is_proxy:
        desc = o.get_own_property(key)
        if desc is not None:
            return UNDEFINED if desc.value is None else desc.value
        o = o.proto
    return UNDEFINED


def set_failure_error(o, key, receiver=None):
    """The TypeError (a JSThrow, to raise) that strict code throws when
    `o.[[Set]](key, v, receiver)` returned false, worded as node words
    it.  `receiver` defaults to `o` and may be a primitive (then `o` is
    its wrapper object)."""
    return errors.type_error(set_failure_message(o, key, receiver))


def set_failure_message(o, key, receiver=None):
    """The message of set_failure_error.  Works out the reason by looking
    again, without running JS code."""
    if receiver is None:
        receiver = o
    p = o
    while p is not NULL and not p.is_proxy:
        desc = p.get_own_property(key)
        if desc is not None:
            if desc.get is not None:
                if desc.set is UNDEFINED:
                    return errors.msg_getter_only(key, receiver)
            elif not desc.writable:
                return errors.msg_read_only(key, receiver)
            break
        p = p.proto
    if is_primitive(receiver):
        return errors.msg_cannot_create_on_primitive(key, receiver)
    if receiver is not o and not receiver.is_proxy:
        desc = receiver.get_own_property(key)
        if desc is not None:
            if desc.get is not None:
                return errors.msg_getter_only(key, receiver)
            if not desc.writable:
                return errors.msg_read_only(key, receiver)
    message = receiver._failure_extra(key, True)
    if message is not None:
        return message
    if receiver.get_own_property(key) is None and not receiver.is_extensible():
        return errors.msg_not_extensible_add(key)
    return errors.msg_read_only(key, receiver)
