"""Throwing JS values from Python, and V8's wording for object-model errors.

Invariants:

* A JS `throw` (by the program or by the engine) travels through Python
  as `JSThrow`, whose `value` is the thrown JS value; no other Python
  exception may reach a JS program (DESIGN habit 10).
* `type_error` / `range_error` (and `make_error`) are the ONLY places that
  build the engine's own error objects.  Until the Error built-ins exist
  they make a plain object with own `name` and `message` data properties
  (non-enumerable, like the real ones); later they will create instances
  of the realm's %TypeError% / %RangeError%.
* Message texts are node's (V8's message templates); the helpers below
  are the single place that spells them.  Values are shown the way V8's
  Object::NoSideEffectsToString shows them (`display_value`): it never
  calls JS code.
"""

import weakref
from minijs.runtime.values import (
    NULL, UNDEFINED, JSBigInt, JSSymbol, key_to_display)

__all__ = [
    "JSThrow", "make_error", "type_error", "range_error", "reference_error",
    "syntax_error", "ERROR_FACTORY", "display_value",
    "register_object_to_string", "is_object_to_string", "msg_class_call", "msg_read_only",
    "msg_not_extensible_add",
    "msg_getter_only", "msg_cannot_delete", "msg_redefine",
    "msg_define_not_extensible", "msg_object_not_extensible",
    "msg_cannot_create_on_primitive", "MSG_CYCLIC_PROTO",
    "MSG_INVALID_ARRAY_LENGTH",
]


class JSThrow(Exception):
    """A JS exception in flight; `value` is the thrown JS value."""

    def __init__(self, value):
        super().__init__(value)
        self.value = value

    def __str__(self):
        v = self.value
        from minijs.runtime.objects import JSObject
        if isinstance(v, JSObject):
            name = v.get_fast("name")
            message = v.get_fast("message")
            if type(name) is str and type(message) is str:
                return "%s: %s" % (name, message) if message else name
        return "Uncaught " + display_value(v)


# Set by minijs.builtins.error: factory(realm, name, message) -> a real
# error instance of the running realm (with its JS stack captured).
ERROR_FACTORY = None


def make_error(name, message):
    """The error object the engine throws for a `name` error (TypeError,
    RangeError, ...) with `message`: an instance of the running realm's
    constructor once the Error built-ins are installed."""
    if ERROR_FACTORY is not None:
        from minijs.runtime.realm import current
        realm = current()
        if realm is not None and name in realm.intrinsics:
            return ERROR_FACTORY(realm, name, message)
    from minijs.runtime.descriptors import PropertyDescriptor
    from minijs.runtime.objects import JSObject
    obj = JSObject(NULL)
    obj.define_own_property("name", PropertyDescriptor(name, True, None, None, False, True))
    obj.define_own_property("message", PropertyDescriptor(message, True, None, None, False, True))
    return obj


def type_error(message):
    """A JSThrow carrying a new TypeError; use as `raise type_error(...)`."""
    return JSThrow(make_error("TypeError", message))


def range_error(message):
    """A JSThrow carrying a new RangeError; use as `raise range_error(...)`."""
    return JSThrow(make_error("RangeError", message))


def reference_error(message):
    """A JSThrow carrying a new ReferenceError."""
    return JSThrow(make_error("ReferenceError", message))


def syntax_error(message):
    """A JSThrow carrying a new SyntaxError."""
    return JSThrow(make_error("SyntaxError", message))


# -- showing values in messages (V8: Object::NoSideEffectsToString) -------

# Weak: a built-in function holds its realm, which must not outlive its use.
_OBJECT_TO_STRING = weakref.WeakSet()


def register_object_to_string(fn):
    """Tell the message formatter that `fn` is a realm's
    %Object.prototype.toString% (V8 prints such objects as #<Ctor>)."""
    _OBJECT_TO_STRING.add(fn)


def is_object_to_string(fn):
    try:
        return fn in _OBJECT_TO_STRING
    except TypeError:           # not weak-referenceable: not a function
        return False


def display_value(v):
    """A JS value as V8 shows it inside a message, without running JS
    code: strings raw, numbers as ToString (so -0 is "0"), BigInts without
    the "n", symbols as Symbol(desc), objects via their `display()`."""
    t = type(v)
    if t is str:
        return v
    if t is bool:
        return "true" if v else "false"
    if t is int:
        return str(v)
    if t is float:
        from minijs.runtime.dtoa import number_to_string
        return number_to_string(v)
    if v is UNDEFINED:
        return "undefined"
    if v is NULL:
        return "null"
    if t is JSSymbol:
        return v.descriptive_string()
    if t is JSBigInt:
        return str(v.value)
    return v.display()


def _kind(v):
    from minijs.runtime.values import type_of
    return type_of(v)


def msg_class_call(name):
    """[[Call]] of a class constructor (or a host class that only `new`
    makes)."""
    return "Class constructor %s cannot be invoked without 'new'" % name


def msg_read_only(key, obj):
    """Strict-mode [[Set]] failure on a non-writable data property; `obj`
    (the receiver) may be a primitive: "... of string 'abc'"."""
    return "Cannot assign to read only property '%s' of %s '%s'" % (
        key_to_display(key), _kind(obj), display_value(obj))


def msg_not_extensible_add(key):
    """Strict-mode [[Set]] failure adding to a non-extensible object."""
    return "Cannot add property %s, object is not extensible" % key_to_display(key)


def msg_getter_only(key, obj):
    """Strict-mode [[Set]] failure on an accessor without a setter."""
    return "Cannot set property %s of %s which has only a getter" % (
        key_to_display(key), display_value(obj))


def msg_cannot_delete(key, obj):
    """Strict-mode delete / DeletePropertyOrThrow failure (a proxy whose
    trap refused says so)."""
    if getattr(obj, "is_proxy", False):
        message = obj.delete_failure_message(key)
        if message is not None:
            return message
    return "Cannot delete property '%s' of %s" % (key_to_display(key), display_value(obj))


def msg_redefine(key):
    """DefinePropertyOrThrow failure on an existing property."""
    return "Cannot redefine property: %s" % key_to_display(key)


def msg_define_not_extensible(key):
    """DefinePropertyOrThrow failure adding to a non-extensible object."""
    return "Cannot define property %s, object is not extensible" % key_to_display(key)


def msg_object_not_extensible(obj):
    """Object.setPrototypeOf failure on a non-extensible object."""
    return "%s is not extensible" % display_value(obj)


def msg_cannot_create_on_primitive(key, value):
    """Strict-mode assignment of a new property on a primitive."""
    from minijs.runtime.values import type_of
    return "Cannot create property '%s' on %s '%s'" % (
        key_to_display(key), type_of(value), display_value(value))


MSG_CYCLIC_PROTO = "Cyclic __proto__ value"
MSG_INVALID_ARRAY_LENGTH = "Invalid array length"
