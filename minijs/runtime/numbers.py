"""The numeric conversion library of the engine core, in one namespace.

Pure functions on Python values: a Number is a float (ints accepted), a
BigInt an int, a String a str of UTF-16 code units; a RangeError the engine
must throw is raised as NumberRangeError carrying V8's message.  The
implementations live in small modules:

* intconv -- ToIntegerOrInfinity, ToInt32 & co, ToLength, ToIndex
* dtoa    -- Number::toString (any radix), toFixed, toExponential, toPrecision
* strtod  -- StringToNumber, parseInt, parseFloat
* bigint  -- BigInt::toString, StringToBigInt, NumberToBigInt, asIntN/asUintN
* jsmath  -- Number::remainder (%), Number::exponentiate (**, Math.pow)

plus the property-key helpers below, which need both directions.
"""

from minijs.runtime.bigint import (
    bigint_as_int_n, bigint_as_uint_n, bigint_to_number, bigint_to_string,
    number_to_bigint, string_to_bigint)
from minijs.runtime.dtoa import (
    number_to_string, to_exponential, to_fixed, to_precision)
from minijs.runtime.intconv import (
    MAX_SAFE_INTEGER, NumberRangeError, relative_index, to_index, to_int8,
    to_int16, to_int32, to_integer_or_infinity, to_length, to_uint8,
    to_uint8_clamp, to_uint16, to_uint32)
from minijs.runtime.jsmath import js_pow, js_remainder
from minijs.runtime.strtod import (
    WHITESPACE_CHARS, parse_float, parse_int, string_to_number)

__all__ = [
    "MAX_SAFE_INTEGER", "NumberRangeError", "WHITESPACE_CHARS",
    "array_index", "bigint_as_int_n", "bigint_as_uint_n", "bigint_to_number",
    "bigint_to_string", "canonical_numeric_index_string", "js_pow",
    "js_remainder", "number_to_bigint", "number_to_string", "parse_float",
    "parse_int", "relative_index", "string_to_bigint", "string_to_number",
    "to_exponential", "to_fixed", "to_index", "to_int8", "to_int16",
    "to_int32", "to_integer_or_infinity", "to_length", "to_precision",
    "to_uint8", "to_uint8_clamp", "to_uint16", "to_uint32",
]

_MAX_ARRAY_INDEX = 2 ** 32 - 2


def canonical_numeric_index_string(s):
    """CanonicalNumericIndexString (ECMA-262 7.1.21): -0.0 for "-0", else
    the Number n = ToNumber(s) when ToString(n) is exactly s, else None
    (the spec's undefined).  So "1" -> 1.0, "NaN" -> nan, "1.0" -> None."""
    if s == "-0":
        return -0.0
    n = string_to_number(s)
    return n if number_to_string(n) == s else None


def array_index(s):
    """The array index a property key string denotes (ECMA-262 6.1.7: an
    integer index whose value is below 2**32 - 1, in canonical form: "0" or
    decimal digits without a leading zero), else None."""
    if not s or len(s) > 10 or not s.isascii() or not s.isdigit():
        return None
    if s[0] == "0" and len(s) > 1:
        return None
    n = int(s)
    return n if n <= _MAX_ARRAY_INDEX else None
