"""The Function constructor and Function.prototype (ECMA-262 20.2), bound
function exotic objects (10.4.1) and %ThrowTypeError% (10.2.4.1).

Invariants:

* %Function.prototype% is created by the Realm (every installer needs it
  to make functions); `install` gives it its methods, `length` 0 and
  `name` "" (already there), the `caller` / `arguments` poison pills
  (AddRestrictedFunctionProperties, 10.2.4) and registers %Function%.
* A BoundFunction keeps `bound_target`, `bound_this`, `bound_args` (a
  tuple); operations.ordinary_has_instance reads `bound_target`.  It is
  constructible exactly when its target is.
* `new Function(...)` compiles at run time through
  minijs.engine.create_dynamic_function(realm, kind, params, body,
  new_target), with `params` the list of ToString'd parameter arguments
  and `body` the ToString'd body (CreateDynamicFunction, 20.2.1.1.1, does
  the joining and parsing).
"""

import math

from minijs.builtins.support import (
    CONFIGURABLE, arg, define_method, define_methods,
    define_value, make_constructor, make_function)
from minijs.runtime import errors
from minijs.runtime.calls import call, construct
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.function_base import NativeFunction
from minijs.runtime.arrays import JSArray
from minijs.runtime.objects import HOLE, JSObject
from minijs.runtime.operations import (
    create_list_from_array_like, number, ordinary_has_instance, to_integer,
    to_string)
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, is_callable

__all__ = ["install", "BoundFunction", "bound_function_create",
           "function_to_string", "list_from_array_like", "MSG_RESTRICTED"]

MSG_RESTRICTED = ("'caller', 'callee', and 'arguments' properties may not be accessed "
                  "on strict mode functions or the arguments objects for calls to them")


class BoundFunction(JSObject):
    """A bound function exotic object (10.4.1)."""

    __slots__ = ("bound_target", "bound_this", "bound_args", "constructible")

    callable = True
    class_name = "Function"

    def __init__(self, target, bound_this, bound_args, proto):
        JSObject.__init__(self, proto)
        self.bound_target = target
        self.bound_this = bound_this
        self.bound_args = tuple(bound_args)
        self.constructible = target.constructible

    def call(self, this, args):
        """[[Call]] (10.4.1.1)."""
        return call(self.bound_target, self.bound_this, self.bound_args + tuple(args))

    def construct(self, args, new_target):
        """[[Construct]] (10.4.1.2)."""
        target = self.bound_target
        if not self.constructible:
            raise errors.type_error(errors.display_value(self) + " is not a constructor")
        if new_target is self:
            new_target = target
        return construct(target, self.bound_args + tuple(args), new_target)

    def display(self):
        return "function () { [native code] }"


def bound_function_create(target, bound_this, bound_args):
    """BoundFunctionCreate (10.4.1.3)."""
    return BoundFunction(target, bound_this, bound_args, target.get_prototype_of())


def function_to_string(func):
    """The source text Function.prototype.toString returns for a callable
    (20.2.3.5), or None for a non-callable."""
    from minijs.interpreter.function import JSFunction
    if isinstance(func, JSFunction):
        return func.source_text()
    if isinstance(func, NativeFunction):
        return "function %s() { [native code] }" % func.name
    if is_callable(func):
        return "function () { [native code] }"
    return None


def list_from_array_like(v):
    """CreateListFromArrayLike (7.3.20), reading a dense array's elements
    directly (no holes means no getter or prototype lookup can run)."""
    if type(v) is JSArray:
        el = v.elements
        if el is None:
            if v.length == 0:
                return []
        elif type(el) is list and len(el) == v.length and not any(x is HOLE for x in el):
            return list(el)
    return create_list_from_array_like(v)


def _not_a_function(v):
    return errors.type_error("%s is not a function" % errors.display_value(v))


def install(realm):
    """Fill %Function.prototype% and create %Function% (20.2)."""
    intrinsics = realm.intrinsics
    proto = intrinsics["FunctionPrototype"]

    # -- %ThrowTypeError% (10.2.4.1) ----------------------------------------

    def throw_type_error(this, args):
        raise errors.type_error(MSG_RESTRICTED)

    thrower = make_function(realm, throw_type_error, "", 0)
    define_value(thrower, "length", 0, 0)
    define_value(thrower, "name", "", 0)
    thrower.prevent_extensions()
    intrinsics["ThrowTypeError"] = thrower

    # -- the constructor (20.2.1.1) -----------------------------------------

    def create_dynamic(args, new_target):
        """CreateDynamicFunction (20.2.1.1.1) steps that convert the
        arguments; compiling is the engine's."""
        if new_target is None:
            new_target = ctor
        if len(args) == 0:
            params, body = [], ""
        else:
            params = [to_string(a) for a in args[:-1]]
            body = to_string(args[-1])
        try:
            from minijs.engine import create_dynamic_function
        except ImportError as exc:
            if getattr(exc, "name", None) not in ("minijs.engine", None):
                raise
            raise errors.JSThrow(errors.make_error(
                "EvalError", "Code generation from strings disallowed for this context"))
        return create_dynamic_function(realm, "normal", params, body, new_target)

    def function_call(this, args):
        return create_dynamic(args, None)

    def function_construct(args, new_target):
        return create_dynamic(args, new_target)

    # `caller` and `arguments` come before `constructor` (V8's order).
    for key in ("arguments", "caller"):
        proto.define_own_property(key, PropertyDescriptor(
            get=thrower, set=thrower, enumerable=False, configurable=True))

    ctor = make_constructor(realm, "Function", 1, function_call, function_construct, proto)

    # -- Function.prototype (20.2.3) ----------------------------------------

    def apply(this, args):                                          # 20.2.3.1
        if not is_callable(this):
            raise _not_a_function(this)
        this_arg = arg(args, 0)
        arg_array = arg(args, 1)
        if arg_array is UNDEFINED or arg_array is NULL:
            return call(this, this_arg, ())
        return call(this, this_arg, list_from_array_like(arg_array))

    def bind(this, args):                                           # 20.2.3.2
        target = this
        if not is_callable(target):
            raise errors.type_error("Bind must be called on a function")
        bound_args = args[1:]
        f = bound_function_create(target, arg(args, 0), bound_args)
        length = 0
        if target.get_own_property("length") is not None:
            target_len = target.get("length", target)
            t = type(target_len)
            if t is int or t is float:
                if target_len == math.inf:
                    length = math.inf
                elif target_len == -math.inf:
                    length = 0
                else:
                    length = number(max(to_integer(target_len) - len(bound_args), 0))
        f._add_named("length", length, CONFIGURABLE)                # SetFunctionLength
        target_name = target.get("name", target)
        if type(target_name) is not str:
            target_name = ""
        f._add_named("name", "bound " + target_name, CONFIGURABLE)  # SetFunctionName
        return f

    def call_method(this, args):                                    # 20.2.3.3
        if not is_callable(this):
            raise _not_a_function(this)
        return call(this, arg(args, 0), args[1:])

    def to_string_method(this, args):                               # 20.2.3.5
        text = function_to_string(this)
        if text is None:
            raise errors.type_error(
                "Function.prototype.toString requires that 'this' be a Function")
        return text

    def has_instance(this, args):                                   # 20.2.3.6
        return ordinary_has_instance(this, arg(args, 0))

    define_methods(realm, proto, [
        ("apply", apply, 2),
        ("bind", bind, 1),
        ("call", call_method, 1),
        ("toString", to_string_method, 0),
    ])
    define_method(realm, proto, WELL_KNOWN.hasInstance, has_instance, 1, flags=0)
    return ctor
