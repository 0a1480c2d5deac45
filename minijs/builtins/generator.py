"""%GeneratorFunction%, %GeneratorFunction.prototype% and
%GeneratorPrototype% (ECMA-262 27.3, 27.5); %AsyncFunction% and
%AsyncFunction.prototype% (27.7).

The generator objects, async activations and their resumption are the
interpreter's (minijs/interpreter/generators.py, async_functions.py);
this module gives them their prototypes and constructors.
"""

from minijs.bytecode import opcodes as O
from minijs.builtins.support import (
    CONFIGURABLE, arg, define_method, define_value, make_function)
from minijs.runtime import errors
from minijs.runtime.objects import JSObject
from minijs.runtime.values import WELL_KNOWN

__all__ = ["install"]


def _resumer(name, mode):
    def method(this, args):
        from minijs.interpreter.generators import JSGenerator, resume
        if type(this) is not JSGenerator:
            raise errors.type_error("Method [Generator].prototype.%s called on incompatible "
                                    "receiver %s" % (name, errors.display_value(this)))
        return resume(this, arg(args, 0), mode)
    return method


def install(realm):
    intrinsics = realm.intrinsics
    function_proto = intrinsics["FunctionPrototype"]
    iterator_proto = intrinsics.get("IteratorPrototype")
    if iterator_proto is None:
        from minijs.builtins.array_iterator import install_iterators
        install_iterators(realm)
        iterator_proto = intrinsics["IteratorPrototype"]
    # %GeneratorPrototype% (27.5.1)
    gen_proto = JSObject(iterator_proto)
    for name, mode in (("next", O.RESUME_NEXT), ("return", O.RESUME_RETURN),
                       ("throw", O.RESUME_THROW)):
        define_method(realm, gen_proto, name, _resumer(name, mode), 1)
    define_value(gen_proto, WELL_KNOWN.toStringTag, "Generator", CONFIGURABLE)
    # %GeneratorFunction.prototype% (27.3.3)
    genfn_proto = JSObject(function_proto)
    define_value(genfn_proto, "prototype", gen_proto, CONFIGURABLE)
    define_value(gen_proto, "constructor", genfn_proto, CONFIGURABLE)
    define_value(genfn_proto, WELL_KNOWN.toStringTag, "GeneratorFunction", CONFIGURABLE)
    # %GeneratorFunction% (27.3.1): not a global
    genfn = _dynamic_constructor(realm, "GeneratorFunction", "generator", genfn_proto)
    intrinsics["GeneratorPrototype"] = gen_proto
    intrinsics["GeneratorFunctionPrototype"] = genfn_proto
    intrinsics["GeneratorFunction"] = genfn
    # %AsyncFunction.prototype% (27.7.3) and %AsyncFunction% (27.7.1)
    async_proto = JSObject(function_proto)
    define_value(async_proto, WELL_KNOWN.toStringTag, "AsyncFunction", CONFIGURABLE)
    intrinsics["AsyncFunctionPrototype"] = async_proto
    intrinsics["AsyncFunction"] = _dynamic_constructor(realm, "AsyncFunction", "async",
                                                       async_proto)


def _dynamic_constructor(realm, name, kind, prototype):
    """A constructor like %Function% for another kind of function (not a
    global binding): `prototype.constructor` is it."""
    from minijs.engine import create_dynamic_function

    def construct(args, new_target):
        strs = [errors_to_string(a) for a in args]
        params, body = strs[:-1], (strs[-1] if strs else "")
        return create_dynamic_function(realm, kind, params, body, new_target)

    c = make_function(realm, lambda this, args: construct(args, None), name, 1, construct)
    c.set_prototype_of(realm.intrinsics["Function"])
    define_value(c, "prototype", prototype, 0)
    define_value(prototype, "constructor", c, CONFIGURABLE)
    return c


def errors_to_string(v):
    from minijs.runtime.operations import to_string
    return to_string(v)
