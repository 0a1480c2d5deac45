"""The Promise constructor and Promise.prototype (ECMA-262 27.2.3 - 27.2.5),
with V8's error messages.  The abstract operations live in
promise_core.py, the combinators (all, allSettled, any, race) in
promise_combinators.py.

Promise.withResolvers (ES2024) and Promise.try (ES2025) are installed as
the spec has them, although node v20 predates both.
"""

from minijs.builtins import promise_combinators
from minijs.builtins.promise_core import (
    create_promise, is_promise, new_promise_capability,
    perform_then, promise_resolve_with)
from minijs.builtins.support import (
    CONFIGURABLE, arg, define_accessor, define_methods, define_value,
    make_constructor, make_function)
from minijs.runtime import errors
from minijs.runtime.arrays import JSArray
from minijs.runtime.calls import call
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import get_v, species_constructor
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, is_callable, type_of)

__all__ = ["install", "not_a_function", "invoke_then"]


def not_a_function(v):
    """V8's kCalledNonCallable text for a value a builtin tried to call."""
    if v is UNDEFINED or v is NULL or isinstance(v, JSObject):
        return "%s is not a function" % errors.display_value(v)
    if type(v) is str:
        return 'string "%s" is not a function' % v
    return "%s %s is not a function" % (type_of(v), errors.display_value(v))


def invoke_then(v, args):
    """Invoke(v, "then", args) with V8's message for a non-callable then."""
    f = get_v(v, "then")
    if not is_callable(f):
        raise errors.type_error(not_a_function(f))
    return call(f, v, args)


def _resolver_display(v):
    if isinstance(v, JSArray):
        return "[object Array]"
    return errors.display_value(v)


def install(realm):
    """Create %Promise% and %Promise.prototype% (27.2)."""
    proto = JSObject(realm.intrinsics["ObjectPrototype"])

    def promise_call(this, args):
        raise errors.type_error("Promise constructor cannot be invoked without 'new'")

    def promise_construct(args, new_target):                        # 27.2.3.1
        executor = arg(args, 0)
        if not is_callable(executor):
            raise errors.type_error("Promise resolver %s is not a function"
                                    % _resolver_display(executor))
        return create_promise(new_target, executor)

    ctor = make_constructor(realm, "Promise", 1, promise_call, promise_construct, proto)

    # -- Promise.prototype (27.2.5) ------------------------------------------

    def then(this, args):                                           # 27.2.5.4
        if not is_promise(this):
            raise errors.type_error(
                "Method Promise.prototype.then called on incompatible receiver "
                + errors.display_value(this))
        c = species_constructor(this, realm.intrinsics["Promise"])
        capability = new_promise_capability(c)
        return perform_then(this, arg(args, 0), arg(args, 1), capability)

    def catch(this, args):                                          # 27.2.5.1
        return invoke_then(this, (UNDEFINED, arg(args, 0)))

    def finally_(this, args):                                       # 27.2.5.3
        if not isinstance(this, JSObject):
            raise errors.type_error("Promise.prototype.finally called on non-object")
        c = species_constructor(this, realm.intrinsics["Promise"])
        on_finally = arg(args, 0)
        if not is_callable(on_finally):
            return invoke_then(this, (on_finally, on_finally))

        def then_finally(this_, args_):
            value = arg(args_, 0)
            result = call(on_finally, UNDEFINED, ())
            p = promise_resolve_with(c, result)
            value_thunk = make_function(realm, lambda t, a: value, "", 0)
            return invoke_then(p, (value_thunk,))

        def catch_finally(this_, args_):
            reason = arg(args_, 0)
            result = call(on_finally, UNDEFINED, ())
            p = promise_resolve_with(c, result)

            def thrower(t, a):
                raise errors.JSThrow(reason)
            return invoke_then(p, (make_function(realm, thrower, "", 0),))
        return invoke_then(this, (make_function(realm, then_finally, "", 1),
                                  make_function(realm, catch_finally, "", 1)))

    define_methods(realm, proto, [
        ("then", then, 2),
        ("catch", catch, 1),
        ("finally", finally_, 1),
    ])
    define_value(proto, WELL_KNOWN.toStringTag, "Promise", CONFIGURABLE)

    # -- constructor properties (27.2.4) -------------------------------------

    def resolve(this, args):                                        # 27.2.4.7
        if not isinstance(this, JSObject):
            raise errors.type_error("PromiseResolve called on non-object")
        return promise_resolve_with(this, arg(args, 0))

    def reject(this, args):                                         # 27.2.4.6
        if not isinstance(this, JSObject):
            raise errors.type_error("PromiseReject called on non-object")
        capability = new_promise_capability(this)
        capability.reject(arg(args, 0))
        return capability.promise

    def with_resolvers(this, args):                                 # 27.2.4.8
        capability = new_promise_capability(this)
        from minijs.runtime.ordinary import create_data_property_or_throw
        obj = JSObject(realm.intrinsics["ObjectPrototype"])
        create_data_property_or_throw(obj, "promise", capability.promise)
        create_data_property_or_throw(obj, "resolve", capability.resolve_function())
        create_data_property_or_throw(obj, "reject", capability.reject_function())
        return obj

    def try_(this, args):                                           # 27.2.4.8 (ES2025)
        if not isinstance(this, JSObject):
            raise errors.type_error("Promise.try called on non-object")
        capability = new_promise_capability(this)
        callback = arg(args, 0)
        try:
            if not is_callable(callback):
                raise errors.type_error(not_a_function(callback))
            status = call(callback, UNDEFINED, tuple(args[1:]))
        except errors.JSThrow as exc:
            capability.reject(exc.value)
        else:
            capability.resolve(status)
        return capability.promise

    promise_combinators.install(realm, ctor)
    define_methods(realm, ctor, [
        ("resolve", resolve, 1),
        ("reject", reject, 1),
        ("withResolvers", with_resolvers, 0),
        ("try", try_, 1),
    ])
    define_accessor(realm, ctor, WELL_KNOWN.species, getter=lambda this, args: this)
    return ctor

