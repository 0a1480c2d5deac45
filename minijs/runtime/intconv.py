"""Number -> integer conversions of ECMA-262 section 7.1 (ToIntegerOrInfinity,
ToInt32 and the other modular conversions, ToLength, ToIndex) and the
RangeError type the numeric library raises.

All functions take an already-converted Number (a Python float or int, i.e.
the result of the spec's ToNumber step, which needs the engine) and return
a Python int, except that `to_integer_or_infinity` returns +-math.inf for
infinities.
"""

import math

MAX_SAFE_INTEGER = 2 ** 53 - 1


class NumberRangeError(ValueError):
    """A RangeError the engine should throw; `str(err)` is V8's message."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def _is_finite(x):
    return x == x and x not in (math.inf, -math.inf)


def _truncate(x):
    """The mathematical integer truncate(x) of a finite Number."""
    return x if isinstance(x, int) else int(x)


def to_integer_or_infinity(x):
    """ToIntegerOrInfinity (ECMA-262 7.1.5) after its ToNumber step: NaN and
    +-0 -> 0, +-Infinity -> +-math.inf, otherwise truncate(x) as an int."""
    if x != x:
        return 0
    if x in (math.inf, -math.inf):
        return x
    return _truncate(x)


def _modular(x, bits):
    if not _is_finite(x):
        return 0
    return _truncate(x) & ((1 << bits) - 1)


def _signed(n, bits):
    return n - (1 << bits) if n >> (bits - 1) else n


def to_int32(x):
    """ToInt32 (ECMA-262 7.1.6): truncate, modulo 2**32, into [-2**31, 2**31)."""
    return _signed(_modular(x, 32), 32)


def to_uint32(x):
    """ToUint32 (ECMA-262 7.1.7): truncate, modulo 2**32, into [0, 2**32)."""
    return _modular(x, 32)


def to_int16(x):
    """ToInt16 (ECMA-262 7.1.8)."""
    return _signed(_modular(x, 16), 16)


def to_uint16(x):
    """ToUint16 (ECMA-262 7.1.9), e.g. for String.fromCharCode."""
    return _modular(x, 16)


def to_int8(x):
    """ToInt8 (ECMA-262 7.1.10)."""
    return _signed(_modular(x, 8), 8)


def to_uint8(x):
    """ToUint8 (ECMA-262 7.1.11)."""
    return _modular(x, 8)


def to_uint8_clamp(x):
    """ToUint8Clamp (ECMA-262 7.1.12): NaN -> 0, clamp to [0, 255], round
    half to even (so 0.5 -> 0, 1.5 -> 2, 2.5 -> 2)."""
    if x != x or x <= 0:
        return 0
    if x >= 255:
        return 255
    f = math.floor(x)
    if f + 0.5 < x:
        return f + 1
    if x < f + 0.5:
        return f
    return f if f % 2 == 0 else f + 1


def to_length(x):
    """ToLength (ECMA-262 7.1.20): ToIntegerOrInfinity clamped to
    [0, 2**53 - 1]."""
    n = to_integer_or_infinity(x)
    if n <= 0:
        return 0
    return MAX_SAFE_INTEGER if n >= MAX_SAFE_INTEGER else n


def to_index(x, message="Invalid index"):
    """ToIndex (ECMA-262 7.1.22) after its ToNumber step; `None` stands for
    undefined (-> 0).  Raises NumberRangeError(message) unless the integer is
    in [0, 2**53 - 1]; V8's message depends on the caller (e.g.
    "Invalid typed array length: -1", "Invalid array buffer length")."""
    if x is None:
        return 0
    n = to_integer_or_infinity(x)
    if n < 0 or n > MAX_SAFE_INTEGER:
        raise NumberRangeError(message)
    return n


def relative_index(x, length):
    """The "relative index" clamp used throughout 23.1.3 / 22.1.3 (e.g.
    Array.prototype.slice's relativeStart): `x` after ToIntegerOrInfinity,
    negative values counted from `length`, result clamped to [0, length].
    `None` stands for undefined and gives 0."""
    n = 0 if x is None else to_integer_or_infinity(x)
    if n < 0:
        return 0 if n == -math.inf else max(length + n, 0)
    return min(n, length)
