"""What every built-in module uses to define its functions and objects.

Conventions (ECMA-262 18, "ECMAScript Standard Built-in Objects"):

* A built-in function is a NativeFunction whose Python callable has the
  signature `fn(this, args)`; `args` is a sequence of JS values, read
  with `arg(args, i)` (undefined when absent).  A constructor also has
  `ctor(args, new_target)`.
* Methods are writable, non-enumerable, configurable; `length`/`name`
  are configurable only; `C.prototype` is non-writable, non-enumerable,
  non-configurable; `C.prototype.constructor` is writable, configurable.
* Functions get the running realm's %Function.prototype%.
"""

from minijs.runtime.function_base import NativeFunction
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import UNDEFINED, JSSymbol

__all__ = [
    "arg", "make_function", "define_method", "define_methods",
    "define_value", "define_accessor", "make_constructor", "symbol_name",
    "METHOD_FLAGS", "CONSTANT_FLAGS", "WRITABLE", "ENUMERABLE",
    "CONFIGURABLE",
]

METHOD_FLAGS = WRITABLE | CONFIGURABLE
CONSTANT_FLAGS = 0


def arg(args, i):
    """Argument i of a built-in call, undefined when not passed."""
    return args[i] if i < len(args) else UNDEFINED


def symbol_name(key, prefix=""):
    """The `name` of a function for property key `key` (SetFunctionName):
    symbols become "[description]"."""
    if type(key) is JSSymbol:
        desc = key.description
        name = "" if desc is UNDEFINED else "[%s]" % desc
    else:
        name = key
    return prefix + " " + name if prefix else name


def make_function(realm, fn, name, length, ctor=None):
    """A built-in function object (CreateBuiltinFunction, 10.3.4)."""
    return NativeFunction(fn, name, length, realm.intrinsics["FunctionPrototype"], ctor, realm)


def define_value(obj, key, value, flags=METHOD_FLAGS):
    """Define (or redefine) own data property `key` with attribute flags."""
    from minijs.runtime.descriptors import PropertyDescriptor
    obj.define_own_property(key, PropertyDescriptor(
        value, bool(flags & WRITABLE), None, None,
        bool(flags & ENUMERABLE), bool(flags & CONFIGURABLE)))


def define_method(realm, obj, key, fn, length, flags=METHOD_FLAGS):
    """obj[key] = a built-in function; returns the function."""
    f = make_function(realm, fn, symbol_name(key), length)
    define_value(obj, key, f, flags)
    return f


def define_methods(realm, obj, table):
    """Define several methods: table is an iterable of (key, fn, length)."""
    for key, fn, length in table:
        define_method(realm, obj, key, fn, length)


def define_accessor(realm, obj, key, getter=None, setter=None, flags=CONFIGURABLE):
    """An accessor property with built-in getter/setter `fn(this, args)`;
    the functions are named "get key" / "set key"."""
    from minijs.runtime.descriptors import PropertyDescriptor
    g = make_function(realm, getter, symbol_name(key, "get"), 0) if getter else UNDEFINED
    s = make_function(realm, setter, symbol_name(key, "set"), 1) if setter else UNDEFINED
    obj.define_own_property(key, PropertyDescriptor(
        None, None, g, s, bool(flags & ENUMERABLE), bool(flags & CONFIGURABLE)))


def make_constructor(realm, name, length, call, construct, prototype, global_name=True):
    """A built-in constructor `name` with `.prototype = prototype` and
    `prototype.constructor = C`; registers intrinsics `name` and
    `name + "Prototype"` and, by default, the global binding."""
    c = make_function(realm, call, name, length, construct)
    define_value(c, "prototype", prototype, CONSTANT_FLAGS)
    define_value(prototype, "constructor", c, METHOD_FLAGS)
    realm.intrinsics[name] = c
    realm.intrinsics[name + "Prototype"] = prototype
    if global_name:
        define_value(realm.global_object, name, c, METHOD_FLAGS)
    return c
