"""The Number constructor and Number.prototype (ECMA-262 21.1).

The digit algorithms are minijs.runtime.dtoa's (exact); this module does
the argument conversions, the thisNumberValue checks and turns the
library's NumberRangeError into a JS RangeError."""

import math

from minijs.builtins.globals import number_value, parse_functions
from minijs.builtins.number_format import to_locale_string
from minijs.builtins.support import (
    CONSTANT_FLAGS, arg, define_methods, define_value, make_constructor)
from minijs.runtime import errors
from minijs.runtime.bigint import bigint_to_number
from minijs.runtime.dtoa import number_to_string, to_exponential, to_fixed, to_precision
from minijs.runtime.intconv import NumberRangeError
from minijs.runtime.operations import (
    get_prototype_from_constructor, to_integer, to_number, to_numeric)
from minijs.runtime.values import UNDEFINED, JSBigInt
from minijs.runtime.wrappers import PrimitiveWrapper

__all__ = ["install", "this_number_value"]

_MAX_SAFE_INTEGER = 2 ** 53 - 1


# -- 21.1.1.1 Number(value) -------------------------------------------------------

def _number_of(args):
    if not args:
        return 0
    prim = to_numeric(args[0])
    if type(prim) is JSBigInt:
        return number_value(bigint_to_number(prim.value))
    return number_value(prim)


def number_call(this, args):
    return _number_of(args)


def number_construct(args, new_target):
    n = _number_of(args)
    proto = get_prototype_from_constructor(new_target, "NumberPrototype")
    return PrimitiveWrapper(n, proto)


# -- 21.1.2 static functions -------------------------------------------------------

def _is_number(v):
    t = type(v)
    return t is int or t is float


def _finite(v):
    return not (v != v or v in (math.inf, -math.inf))


def is_finite(this, args):
    v = arg(args, 0)
    return _is_number(v) and _finite(v)


def is_integer(this, args):
    v = arg(args, 0)
    return _is_number(v) and _finite(v) and float(v).is_integer()


def is_nan(this, args):
    v = arg(args, 0)
    return type(v) is float and v != v


def is_safe_integer(this, args):
    v = arg(args, 0)
    return (_is_number(v) and _finite(v) and float(v).is_integer()
            and abs(v) <= _MAX_SAFE_INTEGER)


# -- 21.1.3 Number.prototype -----------------------------------------------------------

def this_number_value(this, name):
    """thisNumberValue (21.1.3.7.1) with V8's message."""
    t = type(this)
    if t is int or t is float:
        return this
    if isinstance(this, PrimitiveWrapper) and this.class_name == "Number":
        return this.primitive
    raise errors.type_error("Number.prototype.%s requires that 'this' be a Number" % name)


def _range(fn, *a):
    try:
        return fn(*a)
    except NumberRangeError as exc:
        raise errors.range_error(exc.message) from None


def _optional_number(v):
    return None if v is UNDEFINED else to_number(v)


def to_exponential_method(this, args):
    x = this_number_value(this, "toExponential")
    return _range(to_exponential, x, _optional_number(arg(args, 0)))


def to_fixed_method(this, args):
    x = this_number_value(this, "toFixed")
    return _range(to_fixed, x, _optional_number(arg(args, 0)))


def to_precision_method(this, args):
    x = this_number_value(this, "toPrecision")
    return _range(to_precision, x, _optional_number(arg(args, 0)))


def to_string_method(this, args):
    x = this_number_value(this, "toString")
    radix = arg(args, 0)
    if radix is UNDEFINED:
        return number_to_string(x) if type(x) is float else str(x)
    return _range(number_to_string, x, to_integer(radix))


def to_locale_string_method(this, args):
    # locales and options are ignored: node's default en-US format
    return to_locale_string(this_number_value(this, "toLocaleString"))


def value_of(this, args):
    return this_number_value(this, "valueOf")


def install(realm):
    proto = PrimitiveWrapper(0, realm.intrinsics["ObjectPrototype"])
    ctor = make_constructor(realm, "Number", 1, number_call, number_construct, proto)
    define_methods(realm, ctor, [
        ("isFinite", is_finite, 1),
        ("isInteger", is_integer, 1),
        ("isNaN", is_nan, 1),
        ("isSafeInteger", is_safe_integer, 1),
    ])
    parse_int_f, parse_float_f = parse_functions(realm)
    define_value(ctor, "parseFloat", parse_float_f)
    define_value(ctor, "parseInt", parse_int_f)
    for name, value in (("MAX_VALUE", 1.7976931348623157e308), ("MIN_VALUE", 5e-324),
                        ("NaN", math.nan), ("NEGATIVE_INFINITY", -math.inf),
                        ("POSITIVE_INFINITY", math.inf),
                        ("MAX_SAFE_INTEGER", _MAX_SAFE_INTEGER),
                        ("MIN_SAFE_INTEGER", -_MAX_SAFE_INTEGER),
                        ("EPSILON", 2.0 ** -52)):
        define_value(ctor, name, value, CONSTANT_FLAGS)
    define_methods(realm, proto, [
        ("toExponential", to_exponential_method, 1),
        ("toFixed", to_fixed_method, 1),
        ("toPrecision", to_precision_method, 1),
        ("toString", to_string_method, 1),
        ("valueOf", value_of, 0),
        ("toLocaleString", to_locale_string_method, 0),
    ])
