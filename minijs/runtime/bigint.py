"""BigInt <-> String and Number conversions.  A BigInt is a Python int.

Python refuses int <-> decimal-string conversions beyond 4300 digits
(sys.int_info.str_digits_check_threshold) and has no builtin for most
radixes, so both directions split big values recursively into pieces that
are converted separately.
"""

import math
import re

from minijs.runtime.intconv import NumberRangeError, to_integer_or_infinity
from minijs.runtime.strtod import WHITESPACE_CHARS, _int_to_double

_DIGIT_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"
_SAFE_DECIMAL_DIGITS = 4000           # below Python's 4300-digit limit
_BIGINT_LITERAL = re.compile(
    r"([+-]?)([0-9]+)|0(?:[xX]([0-9a-fA-F]+)|[oO]([0-7]+)|[bB]([01]+))")


def _small_to_radix(n, radix):
    """Digits of 0 <= n in `radix` by repeated division (for small n)."""
    if n == 0:
        return "0"
    out = []
    while n:
        n, d = divmod(n, radix)
        out.append(_DIGIT_CHARS[d])
    return "".join(reversed(out))


def _to_radix(n, radix):
    """Digits of 0 <= n in `radix`, no limit on size."""
    if radix == 16:
        return format(n, "x")
    if radix == 8:
        return format(n, "o")
    if radix == 2:
        return format(n, "b")
    bits = n.bit_length()
    if radix == 10 and bits < _SAFE_DECIMAL_DIGITS * 3:
        return str(n)
    if bits <= 256:
        return _small_to_radix(n, radix)
    # split n = hi * radix**k + lo with lo holding about half the digits
    k = int(bits / math.log2(radix)) // 2
    hi, lo = divmod(n, radix ** k)
    return _to_radix(hi, radix) + _to_radix(lo, radix).rjust(k, "0")


def bigint_to_string(n, radix=10):
    """BigInt::toString(x, radix) (ECMA-262 6.1.6.2.23), as used by
    BigInt.prototype.toString(radix) (21.2.3.3): lowercase digits, "-" for
    negative values.  `radix` is the argument after ToIntegerOrInfinity
    (None for undefined means 10); outside 2..36 raises NumberRangeError
    with V8's message."""
    if radix is None:
        radix = 10
    else:
        radix = to_integer_or_infinity(radix)
        if radix < 2 or radix > 36:
            raise NumberRangeError("toString() radix argument must be between 2 and 36")
        radix = int(radix)
    if n < 0:
        return "-" + _to_radix(-n, radix)
    return _to_radix(n, radix)


def _decimal_to_int(digits):
    """int(digits) for an ASCII decimal digit string of any length."""
    if len(digits) <= _SAFE_DECIMAL_DIGITS:
        return int(digits)
    k = len(digits) // 2
    return _decimal_to_int(digits[:-k]) * 10 ** k + _decimal_to_int(digits[-k:])


def string_to_bigint(s):
    """StringToBigInt (ECMA-262 7.1.14, grammar StringIntegerLiteral in
    7.1.14.1): after trimming WhiteSpace and LineTerminators, empty gives 0,
    decimal digits with an optional sign or an unsigned 0x / 0o / 0b literal
    give their value; anything else (".", "e", "n", "_", "Infinity", a sign
    before a prefix) gives None, where the spec returns undefined."""
    s = s.strip(WHITESPACE_CHARS)
    if not s:
        return 0
    m = _BIGINT_LITERAL.fullmatch(s)
    if m is None:
        return None
    sign, dec, hex_digits, oct_digits, bin_digits = m.groups()
    if dec is not None:
        value = _decimal_to_int(dec)
        return -value if sign == "-" else value
    if hex_digits is not None:
        return int(hex_digits, 16)
    if oct_digits is not None:
        return int(oct_digits, 8)
    return int(bin_digits, 2)


def bigint_to_number(n):
    """Number(bigint) (ECMA-262 21.1.1.1 step 2.a): the double nearest n,
    ties to even, +-Infinity beyond the largest double."""
    return _int_to_double(n)


def number_to_bigint(x):
    """NumberToBigInt (ECMA-262 21.2.1.1.1): the integral Number x as an
    int; a non-integral or non-finite x raises NumberRangeError with V8's
    message ("The number 1.5 cannot be converted to a BigInt because it is
    not an integer")."""
    x = float(x)
    if x != x or math.isinf(x) or not x.is_integer():
        from minijs.runtime.dtoa import number_to_string
        raise NumberRangeError(
            f"The number {number_to_string(x)} cannot be converted to a "
            "BigInt because it is not an integer")
    return int(x)


def bigint_as_int_n(bits, n):
    """BigInt.asIntN(bits, n) (ECMA-262 21.2.2.1) with bits already ToIndex'd:
    n modulo 2**bits as a signed value."""
    if bits == 0:
        return 0
    m = n & ((1 << bits) - 1)
    return m - (1 << bits) if m >> (bits - 1) else m


def bigint_as_uint_n(bits, n):
    """BigInt.asUintN(bits, n) (ECMA-262 21.2.2.2): n modulo 2**bits."""
    return n & ((1 << bits) - 1)
