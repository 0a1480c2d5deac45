"""Number -> String: Number::toString in any radix and the three formatting
methods Number.prototype.toFixed / toExponential / toPrecision.

Radix 10 uses the shortest round-tripping digits (Python's repr() finds the
same digits as V8's shortest dtoa; only the layout differs).  Other radixes
follow V8's own algorithm, which the spec leaves implementation-defined.
The formatting methods work on the exact binary value of the double
(`float.as_integer_ratio`) with integer arithmetic, so rounding is exact
and ties go to the larger n as the spec demands ((1.005).toFixed(2) is
"1.00" because the double 1.005 is below 1.005; (0.5).toFixed(0) is "1").
"""

import math

from minijs.runtime.intconv import NumberRangeError, to_integer_or_infinity

_DIGIT_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"
_MIN_DOUBLE = 5e-324
_TWO_53 = 9007199254740992.0


def _check_radix(radix):
    if radix is None:
        return 10
    r = to_integer_or_infinity(radix)
    if r < 2 or r > 36:
        raise NumberRangeError("toString() radix argument must be between 2 and 36")
    return int(r)


def number_to_string(x, radix=10):
    """Number::toString(x, radix) (ECMA-262 6.1.6.1.20), as used by
    Number.prototype.toString(radix) (21.1.3.6) and ToString (7.1.17).

    `radix` is the argument after ToIntegerOrInfinity (None for undefined
    means 10); outside 2..36 it raises NumberRangeError with V8's message.
    Radix 10 gives the spec's exact layout of the shortest round-tripping
    digits ("1e+21", "1.5e-7", "0.000001"); other radixes give what V8's
    DoubleToRadixCString prints (see `_radix_string`)."""
    radix = _check_radix(radix)
    x = float(x)
    if x != x:
        return "NaN"
    if x == 0:
        return "0"             # also -0
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if radix != 10:
        return _radix_string(x, radix)
    if x < 0:
        return "-" + number_to_string(-x)
    if x < _TWO_53 and x.is_integer():
        return str(int(x))     # exact, and the shortest digits anyway
    digits, n = _shortest_digits(x)
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    return _exponential(digits, n - 1)


def _exponential(digits, exp):
    """digits[0].digits[1:] e+-exp, the spec's exponential layout."""
    mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return f"{mantissa}e{'+' if exp >= 0 else '-'}{abs(exp)}"


def _shortest_digits(x):
    """(digits, n) for finite x > 0: x ~ 0.d1d2...dk * 10**n with the fewest
    digits that round-trip (the closest such if several), no trailing zeros."""
    text = repr(x)
    if "e" in text:
        mant, exp = text.split("e")
        exp = int(exp)
    else:
        mant, exp = text, 0
    if "." in mant:
        int_part, frac = mant.split(".")
    else:
        int_part, frac = mant, ""
    if frac == "0":
        frac = ""
    all_digits = int_part + frac
    digits = all_digits.lstrip("0")
    n = len(int_part) + exp - (len(all_digits) - len(digits))
    return digits.rstrip("0"), n


def _radix_string(value, radix):
    """V8's DoubleToRadixCString for finite nonzero `value`.

    Fraction digits are produced by repeated multiplication in double
    arithmetic until the remaining fraction is below half the gap to the
    next double (scaled along), so the output stops once it identifies the
    double; the last digit is rounded (half to even) with carry into earlier
    digits and the integer part.  Integer digits come from repeated fmod and
    division in double arithmetic; while the quotient is still >= 2**53 the
    low digits cannot be represented and are printed as 0 (so 1e21 in radix
    36 ends in zeros)."""
    negative = value < 0
    if negative:
        value = -value
    integer = float(math.floor(value))
    fraction = value - integer
    delta = max(_MIN_DOUBLE, 0.5 * (math.nextafter(value, math.inf) - value))
    frac_digits = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac_digits.append(digit)
            fraction -= digit
            if (fraction > 0.5 or (fraction == 0.5 and digit & 1)) \
                    and fraction + delta > 1:
                # round up; a digit that overflows is dropped (it would be a
                # trailing zero) and the carry moves left, maybe into integer
                while True:
                    if not frac_digits:
                        integer += 1
                        break
                    last = frac_digits.pop() + 1
                    if last < radix:
                        frac_digits.append(last)
                        break
                break
            if not fraction >= delta:
                break
    int_digits = []
    while integer / radix >= _TWO_53:
        integer /= radix
        int_digits.append(0)
    while True:
        remainder = math.fmod(integer, radix)
        int_digits.append(int(remainder))
        integer = (integer - remainder) / radix
        if not integer > 0:
            break
    text = "".join(_DIGIT_CHARS[d] for d in reversed(int_digits))
    if frac_digits:
        text += "." + "".join(_DIGIT_CHARS[d] for d in frac_digits)
    return "-" + text if negative else text


# -- toFixed / toExponential / toPrecision ------------------------------------

def _round_half_up(num, den):
    """The integer nearest num/den (num, den > 0), the larger one on a tie."""
    return (2 * num + den) // (2 * den)


def _at_least_pow10(num, den, e):
    """num/den >= 10**e, exactly."""
    if e >= 0:
        return num >= den * 10 ** e
    return num * 10 ** -e >= den


def _exact_digits(x, p):
    """(e, n) for finite x > 0: 10**(p-1) <= n < 10**p and n * 10**(e-p+1)
    as close as possible to the exact value of x, the larger n on a tie."""
    num, den = x.as_integer_ratio()
    e = math.floor(math.log10(x))
    while _at_least_pow10(num, den, e + 1):
        e += 1
    while not _at_least_pow10(num, den, e):
        e -= 1
    shift = p - 1 - e
    if shift >= 0:
        n = _round_half_up(num * 10 ** shift, den)
    else:
        n = _round_half_up(num, den * 10 ** -shift)
    if n == 10 ** p:
        n //= 10
        e += 1
    return e, n


def to_fixed(x, fraction_digits=0):
    """Number.prototype.toFixed(fractionDigits) (ECMA-262 21.1.3.3) on the
    Number x; `fraction_digits` after ToNumber (None for undefined).

    f = ToIntegerOrInfinity(fractionDigits) must be in 0..100 (checked
    before x is looked at, so NaN.toFixed(101) throws); non-finite x and
    |x| >= 10**21 give Number::toString(x); otherwise n = the integer for
    which n / 10**f - x is closest to zero, the larger n on a tie, laid out
    with f fraction digits; "-" prefixed for x < 0 (so -0.0001 -> "-0.00"
    but -0 -> "0.00")."""
    f = to_integer_or_infinity(0 if fraction_digits is None else fraction_digits)
    if f < 0 or f > 100:
        raise NumberRangeError("toFixed() digits argument must be between 0 and 100")
    x = float(x)
    if x != x or math.isinf(x):
        return number_to_string(x)
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if x >= 1e21:
        return sign + number_to_string(x)
    num, den = x.as_integer_ratio()
    m = str(_round_half_up(num * 10 ** f, den))
    if f:
        k = len(m)
        if k <= f:
            m = "0" * (f + 1 - k) + m
            k = f + 1
        m = m[:k - f] + "." + m[k - f:]
    return sign + m


def to_exponential(x, fraction_digits=None):
    """Number.prototype.toExponential(fractionDigits) (ECMA-262 21.1.3.2) on
    the Number x; `fraction_digits` after ToNumber, None for undefined.

    Non-finite x gives Number::toString(x) before the range check; then
    f = ToIntegerOrInfinity(fractionDigits) must be in 0..100.  With f given,
    the f+1 significant digits are the exact value rounded (ties to the
    larger n); with undefined, the shortest digits that round-trip."""
    x = float(x)
    f = None if fraction_digits is None else to_integer_or_infinity(fraction_digits)
    if x != x or math.isinf(x):
        return number_to_string(x)
    if f is not None and (f < 0 or f > 100):
        raise NumberRangeError("toExponential() argument must be between 0 and 100")
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if x == 0:
        return sign + _exponential("0" * ((f or 0) + 1), 0)
    if f is None:
        digits, n = _shortest_digits(x)
        return sign + _exponential(digits, n - 1)
    e, n = _exact_digits(x, f + 1)
    return sign + _exponential(str(n), e)


def to_precision(x, precision=None):
    """Number.prototype.toPrecision(precision) (ECMA-262 21.1.3.5) on the
    Number x; `precision` after ToNumber, None for undefined (which gives
    ToString(x)).

    Non-finite x gives Number::toString(x) before the range check; then
    p = ToIntegerOrInfinity(precision) must be in 1..100.  The p significant
    digits are the exact value rounded (ties to the larger n); exponential
    layout when the exponent e < -6 or e >= p."""
    x = float(x)
    if precision is None:
        return number_to_string(x)
    p = to_integer_or_infinity(precision)
    if x != x or math.isinf(x):
        return number_to_string(x)
    if p < 1 or p > 100:
        raise NumberRangeError("toPrecision() argument must be between 1 and 100")
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    if x == 0:
        m, e = "0" * p, 0
    else:
        e, n = _exact_digits(x, p)
        m = str(n)
        if e < -6 or e >= p:
            return sign + _exponential(m, e)
    if e == p - 1:
        return sign + m
    if e >= 0:
        return sign + m[:e + 1] + "." + m[e + 1:]
    return sign + "0." + "0" * (-(e + 1)) + m
