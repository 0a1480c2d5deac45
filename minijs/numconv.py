"""Number -> String exactly as ECMA-262 Number::toString(10) (section 6.1.6.1.20).

Python's repr() already finds the shortest digit string that round-trips;
only the layout (where the point goes, when to use an exponent) differs.
"""

import math


def number_to_string(x):
    x = float(x)
    if x != x:
        return "NaN"
    if x == 0:
        return "0"             # also -0
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x < 0:
        return "-" + number_to_string(-x)
    if x < 9007199254740992.0 and x.is_integer():
        return str(int(x))     # exact, and the shortest digits anyway
    digits, n = _shortest_digits(x)
    k = len(digits)
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    exp = n - 1
    sign = "+" if exp >= 0 else "-"
    mantissa = digits[0] + ("." + digits[1:] if k > 1 else "")
    return f"{mantissa}e{sign}{abs(exp)}"


def _shortest_digits(x):
    """(digits, n) with x = 0.d1d2...dk * 10**n and no trailing zeros."""
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
    digits = (int_part + frac).lstrip("0")
    lead_zeros = len(int_part + frac) - len((int_part + frac).lstrip("0"))
    n = len(int_part) + exp - lead_zeros
    digits = digits.rstrip("0")
    return digits, n
