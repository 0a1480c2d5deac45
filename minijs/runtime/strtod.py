"""String -> Number: StringToNumber (what ToNumber does to strings) and the
global functions parseInt and parseFloat.

Strings are JS strings (Python str of UTF-16 code units).  Decimal values
are correctly rounded (Python's float() of a validated ASCII literal is);
so are hexadecimal, octal and binary ones (int -> float rounds half to
even).  parseInt in radixes other than 2, 4, 8, 10, 16, 32 reproduces V8's
accumulation in doubles, which the spec permits to be approximate.
"""

import math
import re

from minijs.runtime.intconv import to_int32

# WhiteSpace (12.2: TAB VT FF ZWNBSP and every Zs) and LineTerminator (12.3)
WHITESPACE_CHARS = ("\t\v\f\ufeff \xa0\u1680\u2000\u2001\u2002\u2003\u2004"
                    "\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
                    "\n\r\u2028\u2029")

_DECIMAL = re.compile(
    r"[+-]?(?:Infinity|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_NON_DECIMAL = re.compile(r"0(?:[xX]([0-9a-fA-F]+)|[oO]([0-7]+)|[bB]([01]+))")


def _int_to_double(n):
    """The double nearest the integer n (ties to even), Infinity past the
    largest double."""
    try:
        return float(n)
    except OverflowError:
        return math.inf if n > 0 else -math.inf


def _decimal_value(text):
    """The Number of a string matching _DECIMAL."""
    if text.endswith("Infinity"):
        return -math.inf if text[0] == "-" else math.inf
    return float(text)


def string_to_number(s):
    """StringToNumber (ECMA-262 7.1.4.1.1, grammar StringNumericLiteral in
    7.1.4.1): the value of `s` if, after trimming WhiteSpace and
    LineTerminators, it is empty (0), a StrDecimalLiteral (optional sign,
    "Infinity" or decimal digits with optional point and exponent) or an
    unsigned 0x / 0o / 0b integer; NaN otherwise.  No numeric separators,
    no BigInt suffix, no "inf"/"nan" spellings."""
    s = s.strip(WHITESPACE_CHARS)
    if not s:
        return 0.0
    if _DECIMAL.fullmatch(s):
        return _decimal_value(s)
    m = _NON_DECIMAL.fullmatch(s)
    if m:
        hex_digits, oct_digits, bin_digits = m.groups()
        if hex_digits is not None:
            return _int_to_double(int(hex_digits, 16))
        if oct_digits is not None:
            return _int_to_double(int(oct_digits, 8))
        return _int_to_double(int(bin_digits, 2))
    return math.nan


def parse_float(s):
    """parseFloat(string) (ECMA-262 19.2.4) after its ToString step: the
    longest prefix of `s` (leading white space trimmed) that is a
    StrDecimalLiteral, NaN if there is none.  "-0" gives -0; "1e" gives 1;
    "0x10" gives 0; "Infinityx" gives Infinity."""
    s = s.lstrip(WHITESPACE_CHARS)
    m = _DECIMAL.match(s)
    if not m:
        return math.nan
    return _decimal_value(m.group())


def _digit_value(c):
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 122:
        return o - 87
    if 65 <= o <= 90:
        return o - 55
    return 99


def parse_int(s, radix=None):
    """parseInt(string, radix) (ECMA-262 19.2.5) after the ToString step.

    `radix` is the radix argument after ToNumber (None for undefined); R =
    ToInt32(radix), 0 meaning 10 with a "0x"/"0X" prefix switching to 16,
    which radix 16 also accepts; other R outside 2..36 give NaN.  After
    leading white space and one optional sign, the longest run of digits of
    radix R is converted: exactly (correctly rounded) for radix 10 and the
    power-of-two radixes, like V8 otherwise; no digits give NaN; a zero
    value keeps the sign ("-0" -> -0)."""
    s = s.lstrip(WHITESPACE_CHARS)
    pos = 0
    negative = False
    if s[:1] in ("+", "-"):
        negative = s[0] == "-"
        pos = 1
    r = 0 if radix is None else to_int32(radix)
    strip_prefix = True
    if r != 0:
        if r < 2 or r > 36:
            return math.nan
        if r != 16:
            strip_prefix = False
    else:
        r = 10
    if strip_prefix and s[pos:pos + 2] in ("0x", "0X"):
        pos += 2
        r = 16
    end = pos
    while end < len(s) and _digit_value(s[end]) < r:
        end += 1
    if end == pos:
        return math.nan
    digits = s[pos:end].lstrip("0")
    if not digits:
        value = 0.0
    elif r == 10:
        value = float(digits)
    elif r & (r - 1) == 0:
        value = _int_to_double(int(digits, r))
    else:
        value = _accumulate_digits(digits, r)
    return -value if negative else value


_MAX_PART_MULTIPLIER = 0xFFFFFFFF // 36


def _accumulate_digits(digits, radix):
    """V8's value for a digit run in a radix that is neither 10 nor a power
    of two: the digits are taken in chunks whose place value stays below
    2**32 / 36, each chunk exact as an integer, and folded in as
    result * multiplier + chunk in double arithmetic (so rounding errors
    accumulate beyond 2**53, as the spec allows for these radixes)."""
    result = 0.0
    pos = 0
    n = len(digits)
    while pos < n:
        part = 0
        multiplier = 1
        while pos < n:
            m = multiplier * radix
            if m > _MAX_PART_MULTIPLIER:
                break
            part = part * radix + _digit_value(digits[pos])
            multiplier = m
            pos += 1
        result = result * multiplier + part
    return result
