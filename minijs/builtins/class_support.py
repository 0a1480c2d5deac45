"""Helpers for built-in classes whose instances carry internal slots
(Map, Set, WeakMap, ArrayBuffer, typed arrays, ...): V8's messages for a
missing `new`, a wrong receiver and a non-callable callback, the
@@species getter and @@toStringTag.
"""

from minijs.builtins.support import CONFIGURABLE, define_accessor, define_value
from minijs.runtime import errors
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, JSBigInt, JSSymbol, is_callable

__all__ = ["requires_new", "incompatible_receiver", "callable_value_message",
           "require_callable", "define_species", "define_tag"]


def requires_new(name):
    """The [[Call]] of a constructor that must be called with `new`."""
    def call(this, args):
        raise errors.type_error("Constructor %s requires 'new'" % name)
    return call


def incompatible_receiver(method, this):
    """The JSThrow for `method` applied to the wrong kind of `this`."""
    return errors.type_error("Method %s called on incompatible receiver %s"
                             % (method, errors.display_value(this)))


def callable_value_message(v):
    """How V8's builtins show a non-callable value: its typeof and, for
    primitives that print, the value ("number 1 is not a function")."""
    t = type(v)
    if v is UNDEFINED:
        return "undefined"
    if v is NULL:
        return "object null"
    if t is bool:
        return "boolean " + ("true" if v else "false")
    if t is int or t is float:
        return "number " + errors.display_value(v)
    if t is str:
        return 'string "%s"' % v
    if t is JSSymbol:
        return "symbol"
    if t is JSBigInt:
        return "bigint"
    return "function" if v.callable else "object"


def require_callable(v):
    """`v` when callable, else V8's "X is not a function" TypeError."""
    if not is_callable(v):
        raise errors.type_error("%s is not a function" % callable_value_message(v))
    return v


def _species_getter(this, args):
    return this


def define_species(realm, ctor):
    """get C[@@species]() { return this } (e.g. 24.1.2.2)."""
    define_accessor(realm, ctor, WELL_KNOWN.species, _species_getter)


def define_tag(proto, tag):
    """C.prototype[@@toStringTag] = tag: non-writable, configurable."""
    define_value(proto, WELL_KNOWN.toStringTag, tag, CONFIGURABLE)
