"""The Math object (ECMA-262 21.3).

Arguments go through ToNumber in order (Math.max/min/hypot coerce every
argument before looking at any result).  The spec's special cases (NaN,
infinities, signed zeros) are handled here explicitly; finite cases call
the transcendental kernels of math_kernels (V8's fdlibm where ported,
the C library otherwise).  Results follow the engine's number convention:
an int when the result is a safe integer other than -0, else a float."""

import math
import random
import struct

from minijs.builtins import math_kernels as K
from minijs.builtins.globals import number_value
from minijs.builtins.support import CONFIGURABLE, CONSTANT_FLAGS, define_methods, define_value
from minijs.runtime.intconv import to_int32, to_uint32
from minijs.runtime.jsmath import js_pow
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import to_number
from minijs.runtime.values import UNDEFINED, WELL_KNOWN

__all__ = ["install"]

_INF = math.inf
_NAN = math.nan


def _num(args, i):
    return float(to_number(args[i] if i < len(args) else UNDEFINED))


def _neg_zero(x):
    return x == 0 and math.copysign(1.0, x) < 0


def _unary(kernel):
    """A Math function of one argument: ToNumber, then the float kernel,
    then the number convention."""
    def method(this, args):
        return number_value(kernel(_num(args, 0)))
    method.__name__ = kernel.__name__
    return method


# -- rounding and sign (21.3.2.1, .10, .16, .28, .29, .35) -------------------------

def _abs(x):
    return math.fabs(x)


def _ceil(x):
    if x != x or math.isinf(x) or x.is_integer():
        return x
    if -1.0 < x < 0.0:
        return -0.0
    return float(math.ceil(x))


def _floor(x):
    if x != x or math.isinf(x) or x.is_integer():
        return x
    return float(math.floor(x))


def _trunc(x):
    if x != x or math.isinf(x) or x.is_integer():
        return x
    if -1.0 < x < 0.0:
        return -0.0
    return float(math.trunc(x))


def _round(x):
    """Math.round (21.3.2.28): the integer closest to x, +Infinity-ward on
    a tie; -0 for x in [-0.5, -0]."""
    if x != x or math.isinf(x) or x.is_integer():
        return x
    if -0.5 <= x < 0.0:
        return -0.0
    f = math.floor(x)
    return float(f + 1 if x - f >= 0.5 else f)      # x - f is exact here


def _sign(x):
    if x != x or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


def _sqrt(x):
    if x != x or x < 0:
        return _NAN
    return math.sqrt(x)      # correctly rounded; sqrt(-0) is -0


def _fround(x):
    """Math.fround (21.3.2.17): round to the nearest binary32 value."""
    if x != x or math.isinf(x):
        return x
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        return math.copysign(_INF, x)


# -- several arguments -------------------------------------------------------------

def math_max(this, args):
    """Math.max (21.3.2.24): every argument is coerced first; NaN wins;
    +0 is larger than -0."""
    values = [float(to_number(a)) for a in args]
    result = -_INF
    for v in values:
        if v != v:
            return _NAN
        if v > result or (v == 0 and result == 0 and not _neg_zero(v)):
            result = v
    return number_value(result)


def math_min(this, args):
    """Math.min (21.3.2.25)."""
    values = [float(to_number(a)) for a in args]
    result = _INF
    for v in values:
        if v != v:
            return _NAN
        if v < result or (v == 0 and result == 0 and _neg_zero(v)):
            result = v
    return number_value(result)


def math_hypot(this, args):
    """Math.hypot (21.3.2.18): Infinity beats NaN; all zeros give +0."""
    values = [float(to_number(a)) for a in args]
    if any(math.isinf(v) for v in values):
        return _INF
    if any(v != v for v in values):
        return _NAN
    return number_value(K.hypot(values))


def math_atan2(this, args):
    y = _num(args, 0)
    x = _num(args, 1)
    return number_value(K.atan2(y, x))


def math_pow(this, args):
    base = _num(args, 0)
    exponent = _num(args, 1)
    return number_value(js_pow(base, exponent))


def math_imul(this, args):
    """Math.imul (21.3.2.19): the low 32 bits of the product, signed."""
    a = to_uint32(to_number(args[0] if args else UNDEFINED))
    b = to_uint32(to_number(args[1] if len(args) > 1 else UNDEFINED))
    return to_int32((a * b) & 0xFFFFFFFF)


def math_clz32(this, args):
    """Math.clz32 (21.3.2.11)."""
    n = to_uint32(to_number(args[0] if args else UNDEFINED))
    return 32 - n.bit_length()


def math_random(this, args):
    # not V8's xorshift128+, only a uniform double in [0, 1)
    return random.random()


_UNARY = {
    "abs": _abs, "ceil": _ceil, "floor": _floor, "trunc": _trunc, "round": _round,
    "sign": _sign, "sqrt": _sqrt, "fround": _fround,
    "acos": K.acos, "acosh": K.acosh, "asin": K.asin, "asinh": K.asinh,
    "atan": K.atan, "atanh": K.atanh, "cbrt": K.cbrt, "expm1": K.expm1,
    "cos": K.cos, "cosh": K.cosh, "exp": K.exp, "log": K.log, "log1p": K.log1p,
    "log2": K.log2, "log10": K.log10, "sin": K.sin, "sinh": K.sinh, "tan": K.tan,
    "tanh": K.tanh,
}
_OTHER = {
    "atan2": (math_atan2, 2), "clz32": (math_clz32, 1), "hypot": (math_hypot, 2),
    "imul": (math_imul, 2), "max": (math_max, 2), "min": (math_min, 2),
    "pow": (math_pow, 2), "random": (math_random, 0),
}
# V8's property order
_ORDER = ("abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "atan2", "ceil",
          "cbrt", "expm1", "clz32", "cos", "cosh", "exp", "floor", "fround", "hypot",
          "imul", "log", "log1p", "log2", "log10", "max", "min", "pow", "random",
          "round", "sign", "sin", "sinh", "sqrt", "tan", "tanh", "trunc")
_CONSTANTS = (("E", math.e), ("LN10", math.log(10)), ("LN2", math.log(2)),
              ("LOG10E", 0.4342944819032518), ("LOG2E", 1.4426950408889634),
              ("PI", math.pi), ("SQRT1_2", math.sqrt(0.5)), ("SQRT2", math.sqrt(2)))


def install(realm):
    m = JSObject(realm.intrinsics["ObjectPrototype"])
    table = []
    for name in _ORDER:
        if name in _UNARY:
            table.append((name, _unary(_UNARY[name]), 1))
        else:
            fn, length = _OTHER[name]
            table.append((name, fn, length))
    define_methods(realm, m, table)
    for name, value in _CONSTANTS:
        define_value(m, name, value, CONSTANT_FLAGS)
    define_value(m, WELL_KNOWN.toStringTag, "Math", CONFIGURABLE)
    realm.intrinsics["Math"] = m
    define_value(realm.global_object, "Math", m)
