"""Classes of node's host objects that JS code never constructs (Timeout,
Immediate, process, EventEmitter): a constructor function that is not a
global, with a prototype holding the methods.  They give the objects
node's prototype chains, so `constructor.name`, util.inspect's
`Timeout {...}` and stack frames (`at process.listener`) read as in
node."""

from minijs.builtins.support import define_methods, define_value, make_function
from minijs.runtime.objects import JSObject

__all__ = ["host_class"]


def host_class(realm, name, methods=(), parent_proto=None):
    """A constructor `name` whose prototype (inheriting from
    `parent_proto`, else Object.prototype) has `methods`; returns the
    prototype."""
    proto = JSObject(parent_proto or realm.intrinsics["ObjectPrototype"])

    def no_call(this, args):
        from minijs.runtime import errors
        raise errors.type_error(errors.msg_class_call(name))
    ctor = make_function(realm, no_call, name, 0)
    define_value(ctor, "prototype", proto, 0)
    define_value(proto, "constructor", ctor)
    define_methods(realm, proto, list(methods))
    return proto
