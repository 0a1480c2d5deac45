"""The Boolean constructor and Boolean.prototype (ECMA-262 20.3).

Invariant: %Boolean.prototype% is itself a Boolean object whose
[[BooleanData]] is false (20.3.3), a PrimitiveWrapper like `new
Boolean(false)`.
"""

from minijs.builtins.support import arg, define_methods, make_constructor
from minijs.runtime import errors
from minijs.runtime.operations import get_prototype_from_constructor
from minijs.runtime.values import to_boolean
from minijs.runtime.wrappers import PrimitiveWrapper

__all__ = ["install", "this_boolean_value"]


def this_boolean_value(value, method):
    """thisBooleanValue (20.3.3.3.1), with V8's message."""
    if type(value) is bool:
        return value
    if isinstance(value, PrimitiveWrapper) and type(value.primitive) is bool:
        return value.primitive
    raise errors.type_error("%s requires that 'this' be a Boolean" % method)


def install(realm):
    """Create %Boolean% and %Boolean.prototype% (20.3)."""
    proto = PrimitiveWrapper(False, realm.intrinsics["ObjectPrototype"])

    def boolean_call(this, args):                                   # 20.3.1.1
        return to_boolean(arg(args, 0))

    def boolean_construct(args, new_target):
        b = to_boolean(arg(args, 0))
        return PrimitiveWrapper(b, get_prototype_from_constructor(new_target, "BooleanPrototype"))

    ctor = make_constructor(realm, "Boolean", 1, boolean_call, boolean_construct, proto)

    def to_string_method(this, args):                               # 20.3.3.2
        b = this_boolean_value(this, "Boolean.prototype.toString")
        return "true" if b else "false"

    def value_of(this, args):                                       # 20.3.3.3
        return this_boolean_value(this, "Boolean.prototype.valueOf")

    define_methods(realm, proto, [
        ("toString", to_string_method, 0),
        ("valueOf", value_of, 0),
    ])
    return ctor
