"""Number.prototype.toLocaleString without Intl: what node prints with its
default locale (en-US) and default options, i.e. Intl.NumberFormat with
grouping by thousands, 0 to 3 fraction digits, rounding half away from
zero ("halfExpand") applied to the shortest round-tripping decimal digits
of the double (as ICU does), "∞" for infinities and "-0" kept."""

import math

from minijs.runtime.dtoa import _shortest_digits

__all__ = ["to_locale_string"]

_MAX_FRACTION = 3


def _group(int_digits):
    """'1234567' -> '1,234,567'."""
    head = len(int_digits) % 3 or 3
    parts = [int_digits[:head]]
    parts.extend(int_digits[i:i + 3] for i in range(head, len(int_digits), 3))
    return ",".join(parts)


def to_locale_string(x):
    """The en-US text of the Number x."""
    x = float(x)
    if x != x:
        return "NaN"
    negative = math.copysign(1.0, x) < 0
    sign = "-" if negative else ""
    if math.isinf(x):
        return sign + "∞"
    x = abs(x)
    if x == 0:
        return sign + "0"
    digits, n = _shortest_digits(x)     # x = 0.digits * 10**n
    # the value as an integer count of 10**-3 units, rounded half up
    scale = n + _MAX_FRACTION            # digits before the cut
    if scale < 0:
        units = 0
    elif scale >= len(digits):
        units = int(digits) * 10 ** (scale - len(digits))
    else:
        units = int(digits[:scale] or "0")
        if digits[scale] >= "5":
            units += 1
    int_part, frac = divmod(units, 10 ** _MAX_FRACTION)
    text = _group(str(int_part))
    frac_text = ("%03d" % frac).rstrip("0")
    if frac_text:
        text += "." + frac_text
    return sign + text
