"""Float kernels of the Math functions: each takes a Python float and
returns one, with the ECMAScript answers for NaN, infinities, signed
zeros and out-of-domain arguments (21.3.2) instead of Python's
ValueError/OverflowError.

V8 computes these with its port of fdlibm (src/base/ieee754.cc); the
functions in math_fdlibm are Python renderings of those algorithms, one
IEEE operation per step, so their results are V8's bit for bit.  The
others use the C library, whose results can differ from V8's in the last
bit for some arguments.  Ported: cbrt, exp, log, sin, cos, tan."""

import math

from minijs.builtins import math_fdlibm as F

__all__ = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "atan2", "cbrt",
           "cos", "cosh", "exp", "expm1", "hypot", "log", "log1p", "log2",
           "log10", "sin", "sinh", "tan", "tanh"]

_INF = math.inf
_NAN = math.nan


def _finite(x):
    return not (x != x or x in (_INF, -_INF))


def acos(x):
    if x != x or abs(x) > 1:
        return _NAN
    return math.acos(x)


def acosh(x):
    if x != x or x < 1:
        return _NAN
    return math.acosh(x)


def asin(x):
    if x != x or abs(x) > 1:
        return _NAN
    return math.asin(x)


def asinh(x):
    return math.asinh(x)


def atan(x):
    return math.atan(x)


def atanh(x):
    if x != x or abs(x) > 1:
        return _NAN
    if abs(x) == 1:
        return math.copysign(_INF, x)
    return math.atanh(x)


def atan2(y, x):
    return math.atan2(y, x)


def cbrt(x):
    if not _finite(x) or x == 0:
        return x
    return F.cbrt(x)


def _trig(fn):
    def kernel(x):
        if not _finite(x):
            return _NAN
        return fn(x)
    kernel.__name__ = fn.__name__
    return kernel


sin = _trig(F.sin)
cos = _trig(F.cos)
tan = _trig(F.tan)


def cosh(x):
    if x != x:
        return x
    try:
        return math.cosh(x)
    except OverflowError:
        return _INF


def sinh(x):
    if not _finite(x) or x == 0:
        return x
    try:
        return math.sinh(x)
    except OverflowError:
        return math.copysign(_INF, x)


def tanh(x):
    return math.tanh(x)


def exp(x):
    if x != x:
        return x
    if x == _INF:
        return x
    if x == -_INF:
        return 0.0
    return F.exp(x)


def expm1(x):
    if x != x or x == 0:
        return x
    try:
        return math.expm1(x)
    except OverflowError:
        return _INF


def _log_with(fn):
    def kernel(x):
        if x != x or x < 0:
            return _NAN
        if x == 0:
            return -_INF
        if x == _INF:
            return x
        return fn(x)
    kernel.__name__ = fn.__name__
    return kernel


log = _log_with(F.log)
log2 = _log_with(math.log2)
log10 = _log_with(math.log10)


def log1p(x):
    if x != x or x < -1:
        return _NAN
    if x == -1:
        return -_INF
    return math.log1p(x)


def hypot(values):
    """Finite values (the caller handled Infinity and NaN), computed as V8
    does (math.tq MathHypot): scale by the largest magnitude, Kahan-sum
    the squares, sqrt, scale back."""
    absolute = [abs(v) for v in values]
    largest = max(absolute, default=0.0)
    if largest == 0:
        return 0.0
    total = 0.0
    compensation = 0.0
    for v in absolute:
        n = v / largest
        summand = n * n - compensation
        preliminary = total + summand
        compensation = (preliminary - total) - summand
        total = preliminary
    return math.sqrt(total) * largest
