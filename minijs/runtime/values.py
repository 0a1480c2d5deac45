"""The JavaScript value types of the engine core (ECMA-262 6.1).

Representation (docs/internals/engine.md, "JavaScript values in Python"):

    undefined  UNDEFINED (the only JSUndefined)     never Python None
    null       NULL (the only JSNull)
    boolean    bool                                 test with `type(v) is bool`
    number     int (safe integer, never -0) or float (everything else)
    string     str of UTF-16 code units
    bigint     JSBigInt (wraps a Python int)
    symbol     JSSymbol
    object     JSObject and subclasses (minijs.runtime.objects)

Invariants kept here:

* UNDEFINED and NULL are the only instances of their classes (the
  constructors return them), so `v is UNDEFINED` is the test.
* Python None is never a JS value.  Internal APIs use it for "absent"
  (a missing descriptor field, a get_fast miss, the spec's `undefined`
  result of [[GetOwnProperty]]), where a JS value would be ambiguous.
* A property key is a `str` (string key) or a `JSSymbol` (symbol key).
  Array indices are ordinary string keys in canonical form ("0", "17",
  never "01" or "1.0"); `array_index` maps such a key to its int.
* Every non-primitive value has the class attributes `callable` and
  `constructible` (JSObject defines them), which `type_of` and
  `is_callable` read.
"""

import math

__all__ = [
    "UNDEFINED", "NULL", "JSUndefined", "JSNull", "JSBigInt", "JSSymbol",
    "WELL_KNOWN", "WellKnownSymbols", "type_of", "is_callable",
    "is_constructor", "is_primitive", "is_property_key", "array_index",
    "same_value", "same_value_zero", "to_boolean", "key_to_display",
]


class JSUndefined:
    """The type of `undefined`; UNDEFINED is its only instance."""

    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self):
        return "undefined"

    def __reduce__(self):
        return (JSUndefined, ())


class JSNull:
    """The type of `null`; NULL is its only instance."""

    __slots__ = ()
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self):
        return "null"

    def __reduce__(self):
        return (JSNull, ())


UNDEFINED = JSUndefined()
NULL = JSNull()


class JSBigInt:
    """A BigInt value (6.1.6.2): an arbitrary-precision integer, a type of
    its own so it never mixes with numbers.  Immutable; equal and hashed by
    mathematical value (so SameValue and Map keys work with `==`)."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        if type(other) is JSBigInt:
            return self.value == other.value
        return NotImplemented

    def __ne__(self, other):
        if type(other) is JSBigInt:
            return self.value != other.value
        return NotImplemented

    def __hash__(self):
        return hash(("bigint", self.value))

    def __repr__(self):
        return "%dn" % self.value


class JSSymbol:
    """A Symbol value (6.1.5.1): identity is the value.  `description` is
    a str or UNDEFINED (Symbol() has no description, Symbol('') an empty
    one)."""

    __slots__ = ("description", "__weakref__")     # weak: WeakMap keys

    def __init__(self, description=UNDEFINED):
        self.description = description

    def descriptive_string(self):
        """SymbolDescriptiveString (20.4.3.3.1): "Symbol(desc)"."""
        desc = self.description
        return "Symbol(%s)" % ("" if desc is UNDEFINED else desc)

    def __repr__(self):
        return self.descriptive_string()


class WellKnownSymbols:
    """The well-known symbols (Table 1 of 6.1.5.1), shared by all realms.
    Each is a JSSymbol whose description is "Symbol.<name>"."""

    NAMES = ("asyncIterator", "hasInstance", "isConcatSpreadable", "iterator",
             "match", "matchAll", "replace", "search", "species", "split",
             "toPrimitive", "toStringTag", "unscopables")
    __slots__ = NAMES

    def __init__(self):
        for name in self.NAMES:
            setattr(self, name, JSSymbol("Symbol." + name))

    def __iter__(self):
        """(name, symbol) pairs in NAMES order."""
        for name in self.NAMES:
            yield name, getattr(self, name)


WELL_KNOWN = WellKnownSymbols()

_PRIMITIVE_TYPEOF = {
    JSUndefined: "undefined",
    JSNull: "object",
    bool: "boolean",
    int: "number",
    float: "number",
    str: "string",
    JSSymbol: "symbol",
    JSBigInt: "bigint",
}


def type_of(v):
    """The result of the `typeof` operator (13.5.3.1), as a str."""
    t = _PRIMITIVE_TYPEOF.get(type(v))
    if t is not None:
        return t
    return "function" if v.callable else "object"


def is_primitive(v):
    """True for every value that is not an Object (6.1)."""
    return type(v) in _PRIMITIVE_TYPEOF


def is_callable(v):
    """IsCallable (7.2.3): an object with a [[Call]] internal method."""
    return type(v) not in _PRIMITIVE_TYPEOF and v.callable


def is_constructor(v):
    """IsConstructor (7.2.4): an object with a [[Construct]] internal
    method."""
    return type(v) not in _PRIMITIVE_TYPEOF and v.constructible


def is_property_key(v):
    """IsPropertyKey (7.1.19 precondition): a str or a JSSymbol."""
    t = type(v)
    return t is str or t is JSSymbol


_MAX_ARRAY_INDEX = 2 ** 32 - 2
_DIGITS = frozenset("0123456789")


def array_index(key):
    """The array index (6.1.7) a property key denotes, as an int, else None.

    An array index is a canonical numeric string whose value is an integer
    in [0, 2**32 - 2]: "0" or ASCII digits without a leading zero.  Symbols
    and every other string give None.  The first-character test makes the
    common case (a key that starts with a letter) one set lookup."""
    if type(key) is not str or key[:1] not in _DIGITS:
        return None
    if len(key) > 10 or not key.isdigit() or not key.isascii():
        return None
    if key[0] == "0" and len(key) > 1:
        return None
    n = int(key)
    return n if n <= _MAX_ARRAY_INDEX else None


def same_value(a, b):
    """SameValue (7.2.10): like ===, except NaN equals NaN and +0 differs
    from -0.  Booleans are not numbers here (True is not 1)."""
    ta = type(a)
    tb = type(b)
    if ta is float or tb is float:
        if (ta is not float and ta is not int) or (tb is not float and tb is not int):
            return False
        if a != a:
            return b != b
        if a == 0 and b == 0:
            return math.copysign(1.0, a) == math.copysign(1.0, b)
        return a == b
    if ta is not tb:
        return False
    if ta is str or ta is int or ta is bool or ta is JSBigInt:
        return a == b
    return a is b


def same_value_zero(a, b):
    """SameValueZero (7.2.11): SameValue except +0 equals -0."""
    ta = type(a)
    tb = type(b)
    if ta is float or tb is float:
        if (ta is not float and ta is not int) or (tb is not float and tb is not int):
            return False
        if a != a:
            return b != b
        return a == b
    if ta is not tb:
        return False
    if ta is str or ta is int or ta is bool or ta is JSBigInt:
        return a == b
    return a is b


def to_boolean(v):
    """ToBoolean (7.1.2).  Side-effect free, so it lives with the values."""
    t = type(v)
    if t is bool:
        return v
    if t is str:
        return len(v) > 0
    if t is int:
        return v != 0
    if t is float:
        return not (v == 0 or v != v)
    if v is UNDEFINED or v is NULL:
        return False
    if t is JSBigInt:
        return v.value != 0
    return True


def key_to_display(key):
    """A property key as V8 writes it in messages: the string itself, or
    "Symbol(description)"."""
    if type(key) is JSSymbol:
        return key.descriptive_string()
    return key
