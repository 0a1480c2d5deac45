"""Abstract operations of ECMA-262 7.1-7.4 and the operator semantics of
13.x that the interpreter and the built-ins share.

Invariants:

* Every function takes and returns JS values (values.py) and signals JS
  exceptions only as JSThrow, with V8's message texts.
* Numbers follow engine.md: an `int` result is a safe integer and never
  -0; anything else is a float.  `number(x)` normalises a Python int that
  may be out of the safe range.
* Objects are created in the running realm (realm.current()).
"""

import math

from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.bigint import bigint_to_string, string_to_bigint
from minijs.runtime.calls import call
from minijs.runtime.dtoa import number_to_string
from minijs.runtime.intconv import to_int32, to_uint32, to_integer_or_infinity
from minijs.runtime.jsmath import js_pow, js_remainder
from minijs.runtime.objects import JSObject
from minijs.runtime.strtod import string_to_number
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, JSBigInt, JSSymbol, is_callable,
    is_constructor, key_to_display, same_value, same_value_zero, to_boolean,
    type_of)
from minijs.runtime.wrappers import wrap_primitive

__all__ = [
    "to_primitive", "ordinary_to_primitive", "to_number", "to_numeric",
    "to_string", "to_property_key", "to_object", "to_integer", "to_int32",
    "to_uint32", "to_length", "to_boolean", "number", "typeof",
    "strict_equals", "loose_equals", "same_value", "same_value_zero",
    "less_than", "add", "sub", "mul", "div", "mod", "exp", "shl", "sar",
    "shr", "bitand", "bitor", "bitxor", "negate", "bitnot", "increment",
    "decrement", "instance_of", "ordinary_has_instance", "has_property_in",
    "get_v", "get_method", "invoke", "length_of_array_like",
    "create_list_from_array_like", "species_constructor", "is_array",
    "get_prototype_from_constructor", "is_callable", "is_constructor",
    "require_object_coercible", "key_for",
]

MAX_SAFE = 2 ** 53


def number(n):
    """A Python int or float as a JS number value (engine.md rules)."""
    if type(n) is int and -MAX_SAFE <= n <= MAX_SAFE:
        return n
    try:
        return float(n)
    except OverflowError:           # an exact integer beyond the double range
        return math.inf if n > 0 else -math.inf


# -- type conversion (7.1) ----------------------------------------------

def to_primitive(v, hint="default"):
    """ToPrimitive (7.1.1); hint is "default", "number" or "string"."""
    if not isinstance(v, JSObject):
        return v
    exotic = v.get(WELL_KNOWN.toPrimitive, v)
    if exotic is not UNDEFINED and exotic is not NULL:
        if not is_callable(exotic):
            raise errors.type_error("%s is not a function" % errors.display_value(exotic))
        result = call(exotic, v, (hint,))
        if isinstance(result, JSObject):
            raise errors.type_error("Cannot convert object to primitive value")
        return result
    return ordinary_to_primitive(v, "number" if hint == "default" else hint)


def ordinary_to_primitive(o, hint):
    """OrdinaryToPrimitive (7.1.1.1)."""
    names = ("toString", "valueOf") if hint == "string" else ("valueOf", "toString")
    for name in names:
        method = o.get(name, o)
        if is_callable(method):
            result = call(method, o, ())
            if not isinstance(result, JSObject):
                return result
    raise errors.type_error("Cannot convert object to primitive value")


def to_number(v):
    """ToNumber (7.1.4)."""
    t = type(v)
    if t is int or t is float:
        return v
    if t is str:
        return string_to_number(v)
    if t is bool:
        return 1 if v else 0
    if v is UNDEFINED:
        return math.nan
    if v is NULL:
        return 0
    if t is JSSymbol:
        raise errors.type_error("Cannot convert a Symbol value to a number")
    if t is JSBigInt:
        raise errors.type_error("Cannot convert a BigInt value to a number")
    return to_number(to_primitive(v, "number"))


def to_numeric(v):
    """ToNumeric (7.1.3): a number or a JSBigInt."""
    t = type(v)
    if t is int or t is float or t is JSBigInt:
        return v
    if isinstance(v, JSObject):
        v = to_primitive(v, "number")
        if type(v) is JSBigInt:
            return v
    return to_number(v)


def to_string(v):
    """ToString (7.1.17)."""
    t = type(v)
    if t is str:
        return v
    if t is int:
        return str(v)
    if t is float:
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if v is UNDEFINED:
        return "undefined"
    if v is NULL:
        return "null"
    if t is JSBigInt:
        return bigint_to_string(v.value)
    if t is JSSymbol:
        raise errors.type_error("Cannot convert a Symbol value to a string")
    return to_string(to_primitive(v, "string"))


def to_property_key(v):
    """ToPropertyKey (7.1.19): a str or a JSSymbol."""
    t = type(v)
    if t is str or t is JSSymbol:
        return v
    if t is int:
        return str(v)
    v = to_primitive(v, "string")
    if type(v) is JSSymbol:
        return v
    return to_string(v)


def key_for(v):
    """A property key for a value used as `obj[v]` without side effects
    when v is a primitive (the interpreter's keyed access fast path)."""
    t = type(v)
    if t is str or t is JSSymbol:
        return v
    if t is int:
        return str(v)
    return to_property_key(v)


def to_object(v):
    """ToObject (7.1.18)."""
    if isinstance(v, JSObject):
        return v
    if v is UNDEFINED or v is NULL:
        raise errors.type_error("Cannot convert undefined or null to object")
    return wrap_primitive(v, realms.current())


def require_object_coercible(v, what=None):
    """RequireObjectCoercible (7.2.1); `what` names the method for V8's
    "X called on null or undefined" message."""
    if v is UNDEFINED or v is NULL:
        if what:
            raise errors.type_error("%s called on null or undefined" % what)
        raise errors.type_error("Cannot convert undefined or null to object")
    return v


def to_integer(v):
    """ToIntegerOrInfinity (7.1.5) of any value: an int, or +-inf."""
    n = to_number(v)
    if type(n) is int:
        return n
    return to_integer_or_infinity(n)


def to_length(v):
    """ToLength (7.1.20): an int in [0, 2**53 - 1]."""
    n = to_integer(v)
    if n <= 0:
        return 0
    return int(min(n, MAX_SAFE - 1))


# -- operators (13.x, 6.1.6) -----------------------------------------------

def typeof(v):
    return type_of(v)


def strict_equals(a, b):
    """IsStrictlyEqual (7.2.15)."""
    ta = type(a)
    tb = type(b)
    if ta is tb:
        return a is b or a == b if ta is not float else a == b
    if (ta is int and tb is float) or (ta is float and tb is int):
        return a == b
    return False


def loose_equals(a, b):
    """IsLooselyEqual (7.2.14)."""
    while True:
        ta = type(a)
        tb = type(b)
        if ta is tb or ((ta is int or ta is float) and (tb is int or tb is float)):
            return strict_equals(a, b)
        a_nullish = a is UNDEFINED or a is NULL
        b_nullish = b is UNDEFINED or b is NULL
        if a_nullish or b_nullish:
            return a_nullish and b_nullish
        if (ta is int or ta is float) and tb is str:
            return a == string_to_number(b)
        if ta is str and (tb is int or tb is float):
            return string_to_number(a) == b
        if ta is JSBigInt and tb is str:
            n = string_to_bigint(b)
            return n is not None and n == a.value
        if ta is str and tb is JSBigInt:
            a, b = b, a
            continue
        if ta is bool:
            a = 1 if a else 0
            continue
        if tb is bool:
            b = 1 if b else 0
            continue
        a_obj = isinstance(a, JSObject)
        b_obj = isinstance(b, JSObject)
        if b_obj and not a_obj:
            if ta is JSSymbol or ta is str or ta is int or ta is float or ta is JSBigInt:
                b = to_primitive(b)
                continue
            return False
        if a_obj and not b_obj:
            if tb is JSSymbol or tb is str or tb is int or tb is float or tb is JSBigInt:
                a = to_primitive(a)
                continue
            return False
        if ta is JSBigInt and (tb is int or tb is float):
            return _bigint_equals_number(a.value, b)
        if tb is JSBigInt and (ta is int or ta is float):
            return _bigint_equals_number(b.value, a)
        return False


def _bigint_equals_number(n, x):
    if x != x or x in (math.inf, -math.inf):
        return False
    return x == int(x) and n == int(x)


def less_than(a, b, left_first=True):
    """IsLessThan (7.2.13): True, False or UNDEFINED (a NaN was involved)."""
    if left_first:
        px = to_primitive(a, "number")
        py = to_primitive(b, "number")
    else:
        py = to_primitive(b, "number")
        px = to_primitive(a, "number")
    tx = type(px)
    ty = type(py)
    if tx is str and ty is str:
        return px < py
    if tx is JSBigInt and ty is str:
        n = string_to_bigint(py)
        return UNDEFINED if n is None else px.value < n
    if tx is str and ty is JSBigInt:
        n = string_to_bigint(px)
        return UNDEFINED if n is None else n < py.value
    nx = to_numeric(px)
    ny = to_numeric(py)
    tx = type(nx)
    ty = type(ny)
    if tx is JSBigInt or ty is JSBigInt:
        if tx is JSBigInt and ty is JSBigInt:
            return nx.value < ny.value
        if tx is JSBigInt:
            if ny != ny:
                return UNDEFINED
            if ny in (math.inf, -math.inf):
                return ny > 0
            return nx.value < ny if type(ny) is int else _big_lt_float(nx.value, ny)
        if nx != nx:
            return UNDEFINED
        if nx in (math.inf, -math.inf):
            return nx < 0
        return nx < ny.value if type(nx) is int else _float_lt_big(nx, ny.value)
    if nx != nx or ny != ny:
        return UNDEFINED
    return nx < ny


def _big_lt_float(n, x):
    f = math.floor(x)
    return n < int(f) or (n == int(f) and f < x)


def _float_lt_big(x, n):
    c = math.ceil(x)
    return int(c) < n or (int(c) == n and x < c)


def _bigint_mix_error():
    return errors.type_error("Cannot mix BigInt and other types, use explicit conversions")


def _numeric_pair(a, b):
    a = to_numeric(a)
    b = to_numeric(b)
    if (type(a) is JSBigInt) != (type(b) is JSBigInt):
        raise _bigint_mix_error()
    return a, b


def add(a, b):
    """The + operator (13.15.3 ApplyStringOrNumericBinaryOperator)."""
    ta = type(a)
    tb = type(b)
    if ta is int and tb is int:
        return number(a + b)
    if (ta is float or ta is int) and (tb is float or tb is int):
        return a + b
    if ta is str and tb is str:
        return _concat(a, b)
    a = to_primitive(a)
    b = to_primitive(b)
    if type(a) is str or type(b) is str:
        return _concat(to_string(a), to_string(b))
    a, b = _numeric_pair(a, b)
    if type(a) is JSBigInt:
        return JSBigInt(a.value + b.value)
    return number(a + b)


MAX_STRING_LENGTH = 2 ** 29 - 24      # V8's String::kMaxLength on 64-bit hosts


def _concat(a, b):
    if len(a) + len(b) > MAX_STRING_LENGTH:
        raise errors.range_error("Invalid string length")
    return a + b


def sub(a, b):
    a, b = _numeric_pair(a, b)
    if type(a) is JSBigInt:
        return JSBigInt(a.value - b.value)
    return number(a - b)


def mul(a, b):
    a, b = _numeric_pair(a, b)
    if type(a) is JSBigInt:
        return JSBigInt(a.value * b.value)
    if type(a) is int and type(b) is int:
        r = a * b
        if r == 0 and (a < 0 or b < 0):
            return -0.0
        return number(r)
    return float(a) * float(b)


def div(a, b):
    a, b = _numeric_pair(a, b)
    if type(a) is JSBigInt:
        if b.value == 0:
            raise errors.range_error("Division by zero")
        q = abs(a.value) // abs(b.value)
        return JSBigInt(q if (a.value < 0) == (b.value < 0) else -q)
    if b == 0:
        a = float(a)
        if a != a or a == 0:
            return math.nan
        negative = (a < 0) != (math.copysign(1.0, b) < 0)
        return -math.inf if negative else math.inf
    if type(a) is int and type(b) is int and a % b == 0:
        q = a // b
        if q == 0 and (a < 0) != (b < 0):
            return -0.0
        return q
    return a / b


def mod(a, b):
    a, b = _numeric_pair(a, b)
    if type(a) is JSBigInt:
        if b.value == 0:
            raise errors.range_error("Division by zero")
        r = abs(a.value) % abs(b.value)
        return JSBigInt(-r if a.value < 0 else r)
    if type(a) is int and type(b) is int and b != 0:
        r = abs(a) % abs(b)
        if a < 0:
            return -r if r else -0.0
        return r
    return js_remainder(float(a), float(b))


def exp(a, b):
    a, b = _numeric_pair(a, b)
    if type(a) is JSBigInt:
        if b.value < 0:
            raise errors.range_error("Exponent must be non-negative")
        return JSBigInt(a.value ** b.value)
    return number_result(js_pow(float(a), float(b)))


def number_result(x):
    """A float result that is a safe integer (not -0) as an int."""
    if x == x and x not in (math.inf, -math.inf) and x == int(x) and abs(x) <= MAX_SAFE:
        if x == 0 and math.copysign(1.0, x) < 0:
            return x
        return int(x)
    return x


def _int_pair(a, b):
    a, b = _numeric_pair(a, b)
    if type(a) is JSBigInt:
        return a.value, b.value, True
    return to_int32(a), b, False


def shl(a, b):
    x, y, big = _int_pair(a, b)
    if big:
        return JSBigInt(x << y if y >= 0 else x >> -y)
    return to_int32(x << (to_uint32(y) & 31))


def sar(a, b):
    x, y, big = _int_pair(a, b)
    if big:
        return JSBigInt(x >> y if y >= 0 else x << -y)
    return x >> (to_uint32(y) & 31)


def shr(a, b):
    a, b = _numeric_pair(a, b)
    if type(a) is JSBigInt:
        raise errors.type_error("BigInts have no unsigned right shift, use >> instead")
    return to_uint32(a) >> (to_uint32(b) & 31)


def bitand(a, b):
    x, y, big = _int_pair(a, b)
    return JSBigInt(x & y) if big else x & to_int32(y)


def bitor(a, b):
    x, y, big = _int_pair(a, b)
    return JSBigInt(x | y) if big else x | to_int32(y)


def bitxor(a, b):
    x, y, big = _int_pair(a, b)
    return JSBigInt(x ^ y) if big else x ^ to_int32(y)


def negate(v):
    v = to_numeric(v)
    if type(v) is JSBigInt:
        return JSBigInt(-v.value)
    if type(v) is int:
        return -v if v != 0 else -0.0
    return -v


def bitnot(v):
    v = to_numeric(v)
    if type(v) is JSBigInt:
        return JSBigInt(~v.value)
    return ~to_int32(v)


def increment(v):
    """v + 1 for a numeric v (the ++ operator after ToNumeric)."""
    if type(v) is JSBigInt:
        return JSBigInt(v.value + 1)
    return number(v + 1)


def decrement(v):
    if type(v) is JSBigInt:
        return JSBigInt(v.value - 1)
    return number(v - 1)


# -- objects (7.3) ------------------------------------------------------------

def get_v(v, key):
    """GetV (7.3.3): property `key` of any value; primitives read their
    prototype without allocating a wrapper."""
    if isinstance(v, JSObject):
        return v.get(key, v)
    if v is UNDEFINED or v is NULL:
        raise errors.type_error("Cannot read properties of %s (reading '%s')" % (
            errors.display_value(v), key_to_display(key)))
    if type(v) is str:
        if key == "length":
            return len(v)
        if type(key) is str:
            from minijs.runtime.values import array_index
            idx = array_index(key)
            if idx is not None and idx < len(v):
                return v[idx]
    return _primitive_prototype(v).get(key, v)


def _primitive_prototype(v):
    intrinsics = realms.current().intrinsics
    t = type(v)
    if t is str:
        return intrinsics["StringPrototype"]
    if t is int or t is float:
        return intrinsics["NumberPrototype"]
    if t is bool:
        return intrinsics["BooleanPrototype"]
    if t is JSSymbol:
        return intrinsics["SymbolPrototype"]
    return intrinsics["BigIntPrototype"]


def get_method(v, key):
    """GetMethod (7.3.11): undefined for null/undefined, else a callable."""
    f = get_v(v, key)
    if f is UNDEFINED or f is NULL:
        return UNDEFINED
    if not is_callable(f):
        raise errors.type_error("%s is not a function" % errors.display_value(f))
    return f


def invoke(v, key, args=()):
    """Invoke (7.3.21)."""
    f = get_v(v, key)
    if not is_callable(f):
        raise errors.type_error("%s is not a function" % errors.display_value(f))
    return call(f, v, args)


def length_of_array_like(o):
    """LengthOfArrayLike (7.3.19)."""
    return to_length(o.get("length", o))


def create_list_from_array_like(v):
    """CreateListFromArrayLike (7.3.20) for Function.prototype.apply & co."""
    if not isinstance(v, JSObject):
        raise errors.type_error("CreateListFromArrayLike called on non-object")
    n = length_of_array_like(v)
    return [v.get(str(i), v) for i in range(n)]


def is_array(v):
    """IsArray (7.2.2) (proxies: their target)."""
    from minijs.runtime.arrays import JSArray
    while isinstance(v, JSObject):
        if isinstance(v, JSArray):
            return True
        if not v.is_proxy:
            return False
        v = v.proxy_target()
    return False


def species_constructor(o, default):
    """SpeciesConstructor (7.3.22)."""
    c = o.get("constructor", o)
    if c is UNDEFINED:
        return default
    if not isinstance(c, JSObject):
        raise errors.type_error("The .constructor property is not an object")
    s = c.get(WELL_KNOWN.species, c)
    if s is UNDEFINED or s is NULL:
        return default
    if is_constructor(s):
        return s
    raise errors.type_error("object.constructor[Symbol.species] is not a constructor")


def get_prototype_from_constructor(new_target, default_name):
    """GetPrototypeFromConstructor (10.1.14): new_target.prototype if an
    object, else the running realm's intrinsic `default_name`."""
    if new_target is not None and new_target is not UNDEFINED:
        proto = new_target.get("prototype", new_target)
        if isinstance(proto, JSObject):
            return proto
        return get_function_realm(new_target).intrinsics[default_name]
    return realms.current().intrinsics[default_name]


def get_function_realm(obj):
    """GetFunctionRealm (7.3.24): the [[Realm]] of a function, through
    bound functions and proxies; the running realm for anything else."""
    while True:
        realm = getattr(obj, "realm", None)
        if realm is not None:
            return realm
        target = getattr(obj, "bound_target", None)
        if target is not None:
            obj = target
            continue
        from minijs.runtime.proxy import JSProxy
        if isinstance(obj, JSProxy):
            if obj.handler is NULL:
                raise errors.type_error("Cannot perform 'GetFunctionRealm' on a proxy that has been revoked")
            obj = obj.target
            continue
        return realms.current()


def ordinary_has_instance(c, o):
    """OrdinaryHasInstance (7.3.22)."""
    if not is_callable(c):
        return False
    target = getattr(c, "bound_target", None)
    if target is not None:
        return instance_of(o, target)
    if not isinstance(o, JSObject):
        return False
    p = c.get("prototype", c)
    if not isinstance(p, JSObject):
        raise errors.type_error("Function has non-object prototype '%s' in instanceof check"
                                % errors.display_value(p))
    while True:
        o = o.get_prototype_of()
        if o is NULL:
            return False
        if o is p:
            return True


def instance_of(v, target):
    """InstanceofOperator (13.10.2)."""
    if not isinstance(target, JSObject):
        raise errors.type_error("Right-hand side of 'instanceof' is not an object")
    handler = target.get(WELL_KNOWN.hasInstance, target)
    if handler is not UNDEFINED and handler is not NULL:
        if not is_callable(handler):
            raise errors.type_error("%s is not a function" % errors.display_value(handler))
        return to_boolean(call(handler, target, (v,)))
    if not is_callable(target):
        raise errors.type_error("Right-hand side of 'instanceof' is not callable")
    return ordinary_has_instance(target, v)


def has_property_in(key, obj):
    """The `in` operator (13.10.1)."""
    if not isinstance(obj, JSObject):
        raise errors.type_error("Cannot use 'in' operator to search for '%s' in %s" % (
            errors.display_value(key) if type(key) is not JSSymbol else key.descriptive_string(),
            errors.display_value(obj)))
    return obj.has_property(to_property_key(key))
