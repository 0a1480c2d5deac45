"""node's own errors (lib/internal/errors.js): a JS error with an
enumerable `code` property and a stack whose header reads
"TypeError [ERR_CODE]: message", as node's NodeError makes them."""

from minijs.builtins.support import define_value
from minijs.runtime import errors
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import NULL, UNDEFINED, type_of

__all__ = ["node_error", "invalid_arg_type", "received"]


def node_error(kind, code, message):
    """A JSThrow carrying a `kind` error (TypeError, RangeError, ...) with
    node's `code`."""
    err = errors.make_error(kind, message)
    stack = err.get("stack") if isinstance(err, JSObject) else None
    if type(stack) is str and stack.startswith(kind + ":"):
        err.set("stack", "%s [%s]%s" % (kind, code, stack[len(kind):]))
    define_value(err, "code", code, WRITABLE | ENUMERABLE | CONFIGURABLE)
    return errors.JSThrow(err)


def received(v):
    """The " Received ..." tail of node's ERR_INVALID_ARG_TYPE messages."""
    if v is NULL or v is UNDEFINED:
        return " Received %s" % ("null" if v is NULL else "undefined")
    if isinstance(v, JSObject):
        if v.callable:
            from minijs.runtime.ordinary import get_data_property
            name = get_data_property(v, "name")
            return " Received function %s" % (name or "")
        ctor = None
        try:
            from minijs.runtime.ordinary import get_data_property
            c = get_data_property(v.proto, "constructor") if isinstance(v.proto, JSObject) else None
            ctor = get_data_property(c, "name") if isinstance(c, JSObject) else None
        except errors.JSThrow:
            ctor = None
        if type(ctor) is str and ctor:
            return " Received an instance of %s" % ctor
        from minijs.host.inspect import inspect
        return " Received %s" % inspect(v)
    from minijs.host.inspect import inspect
    s = inspect(v)
    if len(s) > 28:
        s = s[:25] + "..."
    return " Received type %s (%s)" % (type_of(v), s)


def invalid_arg_type(name, expected, value):
    """ERR_INVALID_ARG_TYPE: 'The "name" argument must be EXPECTED.
    Received ...' (expected reads e.g. "of type function")."""
    return node_error("TypeError", "ERR_INVALID_ARG_TYPE",
                      'The "%s" argument must be %s.%s' % (name, expected, received(value)))
