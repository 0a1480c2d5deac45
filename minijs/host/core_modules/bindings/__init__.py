"""Host functions for the core modules' JavaScript (`internalBinding(name)`
in lib/*.js): one module per binding, each with make_binding(host) -> a
JS object of native functions.  They take and return JS values only."""

from minijs.builtins.support import define_value, make_function
from minijs.runtime.objects import JSObject

__all__ = ["binding_object"]


def binding_object(realm, functions, values=()):
    """A plain object holding `functions` ((name, fn(this, args), length)
    triples) and `values` ((name, JS value) pairs)."""
    obj = JSObject(realm.intrinsics["ObjectPrototype"])
    for name, fn, length in functions:
        define_value(obj, name, make_function(realm, fn, name, length))
    for name, value in values:
        define_value(obj, name, value)
    return obj
