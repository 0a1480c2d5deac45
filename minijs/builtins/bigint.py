"""The BigInt function and BigInt.prototype (ECMA-262 21.2).

BigInt is callable but not a constructor (a NativeFunction without a
[[Construct]] part, which throws "BigInt is not a constructor").  The
conversions are minijs.runtime.bigint's; `to_bigint` here is ToBigInt
(7.1.13) with V8's messages, usable by other built-ins."""

from minijs.builtins.number_format import _group
from minijs.builtins.support import (
    CONFIGURABLE, arg, define_methods, define_value, make_constructor)
from minijs.runtime import errors
from minijs.runtime.bigint import (
    bigint_as_int_n, bigint_as_uint_n, bigint_to_string, number_to_bigint,
    string_to_bigint)
from minijs.runtime.intconv import MAX_SAFE_INTEGER, NumberRangeError
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import to_integer, to_primitive
from minijs.runtime.values import UNDEFINED, WELL_KNOWN, JSBigInt
from minijs.runtime.wrappers import PrimitiveWrapper

__all__ = ["install", "to_bigint", "this_bigint_value"]

# V8's BigInt::kMaxLengthBits: larger results throw a RangeError
MAX_BIGINT_BITS = 2 ** 30


def _cannot_convert(v):
    return "Cannot convert %s to a BigInt" % errors.display_value(v)


def to_bigint(v):
    """ToBigInt (7.1.13): a JSBigInt, or V8's TypeError/SyntaxError."""
    prim = to_primitive(v, "number")
    t = type(prim)
    if t is JSBigInt:
        return prim
    if t is bool:
        return JSBigInt(1 if prim else 0)
    if t is str:
        n = string_to_bigint(prim)
        if n is None:
            raise errors.syntax_error(_cannot_convert(prim))
        return JSBigInt(n)
    raise errors.type_error(_cannot_convert(prim))


def bigint_call(this, args):
    """BigInt(value) (21.2.1.1): numbers must be integral (NumberToBigInt),
    everything else goes through ToBigInt."""
    prim = to_primitive(arg(args, 0), "number")
    if type(prim) is int:
        return JSBigInt(prim)
    if type(prim) is float:
        try:
            return JSBigInt(number_to_bigint(prim))
        except NumberRangeError as exc:
            raise errors.range_error(exc.message) from None
    return to_bigint(prim)


def _to_index(v):
    """ToIndex (7.1.22) with V8's message."""
    n = to_integer(v)
    if n < 0 or n > MAX_SAFE_INTEGER:
        raise errors.range_error("Invalid value: not (convertible to) a safe integer")
    return int(n)


def as_int_n(this, args):
    """BigInt.asIntN(bits, bigint) (21.2.2.1)."""
    bits = _to_index(arg(args, 0))
    n = to_bigint(arg(args, 1)).value
    if bits > n.bit_length() + 1:
        return JSBigInt(n)        # already representable
    return JSBigInt(bigint_as_int_n(bits, n))


def as_uint_n(this, args):
    """BigInt.asUintN(bits, bigint) (21.2.2.2)."""
    bits = _to_index(arg(args, 0))
    n = to_bigint(arg(args, 1)).value
    if n >= 0 and bits > n.bit_length():
        return JSBigInt(n)
    if bits > MAX_BIGINT_BITS:
        raise errors.range_error("Maximum BigInt size exceeded")
    return JSBigInt(bigint_as_uint_n(bits, n))


def this_bigint_value(this, name):
    """thisBigIntValue (21.2.3.4.1) with V8's message."""
    if type(this) is JSBigInt:
        return this.value
    if isinstance(this, PrimitiveWrapper) and this.class_name == "BigInt":
        return this.primitive.value
    raise errors.type_error("BigInt.prototype.%s requires that 'this' be a BigInt" % name)


def to_locale_string(this, args):
    # node's default en-US format: grouping by thousands
    n = this_bigint_value(this, "toLocaleString")
    text = _group(bigint_to_string(abs(n)))
    return "-" + text if n < 0 else text


def to_string(this, args):
    n = this_bigint_value(this, "toString")
    radix = arg(args, 0)
    try:
        return bigint_to_string(n, None if radix is UNDEFINED else to_integer(radix))
    except NumberRangeError as exc:
        raise errors.range_error(exc.message) from None


def value_of(this, args):
    return JSBigInt(this_bigint_value(this, "valueOf"))


def bigint_construct(args, new_target):
    """BigInt is a constructor (it can be a newTarget), but `new BigInt`
    throws before looking at its argument (21.2.1.1 step 1)."""
    raise errors.type_error("BigInt is not a constructor")


def install(realm):
    proto = JSObject(realm.intrinsics["ObjectPrototype"])
    ctor = make_constructor(realm, "BigInt", 1, bigint_call, bigint_construct, proto)
    define_methods(realm, ctor, [("asUintN", as_uint_n, 2), ("asIntN", as_int_n, 2)])
    define_methods(realm, proto, [
        ("toLocaleString", to_locale_string, 0),
        ("toString", to_string, 0),
        ("valueOf", value_of, 0),
    ])
    define_value(proto, WELL_KNOWN.toStringTag, "BigInt", CONFIGURABLE)
