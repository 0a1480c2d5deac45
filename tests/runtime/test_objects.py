"""Tests for the value types and ordinary objects: minijs.runtime.values,
descriptors, errors, calls, function_base, objects, integrity.

Two kinds: hand-written cases for each rule of the spec's ordinary
internal methods (10.1), and differential runs against node (skipped when
node is not on PATH): a small program language (`ops` below) is run both
on minijs objects and, in ONE node process per test, on real JS objects
through Reflect; the logs must be identical.  The define test covers the
whole matrix of existing property states x descriptors
(ValidateAndApplyPropertyDescriptor), on named keys, symbol keys, index
keys (elements), dictionary-mode objects and arrays.
"""

import itertools
import json
import math
import random
import shutil
import subprocess

import pytest

from minijs.runtime import calls, errors
from minijs.runtime.arrays import JSArray, create_array_from_list
from minijs.runtime.descriptors import (
    PropertyDescriptor, accessor_descriptor, complete_property_descriptor,
    data_descriptor, from_property_descriptor, is_accessor_descriptor,
    is_data_descriptor, is_generic_descriptor, to_property_descriptor)
from minijs.runtime.errors import JSThrow
from minijs.runtime.function_base import NativeFunction
from minijs.runtime.integrity import FROZEN, SEALED, set_integrity_level
from minijs.runtime.integrity import test_integrity_level as check_integrity
from minijs.runtime.objects import HOLE, JSObject, ordinary_object_create
from minijs.runtime.ordinary import (
    create_data_property, create_data_property_or_throw,
    define_property_or_throw, delete_property_or_throw, get_data_property,
    is_compatible_property_descriptor, ordinary_define_own_property,
    receive_set_generic, set_failure_error,
    validate_and_apply_property_descriptor)
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, JSBigInt, JSNull, JSSymbol, JSUndefined,
    array_index, is_callable, is_constructor, is_primitive, is_property_key,
    key_to_display, same_value, same_value_zero, to_boolean, type_of)

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node not on PATH")


def fn(name="f", result=UNDEFINED, log=None):
    """A NativeFunction that records (this, args) in `log`."""
    def impl(this, args):
        if log is not None:
            log.append((name, this, list(args)))
        return result
    return NativeFunction(impl, name, 0)


def keys_of(o):
    return [key_to_display(k) for k in o.own_property_keys()]


def define(o, key, **fields):
    return o.define_own_property(key, PropertyDescriptor(**fields))


def message_of(exc):
    return exc.value.get("message")


# ===========================================================================
# values.py
# ===========================================================================

def test_undefined_and_null_are_singletons():
    assert JSUndefined() is UNDEFINED
    assert JSNull() is NULL
    assert UNDEFINED is not None and NULL is not None
    assert repr(UNDEFINED) == "undefined" and repr(NULL) == "null"


@pytest.mark.parametrize("value, expected", [
    (UNDEFINED, "undefined"), (NULL, "object"), (True, "boolean"),
    (False, "boolean"), (0, "number"), (-0.0, "number"), (math.nan, "number"),
    ("", "string"), ("x", "string"), (JSSymbol("s"), "symbol"),
    (JSBigInt(1), "bigint"), (JSObject(), "object"), (JSArray(), "object"),
])
def test_type_of(value, expected):
    assert type_of(value) == expected


def test_type_of_function_and_callability():
    f = fn()
    assert type_of(f) == "function"
    assert is_callable(f) and not is_constructor(f)
    g = NativeFunction(lambda this, args: UNDEFINED, "G", 0, ctor=lambda a, nt: JSObject())
    assert is_constructor(g)
    for v in (UNDEFINED, NULL, 1, "f", JSSymbol(), JSBigInt(0), JSObject(), JSArray()):
        assert not is_callable(v)
        assert not is_constructor(v)


def test_is_primitive_and_property_key():
    for v in (UNDEFINED, NULL, True, 1, 1.5, "s", JSSymbol(), JSBigInt(3)):
        assert is_primitive(v)
    assert not is_primitive(JSObject())
    assert is_property_key("x") and is_property_key(JSSymbol())
    assert not is_property_key(1) and not is_property_key(UNDEFINED)


def test_bigint_value_semantics():
    assert JSBigInt(5) == JSBigInt(5)
    assert JSBigInt(5) != JSBigInt(6)
    assert hash(JSBigInt(5)) == hash(JSBigInt(5))
    assert JSBigInt(5) != 5
    assert repr(JSBigInt(-3)) == "-3n"


def test_symbols():
    a, b = JSSymbol("a"), JSSymbol("a")
    assert a != b and a == a
    assert JSSymbol().description is UNDEFINED
    assert JSSymbol().descriptive_string() == "Symbol()"
    assert JSSymbol("").descriptive_string() == "Symbol()"
    assert a.descriptive_string() == "Symbol(a)"


def test_well_known_symbols():
    names = [name for name, _ in WELL_KNOWN]
    assert sorted(names) == sorted([
        "iterator", "asyncIterator", "hasInstance", "toPrimitive",
        "toStringTag", "species", "isConcatSpreadable", "match", "matchAll",
        "replace", "search", "split", "unscopables"])
    for name, sym in WELL_KNOWN:
        assert type(sym) is JSSymbol
        assert sym.description == "Symbol." + name
        assert getattr(WELL_KNOWN, name) is sym
    assert len({id(s) for _, s in WELL_KNOWN}) == 13


@pytest.mark.parametrize("key, expected", [
    ("0", 0), ("1", 1), ("10", 10), ("4294967294", 4294967294),
    ("4294967295", None), ("4294967296", None), ("99999999999", None),
    ("01", None), ("00", None), ("-0", None), ("-1", None), ("1.0", None),
    ("1e3", None), (" 1", None), ("1 ", None), ("+1", None), ("", None),
    ("x", None), ("length", None), ("\u0663", None), ("１", None),
    ("0x10", None),
])
def test_array_index(key, expected):
    assert array_index(key) == expected


def test_array_index_of_symbol():
    assert array_index(JSSymbol("0")) is None


def test_same_value():
    nan = math.nan
    cases_true = [(1, 1), (1, 1.0), (nan, nan), (0.0, 0), (-0.0, -0.0),
                  ("a", "a"), (True, True), (UNDEFINED, UNDEFINED),
                  (NULL, NULL), (JSBigInt(2), JSBigInt(2))]
    cases_false = [(0.0, -0.0), (0, -0.0), (1, "1"), (True, 1), (False, 0),
                   (UNDEFINED, NULL), (JSSymbol(), JSSymbol()),
                   (JSObject(), JSObject()), (JSBigInt(1), 1), (nan, 1)]
    for a, b in cases_true:
        assert same_value(a, b) and same_value(b, a), (a, b)
    for a, b in cases_false:
        assert not same_value(a, b) and not same_value(b, a), (a, b)
    o = JSObject()
    assert same_value(o, o)


def test_same_value_zero():
    assert same_value_zero(0.0, -0.0) and same_value_zero(-0.0, 0)
    assert same_value_zero(math.nan, math.nan)
    assert not same_value_zero(True, 1) and not same_value_zero(1, "1")


@pytest.mark.parametrize("value, expected", [
    (UNDEFINED, False), (NULL, False), (True, True), (False, False),
    (0, False), (-0.0, False), (math.nan, False), (1, True), (-1.5, True),
    ("", False), ("0", True), (JSSymbol(), True), (JSBigInt(0), False),
    (JSBigInt(-1), True),
])
def test_to_boolean(value, expected):
    assert to_boolean(value) is expected


def test_to_boolean_objects():
    assert to_boolean(JSObject()) is True and to_boolean(JSArray()) is True


# ===========================================================================
# descriptors.py
# ===========================================================================

def test_descriptor_kinds():
    assert is_data_descriptor(PropertyDescriptor(value=UNDEFINED))
    assert is_data_descriptor(PropertyDescriptor(writable=False))
    assert is_accessor_descriptor(PropertyDescriptor(get=UNDEFINED))
    assert is_accessor_descriptor(PropertyDescriptor(set=UNDEFINED))
    assert is_generic_descriptor(PropertyDescriptor(enumerable=True))
    assert is_generic_descriptor(PropertyDescriptor())
    for f in (is_data_descriptor, is_accessor_descriptor, is_generic_descriptor):
        assert f(None) is False
    assert PropertyDescriptor().is_empty()
    assert not PropertyDescriptor(configurable=False).is_empty()


def test_complete_property_descriptor():
    d = complete_property_descriptor(PropertyDescriptor())
    assert d == PropertyDescriptor(UNDEFINED, False, None, None, False, False)
    d = complete_property_descriptor(PropertyDescriptor(get=UNDEFINED, enumerable=True))
    assert d == PropertyDescriptor(None, None, UNDEFINED, UNDEFINED, True, False)


def test_descriptor_equality_uses_same_value():
    assert PropertyDescriptor(value=math.nan) == PropertyDescriptor(value=math.nan)
    assert PropertyDescriptor(value=0.0) != PropertyDescriptor(value=-0.0)
    assert PropertyDescriptor(value=1) != PropertyDescriptor(value=1, writable=True)
    assert data_descriptor(1) == PropertyDescriptor(1, True, None, None, True, True)
    assert accessor_descriptor().fields() == {
        "get": UNDEFINED, "set": UNDEFINED, "enumerable": True, "configurable": True}


def _getter_object(log, **fields):
    """An object whose descriptor fields are getters that log their reads."""
    o = JSObject()
    for name, value in fields.items():
        o.define_own_property(name, accessor_descriptor(
            fn("get " + name, value, log), UNDEFINED, True, True))
    return o


def test_to_property_descriptor_order_of_reads():
    log = []
    g = fn("g")
    src = _getter_object(log, set=UNDEFINED, get=g, writable=UNDEFINED,
                         value=UNDEFINED, configurable=1, enumerable="")
    with pytest.raises(JSThrow):   # get + value present -> TypeError at the end
        to_property_descriptor(src)
    assert [entry[0] for entry in log] == [
        "get enumerable", "get configurable", "get value", "get writable",
        "get get", "get set"]


def test_to_property_descriptor_fields_and_inheritance():
    proto = JSObject()
    create_data_property(proto, "enumerable", 1)
    o = JSObject(proto)
    create_data_property(o, "value", 5)
    create_data_property(o, "writable", 0)
    d = to_property_descriptor(o)
    assert d == PropertyDescriptor(value=5, writable=False, enumerable=True)
    o2 = JSObject()
    create_data_property(o2, "get", UNDEFINED)
    assert to_property_descriptor(o2) == PropertyDescriptor(get=UNDEFINED)


@pytest.mark.parametrize("build, message", [
    (lambda: 1, "Property description must be an object: 1"),
    (lambda: "abc", "Property description must be an object: abc"),
    (lambda: UNDEFINED, "Property description must be an object: undefined"),
    (lambda: _plain(get=1), "Getter must be a function: 1"),
    (lambda: _plain(set="a"), "Setter must be a function: a"),
    (lambda: _plain(get=NULL), "Getter must be a function: null"),
    (lambda: _plain(get=fn(), value=1),
     "Invalid property descriptor. Cannot both specify accessors and a value "
     "or writable attribute, [object Object]"),
    (lambda: _plain(set=UNDEFINED, writable=False),
     "Invalid property descriptor. Cannot both specify accessors and a value "
     "or writable attribute, [object Object]"),
])
def test_to_property_descriptor_errors(build, message):
    with pytest.raises(JSThrow) as info:
        to_property_descriptor(build())
    assert info.value.value.get("name") == "TypeError"
    assert message_of(info.value) == message


def _plain(**fields):
    o = JSObject()
    for k, v in fields.items():
        create_data_property(o, k, v)
    return o


def test_from_property_descriptor():
    assert from_property_descriptor(None, JSObject) is UNDEFINED
    g = fn("g")
    o = from_property_descriptor(
        PropertyDescriptor(None, None, g, UNDEFINED, False, True), JSObject)
    assert keys_of(o) == ["get", "set", "enumerable", "configurable"]
    assert o.get("get") is g and o.get("set") is UNDEFINED
    o = from_property_descriptor(PropertyDescriptor(1, True, None, None, True, False), JSObject)
    assert keys_of(o) == ["value", "writable", "enumerable", "configurable"]
    assert o.get_own_property("value") == data_descriptor(1)
    assert to_property_descriptor(o) == PropertyDescriptor(1, True, None, None, True, False)


# ===========================================================================
# errors.py, calls.py, function_base.py
# ===========================================================================

def test_jsthrow_carries_value():
    """Without a running realm (no Error built-ins), engine errors are
    plain objects with own name and message."""
    from minijs.runtime.realm import set_current
    previous = set_current(None)
    try:
        _check_plain_errors()
    finally:
        set_current(previous)


def _check_plain_errors():
    e = JSThrow(42)
    assert e.value == 42
    err = errors.type_error("boom")
    assert isinstance(err, JSThrow)
    assert err.value.get("name") == "TypeError"
    assert err.value.get("message") == "boom"
    assert str(err) == "TypeError: boom"
    assert keys_of(err.value) == ["name", "message"]
    assert not err.value.get_own_property("message").enumerable
    assert errors.range_error("r").value.get("name") == "RangeError"


@pytest.mark.parametrize("value, shown", [
    (-0.0, "0"), (1.5, "1.5"), (7, "7"), (JSBigInt(1), "1"), (True, "true"),
    (UNDEFINED, "undefined"), (NULL, "null"), (JSSymbol("x"), "Symbol(x)"),
    ("abc", "abc"), ("", ""), (math.inf, "Infinity"),
])
def test_display_value_primitives(value, shown):
    assert errors.display_value(value) == shown


def test_display_value_objects():
    assert errors.display_value(JSObject()) == "[object Object]"
    assert errors.display_value(JSArray()) == "[object Array]"
    assert errors.display_value(fn("max")) == "function max() { [native code] }"
    o = JSObject()
    create_data_property(o, WELL_KNOWN.toStringTag, "Zed")
    assert errors.display_value(o) == "[object Zed]"


def test_display_with_object_prototype_to_string():
    object_to_string = fn("toString")
    errors.register_object_to_string(object_to_string)
    object_proto = JSObject()
    create_data_property(object_proto, "toString", object_to_string)
    ctor = fn("Object")
    create_data_property(object_proto, "constructor", ctor)
    assert errors.display_value(JSObject(object_proto)) == "#<Object>"
    foo_proto = JSObject(object_proto)
    create_data_property(foo_proto, "constructor", fn("Foo"))
    assert errors.display_value(JSObject(foo_proto)) == "#<Foo>"
    anon = JSObject(object_proto)
    create_data_property(anon, "constructor", fn(""))
    assert errors.display_value(anon) == "[object Object]"
    # A getter is never run to find the constructor.
    log = []
    hidden = JSObject(object_proto)
    hidden.define_own_property("constructor", accessor_descriptor(fn("g", fn("X"), log)))
    assert errors.display_value(hidden) == "[object Object]" and log == []


def test_calls_dispatch():
    log = []
    f = fn("f", 7, log)
    this = JSObject()
    assert calls.call(f, this, (1, 2)) == 7
    assert log == [("f", this, [1, 2])]
    with pytest.raises(JSThrow) as info:
        calls.call(JSObject(), UNDEFINED, ())
    assert message_of(info.value) == "[object Object] is not a function"


def test_native_function():
    f = NativeFunction(lambda this, args: len(args), "max", 2)
    assert f.call(UNDEFINED, [1, 2, 3]) == 3
    assert keys_of(f) == ["length", "name"]
    assert f.get_own_property("length") == PropertyDescriptor(2, False, None, None, False, True)
    assert f.get_own_property("name") == PropertyDescriptor("max", False, None, None, False, True)
    with pytest.raises(JSThrow) as info:
        calls.construct(f, ())
    assert message_of(info.value) == "max is not a constructor"
    made = []
    g = NativeFunction(lambda this, args: UNDEFINED, "G", 0,
                       ctor=lambda args, nt: made.append(nt) or JSObject())
    assert isinstance(calls.construct(g, ()), JSObject) and made == [g]
    other = JSObject()
    calls.construct(g, (), other)
    assert made[-1] is other


# ===========================================================================
# [[GetPrototypeOf]], [[SetPrototypeOf]], extensibility (10.1.1 - 10.1.4)
# ===========================================================================

def test_prototype_get_and_set():
    p = JSObject()
    o = JSObject(p)
    assert o.get_prototype_of() is p
    q = JSObject()
    assert o.set_prototype_of(q) is True and o.proto is q
    assert o.set_prototype_of(NULL) is True and o.proto is NULL


def test_set_prototype_same_value_on_non_extensible():
    p = JSObject()
    o = JSObject(p)
    o.prevent_extensions()
    assert o.set_prototype_of(p) is True      # step 2 before step 3
    assert o.set_prototype_of(JSObject()) is False
    assert o.set_prototype_of(NULL) is False
    assert o.proto is p


def test_set_prototype_cycles():
    a = JSObject()
    b = JSObject(a)
    c = JSObject(b)
    assert a.set_prototype_of(c) is False
    assert a.set_prototype_of(a) is False
    assert a.proto is NULL
    assert c.set_prototype_of(a) is True


def test_set_prototype_cycle_check_stops_at_proxy():
    class FakeProxy(JSObject):
        __slots__ = ()
        is_proxy = True
        exotic = True
    a = JSObject()
    px = FakeProxy(a)      # its [[GetPrototypeOf]] is not ordinary
    assert a.set_prototype_of(px) is True   # the loop stops at the proxy


def test_extensibility():
    o = JSObject()
    assert o.is_extensible()
    assert o.prevent_extensions() is True
    assert not o.is_extensible()
    assert o.prevent_extensions() is True
    assert define(o, "x", value=1) is False
    assert o.set("x", 1) is False
    assert create_data_property(o, "0", 1) is False
    assert o.own_property_keys() == []


# ===========================================================================
# [[GetOwnProperty]] / [[DefineOwnProperty]] (10.1.5, 10.1.6)
# ===========================================================================

@pytest.mark.parametrize("key", ["x", "0", "4294967295", WELL_KNOWN.iterator])
def test_get_own_property_data_and_accessor(key):
    o = JSObject()
    assert o.get_own_property(key) is None
    assert define(o, key, value=1, writable=True, enumerable=False, configurable=True)
    assert o.get_own_property(key) == PropertyDescriptor(1, True, None, None, False, True)
    g = fn("g")
    assert define(o, key, get=g)
    assert o.get_own_property(key) == PropertyDescriptor(None, None, g, UNDEFINED, False, True)
    d1 = o.get_own_property(key)
    d2 = o.get_own_property(key)
    assert d1 is not d2              # fresh records


@pytest.mark.parametrize("key", ["x", "3", WELL_KNOWN.species])
def test_define_new_property_defaults(key):
    o = JSObject()
    assert define(o, key) is True     # generic descriptor: data, all false
    assert o.get_own_property(key) == PropertyDescriptor(UNDEFINED, False, None, None, False, False)
    o2 = JSObject()
    assert define(o2, key, set=UNDEFINED, enumerable=True)
    assert o2.get_own_property(key) == PropertyDescriptor(
        None, None, UNDEFINED, UNDEFINED, True, False)


def test_validate_rules_non_configurable_data():
    o = JSObject()
    define(o, "x", value=1, writable=False, enumerable=False, configurable=False)
    assert define(o, "x") is True
    assert define(o, "x", value=1) is True
    assert define(o, "x", value=1.0) is True
    assert define(o, "x", value=2) is False
    assert define(o, "x", writable=True) is False
    assert define(o, "x", writable=False) is True
    assert define(o, "x", enumerable=True) is False
    assert define(o, "x", enumerable=False) is True
    assert define(o, "x", configurable=True) is False
    assert define(o, "x", configurable=False) is True
    assert define(o, "x", get=UNDEFINED) is False
    assert o.get_own_property("x") == PropertyDescriptor(1, False, None, None, False, False)


def test_validate_non_configurable_writable_can_change_value_and_lock():
    o = JSObject()
    define(o, "x", value=1, writable=True, configurable=False)
    assert define(o, "x", value=2) is True
    assert define(o, "x", writable=False) is True      # true -> false allowed
    assert define(o, "x", writable=True) is False
    assert o.get_own_property("x") == PropertyDescriptor(2, False, None, None, False, False)


def test_validate_nan_value_is_same_value():
    o = JSObject()
    define(o, "x", value=math.nan, writable=False, configurable=False)
    assert define(o, "x", value=math.nan) is True
    assert define(o, "x", value=0) is False
    z = JSObject()
    define(z, "x", value=0.0, writable=False, configurable=False)
    assert define(z, "x", value=-0.0) is False
    assert define(z, "x", value=0) is True


def test_validate_rules_non_configurable_accessor():
    g, g2, s = fn("g"), fn("g2"), fn("s")
    o = JSObject()
    define(o, "x", get=g, set=UNDEFINED, configurable=False)
    assert define(o, "x", get=g) is True
    assert define(o, "x", get=g2) is False
    assert define(o, "x", set=UNDEFINED) is True
    assert define(o, "x", set=s) is False
    assert define(o, "x", value=1) is False
    assert define(o, "x", writable=False) is False
    assert define(o, "x", enumerable=False) is True
    assert o.get_own_property("x").get is g


def test_configurable_kind_changes_keep_attributes():
    g = fn("g")
    o = JSObject()
    define(o, "x", value=1, writable=True, enumerable=True, configurable=True)
    assert define(o, "x", get=g) is True          # 6.a: keeps E and C
    assert o.get_own_property("x") == PropertyDescriptor(None, None, g, UNDEFINED, True, True)
    assert define(o, "x", value=5) is True        # 6.b: writable defaults false
    assert o.get_own_property("x") == PropertyDescriptor(5, False, None, None, True, True)
    assert define(o, "x", set=g, enumerable=False) is True
    assert o.get_own_property("x") == PropertyDescriptor(None, None, UNDEFINED, g, False, True)
    assert define(o, "x", writable=True) is True  # 6.b: value defaults undefined
    assert o.get_own_property("x") == PropertyDescriptor(UNDEFINED, True, None, None, False, True)


def test_generic_descriptor_keeps_kind():
    g = fn("g")
    o = JSObject()
    define(o, "a", get=g, configurable=True)
    assert define(o, "a", enumerable=True) is True
    assert o.get_own_property("a") == PropertyDescriptor(None, None, g, UNDEFINED, True, True)
    define(o, "b", value=3, writable=True, configurable=True)
    assert define(o, "b", configurable=False) is True
    assert o.get_own_property("b") == PropertyDescriptor(3, True, None, None, False, False)


def test_validate_without_object_and_compatibility():
    current = PropertyDescriptor(1, False, None, None, False, False)
    assert is_compatible_property_descriptor(True, PropertyDescriptor(value=1), current)
    assert not is_compatible_property_descriptor(True, PropertyDescriptor(value=2), current)
    assert is_compatible_property_descriptor(True, PropertyDescriptor(value=2), None)
    assert not is_compatible_property_descriptor(False, PropertyDescriptor(value=2), None)
    assert validate_and_apply_property_descriptor(None, "x", True, PropertyDescriptor(), current)


def test_ordinary_define_uses_get_own_property_of_exotic():
    seen = []

    class Spy(JSObject):
        __slots__ = ()
        exotic = True

        def get_own_property(self, key):
            seen.append(key)
            return JSObject.get_own_property(self, key)

    o = Spy()
    assert ordinary_define_own_property(o, "k", data_descriptor(1))
    assert seen == ["k"]


# ===========================================================================
# [[HasProperty]], [[Get]] (10.1.7, 10.1.8)
# ===========================================================================

@pytest.mark.parametrize("key", ["x", "0", WELL_KNOWN.iterator])
def test_has_property_walks_chain(key):
    gp = JSObject()
    p = JSObject(gp)
    o = JSObject(p)
    assert not o.has_property(key)
    create_data_property(gp, key, 1)
    assert o.has_property(key) and p.has_property(key)
    assert not o.has_own_property(key)
    gp.delete(key)
    define(p, key, get=UNDEFINED, configurable=True)
    assert o.has_property(key)


@pytest.mark.parametrize("key", ["x", "7", WELL_KNOWN.iterator])
def test_get_data_and_getter_with_receiver(key):
    log = []
    p = JSObject()
    o = JSObject(p)
    assert o.get(key) is UNDEFINED
    create_data_property(p, key, "inherited")
    assert o.get(key) == "inherited"
    g = fn("g", "got", log)
    define(p, key, get=g)
    receiver = JSObject()
    assert o.get(key, receiver) == "got"
    assert log == [("g", receiver, [])]
    assert o.get(key) == "got" and log[-1][1] is o
    define(p, key, set=fn("s"), get=UNDEFINED)
    assert o.get(key) is UNDEFINED
    create_data_property(o, key, "own")
    assert o.get(key) == "own"


def test_get_delegates_to_exotic_prototype():
    class Magic(JSObject):
        __slots__ = ()
        exotic = True

        def get(self, key, receiver=None):
            return ("magic", key, receiver)

        def has_property(self, key):
            return key == "m"

    o = JSObject(Magic())
    assert o.get("m") == ("magic", "m", o)
    assert o.get("5") == ("magic", "5", o)
    assert o.has_property("m") and not o.has_property("q")


def test_get_fast_and_index_fast():
    o = JSObject()
    assert o.get_fast("x") is None
    create_data_property(o, "x", 1)
    assert o.get_fast("x") == 1
    define(o, "a", get=fn())
    assert o.get_fast("a") is None
    create_data_property(o, "0", 5)
    assert o.get_fast("0") is None           # elements are not in the shape
    assert o.get_index_fast(0) == 5
    assert o.get_index_fast(1) is None
    child = JSObject(o)
    assert child.get_fast("x") is None       # own only
    create_data_property(o, "2", 6)
    assert o.get_index_fast(1) is None       # a hole


# ===========================================================================
# [[Set]] (10.1.9)
# ===========================================================================

def test_set_creates_and_updates_own():
    o = JSObject()
    assert o.set("x", 1) is True
    assert o.get_own_property("x") == data_descriptor(1)
    assert o.set("x", 2) is True and o.get("x") == 2


def test_set_inherited_writable_data_creates_own():
    p = JSObject()
    create_data_property(p, "x", 1)
    o = JSObject(p)
    assert o.set("x", 2) is True
    assert p.get("x") == 1 and o.get_own_property("x") == data_descriptor(2)


@pytest.mark.parametrize("key", ["x", "1", WELL_KNOWN.match])
def test_set_inherited_read_only_fails(key):
    p = JSObject()
    define(p, key, value=1, writable=False, configurable=True)
    o = JSObject(p)
    assert o.set(key, 2) is False
    assert o.get_own_property(key) is None


@pytest.mark.parametrize("key", ["x", "1"])
def test_set_calls_setter_with_receiver(key):
    log = []
    s = fn("s", "ignored", log)
    p = JSObject()
    define(p, key, set=s, configurable=True)
    o = JSObject(p)
    assert o.set(key, 9) is True
    assert log == [("s", o, [9])]
    r = JSObject()
    assert o.set(key, 10, r) is True and log[-1] == ("s", r, [10])
    assert o.get_own_property(key) is None and r.get_own_property(key) is None
    define(p, key, set=UNDEFINED)
    assert o.set(key, 1) is False


def test_set_with_other_receiver():
    o = JSObject()
    create_data_property(o, "x", 1)
    r = JSObject()
    assert o.set("x", 5, r) is True                      # 2.e: create on r
    assert o.get("x") == 1 and r.get_own_property("x") == data_descriptor(5)
    define(r, "x", value=6, writable=True, enumerable=False, configurable=False)
    assert o.set("x", 7, r) is True                      # 2.d.iv: value only
    assert r.get_own_property("x") == PropertyDescriptor(7, True, None, None, False, False)
    define(r, "x", writable=False)
    assert o.set("x", 8, r) is False                     # 2.d.ii
    r2 = JSObject()
    define(r2, "x", get=fn(), configurable=True)
    assert o.set("x", 8, r2) is False                    # 2.d.i
    r3 = JSObject()
    r3.prevent_extensions()
    assert o.set("x", 8, r3) is False                    # 2.e fails
    assert o.set("x", 8, 5) is False                     # 2.b: primitive


def test_set_on_receiver_uses_its_define_own_property():
    calls_seen = []

    class Recorder(JSObject):
        __slots__ = ()
        exotic = True

        def define_own_property(self, key, desc):
            calls_seen.append((key, desc.fields()))
            return JSObject.define_own_property(self, key, desc)

        def _receive_set(self, key, value):
            return receive_set_generic(self, key, value)

    o = JSObject()
    r = Recorder()
    assert o.set("x", 1, r) is True
    assert calls_seen == [("x", {"value": 1, "writable": True, "enumerable": True,
                                 "configurable": True})]
    assert o.set("x", 2, r) is True
    assert calls_seen[-1] == ("x", {"value": 2})


def test_set_through_exotic_prototype_delegates():
    class Trap(JSObject):
        __slots__ = ()
        exotic = True

        def set(self, key, value, receiver=None):
            return ("trap", key, value, receiver)

    o = JSObject(Trap())
    assert o.set("q", 1) == ("trap", "q", 1, o)


def test_set_fast():
    o = JSObject()
    assert o.set_fast("x", 1) is False
    create_data_property(o, "x", 1)
    assert o.set_fast("x", 2) is True and o.get("x") == 2
    define(o, "x", writable=False)
    assert o.set_fast("x", 3) is False and o.get("x") == 2
    define(o, "g", set=fn(), configurable=True)
    assert o.set_fast("g", 3) is False
    create_data_property(o, "0", 1)
    assert o.set_index_fast(0, 4) is True and o.get("0") == 4
    assert o.set_index_fast(1, 4) is False


# ===========================================================================
# [[Delete]] (10.1.10)
# ===========================================================================

@pytest.mark.parametrize("key", ["x", "0", "12", WELL_KNOWN.iterator])
def test_delete(key):
    o = JSObject()
    assert o.delete(key) is True
    create_data_property(o, key, 1)
    assert o.delete(key) is True and o.get_own_property(key) is None
    define(o, key, value=1, configurable=False)
    assert o.delete(key) is False and o.get(key) == 1
    p = JSObject()
    create_data_property(p, key, 1)
    child = JSObject(p)
    assert child.delete(key) is True and child.get(key) == 1


def test_delete_property_or_throw():
    o = JSObject()
    define(o, "x", value=1)
    with pytest.raises(JSThrow) as info:
        delete_property_or_throw(o, "x")
    assert message_of(info.value) == "Cannot delete property 'x' of [object Object]"


# ===========================================================================
# [[OwnPropertyKeys]] (10.1.11)
# ===========================================================================

def test_own_property_keys_order():
    s1, s2 = JSSymbol("s1"), JSSymbol("s2")
    o = JSObject()
    for k in ["b", s1, "2", "a", "1", "4294967295", s2, "4294967294", "-0", "01", "0"]:
        create_data_property(o, k, 1)
    assert o.own_property_keys() == [
        "0", "1", "2", "4294967294", "b", "a", "4294967295", "-0", "01", s1, s2]


def test_own_property_keys_after_delete_and_readd():
    o = JSObject()
    for k in "abc":
        create_data_property(o, k, 1)
    o.delete("a")
    create_data_property(o, "a", 2)
    assert keys_of(o) == ["b", "c", "a"]
    o.delete("b")
    assert keys_of(o) == ["c", "a"]


def test_own_property_keys_sparse_elements_ascending():
    o = JSObject()
    for i in [5000, 3, 70000, 0, 2000000]:
        create_data_property(o, str(i), i)
    assert keys_of(o) == ["0", "3", "5000", "70000", "2000000"]
    assert type(o.elements) is dict


# ===========================================================================
# element storage
# ===========================================================================

def test_elements_dense_holes_and_sparse_conversion():
    o = JSObject()
    create_data_property(o, "0", "a")
    create_data_property(o, "3", "d")
    assert o.elements == ["a", HOLE, HOLE, "d"]
    o.delete("3")
    assert o.elements == ["a"]                 # trailing holes trimmed
    define(o, "1", value="b", writable=False, enumerable=True, configurable=True)
    assert type(o.elements) is dict            # non-default attributes
    assert o.get_own_property("1") == PropertyDescriptor("b", False, None, None, True, True)
    assert o.get("0") == "a" and o.set("1", "x") is False


def test_elements_far_index_goes_sparse_without_allocation():
    o = JSObject()
    create_data_property(o, str(10 ** 9), 1)
    assert o.elements == {10 ** 9: (1, 7)}
    create_data_property(o, "0", 2)
    assert o.get("0") == 2 and o.get("1000000000") == 1


def test_elements_become_dense_again():
    d = JSObject()
    create_data_property(d, "2000", 0)
    for i in range(1999, -1, -1):
        create_data_property(d, str(i), i)
    assert type(d.elements) is list and len(d.elements) == 2001
    assert d.get("0") == 0 and d.get("2000") == 0


def test_index_accessor_elements():
    log = []
    o = JSObject()
    define(o, "4", get=fn("g", 42), set=fn("s", 0, log), configurable=True)
    assert o.get("4") == 42
    assert o.set("4", 1) is True and log == [("s", o, [1])]
    assert keys_of(o) == ["4"]


# ===========================================================================
# integrity levels (7.3.15, 7.3.16)
# ===========================================================================

class _Generic(JSObject):
    """Ordinary storage, but exotic as far as the fast paths know: forces
    the spec's loops in integrity.py."""
    __slots__ = ()
    exotic = True


_G = fn("g")


def _populate(o):
    create_data_property(o, "a", 1)
    define(o, "b", get=_G, set=UNDEFINED, enumerable=False, configurable=True)
    create_data_property(o, "0", 2)
    define(o, "1", value=3, writable=True, enumerable=False, configurable=True)
    create_data_property(o, WELL_KNOWN.iterator, 4)
    return o


def _snapshot(o):
    return [(key_to_display(k), o.get_own_property(k).fields()) for k in o.own_property_keys()]


@pytest.mark.parametrize("level", [SEALED, FROZEN])
def test_set_integrity_level_fast_equals_spec_loop(level):
    fast = _populate(JSObject())
    slow = _populate(_Generic())
    assert set_integrity_level(fast, level) is True
    assert set_integrity_level(slow, level) is True
    assert _snapshot(fast) == _snapshot(slow)
    for o in (fast, slow):
        assert not o.is_extensible()
        assert check_integrity(o, SEALED) is True
        assert check_integrity(o, FROZEN) is (level == FROZEN)
    assert fast.set("a", 5) is (level == SEALED)
    assert fast.delete("a") is False
    assert fast.set("new", 1) is False


def test_integrity_shares_transitions():
    a = _populate(JSObject())
    b = _populate(JSObject())
    assert a.shape is b.shape
    set_integrity_level(a, FROZEN)
    set_integrity_level(b, FROZEN)
    assert a.shape is b.shape and not a.shape.dictionary


def test_check_integrity():
    o = JSObject()
    assert not check_integrity(o, SEALED)
    o.prevent_extensions()
    assert check_integrity(o, SEALED) and check_integrity(o, FROZEN)
    p = JSObject()
    define(p, "x", value=1, writable=True, configurable=False)
    p.prevent_extensions()
    assert check_integrity(p, SEALED) and not check_integrity(p, FROZEN)
    q = JSObject()
    define(q, "g", get=fn(), configurable=False)
    q.prevent_extensions()
    assert check_integrity(q, FROZEN)      # accessors have no [[Writable]]


def test_integrity_of_dictionary_object():
    o = JSObject()
    for k in "abcd":
        create_data_property(o, k, k)
    o.delete("a")
    assert o.shape.dictionary
    set_integrity_level(o, FROZEN)
    assert check_integrity(o, FROZEN)
    assert o.get_own_property("b") == PropertyDescriptor("b", False, None, None, True, False)


def test_set_integrity_level_fails_when_prevent_extensions_does():
    class Stubborn(JSObject):
        __slots__ = ()
        exotic = True

        def prevent_extensions(self):
            return False

    assert set_integrity_level(Stubborn(), SEALED) is False


# ===========================================================================
# abstract operations and node's messages for failures
# ===========================================================================

def test_define_property_or_throw_messages():
    o = JSObject()
    define(o, "x", value=1)
    with pytest.raises(JSThrow) as info:
        define_property_or_throw(o, "x", PropertyDescriptor(value=2))
    assert message_of(info.value) == "Cannot redefine property: x"
    sym = JSSymbol("q")
    define_property_or_throw(o, sym, PropertyDescriptor(value=2))
    with pytest.raises(JSThrow) as info:
        define_property_or_throw(o, sym, PropertyDescriptor(value=3))
    assert message_of(info.value) == "Cannot redefine property: Symbol(q)"
    o.prevent_extensions()
    with pytest.raises(JSThrow) as info:
        define_property_or_throw(o, JSSymbol("z"), PropertyDescriptor(value=2))
    assert message_of(info.value) == "Cannot define property Symbol(z), object is not extensible"
    with pytest.raises(JSThrow) as info:
        create_data_property_or_throw(o, "y", 1)
    assert message_of(info.value) == "Cannot define property y, object is not extensible"


def test_ordinary_object_create():
    p = JSObject()
    o = ordinary_object_create(p)
    assert type(o) is JSObject and o.proto is p and o.extensible
    assert o.own_property_keys() == [] and ordinary_object_create().proto is NULL


def test_get_data_property_runs_no_code():
    log = []
    p = JSObject()
    create_data_property(p, "d", 5)
    define(p, "a", get=fn("g", 1, log))
    o = JSObject(p)
    assert get_data_property(o, "d") == 5
    assert get_data_property(o, "a") is UNDEFINED and log == []
    assert get_data_property(o, "zz") is UNDEFINED

    class FakeProxy(JSObject):
        __slots__ = ()
        is_proxy = True
        exotic = True
    create_data_property(p, "behind", 1)
    assert get_data_property(JSObject(FakeProxy(p)), "behind") is UNDEFINED


def test_set_failure_messages():
    o = JSObject()
    define(o, "x", value=1)
    assert o.set("x", 2) is False
    assert message_of(set_failure_error(o, "x")) == \
        "Cannot assign to read only property 'x' of object '[object Object]'"
    sym = JSSymbol("q")
    define(o, sym, value=1)
    assert message_of(set_failure_error(o, sym)) == \
        "Cannot assign to read only property 'Symbol(q)' of object '[object Object]'"
    define(o, "g", get=fn())
    assert message_of(set_failure_error(o, "g")) == \
        "Cannot set property g of [object Object] which has only a getter"
    child = JSObject(o)
    assert message_of(set_failure_error(child, "x")) == \
        "Cannot assign to read only property 'x' of object '[object Object]'"
    frozen = JSObject()
    frozen.prevent_extensions()
    assert message_of(set_failure_error(frozen, "y")) == \
        "Cannot add property y, object is not extensible"
    assert message_of(set_failure_error(frozen, "0")) == \
        "Cannot add property 0, object is not extensible"
    wrapper = JSObject()
    assert message_of(set_failure_error(wrapper, "x", "abc")) == \
        "Cannot create property 'x' on string 'abc'"
    define(wrapper, "length", value=3)
    assert message_of(set_failure_error(wrapper, "length", "abc")) == \
        "Cannot assign to read only property 'length' of string 'abc'"
    f = fn("max")
    assert f.set("name", "a") is False
    assert message_of(set_failure_error(f, "name")) == \
        "Cannot assign to read only property 'name' of function " \
        "'function max() { [native code] }'"


# ===========================================================================
# differential tests against node
# ===========================================================================
#
# A program is a list of ops over named objects.  Values: numbers,
# "$u" (undefined), "$f:NAME" (a logging function named NAME), "$hole"
# (array literals only); keys: strings, "@name" for Symbol(name).
# Functions log ["call", NAME, this, args] and return "ret:NAME".

JS_PRELUDE = r"""
const log = [], objs = {}, names = new Map(), syms = {}, fns = {};
function K(k) { return k[0] === '@' ? (syms[k] ??= Symbol(k.slice(1))) : k; }
function V(v) {
  if (v === '$u') return undefined;
  if (typeof v === 'string' && v.startsWith('$f:')) {
    const n = v.slice(3);
    return fns[n] ??= {[n]: function (...args) {
      log.push(['call', n, enc(this), args.map(enc)]); return 'ret:' + n; }}[n];
  }
  return v;
}
function D(d) { const r = {}; for (const f in d) r[f] = V(d[f]); return r; }
function enc(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'number') {
    if (v !== v) return 'NaN';
    if (Object.is(v, -0)) return '-0';
    return v;
  }
  if (typeof v === 'symbol') return '@' + v.description;
  if (typeof v === 'function') return 'f:' + v.name;
  if (typeof v === 'object') return 'o:' + (names.get(v) ?? '?');
  return v;
}
function encDesc(d) {
  if (d === undefined) return 'undefined';
  const r = {};
  for (const f of ['value', 'writable', 'get', 'set', 'enumerable', 'configurable'])
    if (f in d) r[f] = enc(d[f]);
  return r;
}
function reg(n, o) { objs[n] = o; names.set(o, n); }
function run(prog) {
  for (const op of prog) {
    const [kind, a, b, c, d] = op, o = objs[a];
    try {
      switch (kind) {
        case 'new': reg(a, b === null ? Object.create(null) : Object.create(objs[b])); break;
        case 'array': { const arr = []; b.forEach((v, i) => { if (v !== '$hole') arr[i] = V(v); });
                        arr.length = b.length; if (c !== undefined) Object.setPrototypeOf(arr, c === null ? null : objs[c]);
                        reg(a, arr); break; }
        case 'define': log.push(Reflect.defineProperty(o, K(b), D(c))); break;
        case 'set': log.push(Reflect.set(o, K(b), V(c), d == null ? o : objs[d])); break;
        case 'get': log.push(enc(Reflect.get(o, K(b), c == null ? o : objs[c]))); break;
        case 'has': log.push(Reflect.has(o, K(b))); break;
        case 'delete': log.push(Reflect.deleteProperty(o, K(b))); break;
        case 'desc': log.push(encDesc(Reflect.getOwnPropertyDescriptor(o, K(b)))); break;
        case 'keys': log.push(Reflect.ownKeys(o).map(enc)); break;
        case 'pe': log.push(Reflect.preventExtensions(o)); break;
        case 'proto': log.push(Reflect.setPrototypeOf(o, b === null ? null : objs[b])); break;
        case 'getproto': log.push(enc(Reflect.getPrototypeOf(o))); break;
        case 'freeze': Object.freeze(o); log.push('ok'); break;
        case 'seal': Object.seal(o); log.push('ok'); break;
        case 'isFrozen': log.push(Object.isFrozen(o)); break;
        case 'isSealed': log.push(Object.isSealed(o)); break;
        case 'dump': log.push(Reflect.ownKeys(o).map(k => [enc(k), encDesc(Reflect.getOwnPropertyDescriptor(o, k))])); break;
        default: throw new Error('bad op ' + kind);
      }
    } catch (e) { log.push('throw ' + e.constructor.name + ': ' + e.message); }
  }
}
"""


class PyRunner:
    """Runs a program on minijs objects, producing node's log."""

    def __init__(self):
        self.log = []
        self.objs = {}
        self.names = {}
        self.syms = {}
        self.fns = {}

    def key(self, k):
        if k[0] == "@":
            if k not in self.syms:
                self.syms[k] = JSSymbol(k[1:])
            return self.syms[k]
        return k

    def value(self, v):
        if v == "$u":
            return UNDEFINED
        if isinstance(v, str) and v.startswith("$f:"):
            n = v[3:]
            if n not in self.fns:
                def impl(this, args, n=n):
                    self.log.append(["call", n, self.enc(this), [self.enc(a) for a in args]])
                    return "ret:" + n
                self.fns[n] = NativeFunction(impl, n, 0)
            return self.fns[n]
        return v

    def desc(self, d):
        return PropertyDescriptor(**{f: self.value(v) for f, v in d.items()})

    def enc(self, v):
        if v is UNDEFINED:
            return "undefined"
        if v is NULL:
            return "null"
        if type(v) is float:
            if v != v:
                return "NaN"
            if v == 0 and math.copysign(1, v) < 0:
                return "-0"
            return int(v) if v.is_integer() else v
        if type(v) is JSSymbol:
            return "@" + v.description
        if isinstance(v, NativeFunction):
            return "f:" + v.name
        if isinstance(v, JSObject):
            return "o:" + self.names.get(id(v), "?")
        return v

    def enc_desc(self, d):
        if d is None:
            return "undefined"
        return {f: self.enc(v) for f, v in d.fields().items()}

    def reg(self, name, o):
        self.objs[name] = o
        self.names[id(o)] = name

    def run(self, prog):
        for op in prog:
            try:
                self.step(*op)
            except JSThrow as e:
                self.log.append("throw %s: %s" % (e.value.get("name"), e.value.get("message")))
        return self.log

    def step(self, kind, a=None, b=None, c=None, d=None):
        o = self.objs.get(a)
        log = self.log
        if kind == "new":
            self.reg(a, JSObject(NULL if b is None else self.objs[b]))
        elif kind == "array":
            arr = create_array_from_list(
                [HOLE if v == "$hole" else self.value(v) for v in b],
                NULL if c is None else self.objs[c])
            self.reg(a, arr)
        elif kind == "define":
            log.append(o.define_own_property(self.key(b), self.desc(c)))
        elif kind == "set":
            log.append(o.set(self.key(b), self.value(c), o if d is None else self.objs[d]))
        elif kind == "get":
            log.append(self.enc(o.get(self.key(b), o if c is None else self.objs[c])))
        elif kind == "has":
            log.append(o.has_property(self.key(b)))
        elif kind == "delete":
            log.append(o.delete(self.key(b)))
        elif kind == "desc":
            log.append(self.enc_desc(o.get_own_property(self.key(b))))
        elif kind == "keys":
            log.append([self.enc(k) for k in o.own_property_keys()])
        elif kind == "pe":
            log.append(o.prevent_extensions())
        elif kind == "proto":
            log.append(o.set_prototype_of(NULL if b is None else self.objs[b]))
        elif kind == "getproto":
            log.append(self.enc(o.get_prototype_of()))
        elif kind in ("freeze", "seal"):
            set_integrity_level(o, FROZEN if kind == "freeze" else SEALED)
            log.append("ok")
        elif kind == "isFrozen":
            log.append(check_integrity(o, FROZEN))
        elif kind == "isSealed":
            log.append(check_integrity(o, SEALED))
        elif kind == "dump":
            log.append([[self.enc(k), self.enc_desc(o.get_own_property(k))]
                        for k in o.own_property_keys()])
        else:
            raise ValueError(kind)


def run_node(programs):
    """Run each program in a fresh environment of one node process; the
    list of logs."""
    script = JS_PRELUDE + r"""
const progs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = [];
for (const p of progs) {
  log.length = 0; for (const k in objs) delete objs[k]; names.clear();
  for (const k in fns) delete fns[k];
  run(p); out.push(log.slice());
}
process.stdout.write(JSON.stringify(out));
"""
    proc = subprocess.run([NODE, "-e", script], input=json.dumps(programs),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def run_python(programs):
    return [json.loads(json.dumps(PyRunner().run(p))) for p in programs]


def assert_same_as_node(programs):
    expected = run_node(programs)
    actual = run_python(programs)
    mismatches = [(p, e, a) for p, e, a in zip(programs, expected, actual) if e != a]
    if mismatches:
        p, e, a = mismatches[0]
        pytest.fail("%d/%d programs differ; first:\nprogram %s\nnode   %s\nminijs %s"
                    % (len(mismatches), len(programs), p, e, a))


# -- the define matrix ------------------------------------------------------

def _descriptor_specs():
    """Every descriptor over small domains (data, accessor and generic)."""
    specs = []
    tri = [None, True, False]
    for value, writable, enumerable, configurable in itertools.product(
            [None, 1, 2], tri, tri, tri):
        specs.append({f: v for f, v in [("value", value), ("writable", writable),
                                        ("enumerable", enumerable),
                                        ("configurable", configurable)] if v is not None})
    for get, set_, enumerable, configurable in itertools.product(
            [None, "$f:g1", "$f:g2", "$u"], [None, "$f:s1", "$u"], tri, tri):
        if get is None and set_ is None:
            continue
        specs.append({f: v for f, v in [("get", get), ("set", set_),
                                        ("enumerable", enumerable),
                                        ("configurable", configurable)] if v is not None})
    return specs


def _initial_states():
    states = [None, "non-extensible"]
    for w, e, c in itertools.product([True, False], repeat=3):
        states.append({"value": 1, "writable": w, "enumerable": e, "configurable": c})
    for g, s, e, c in itertools.product(["$f:g1", "$u"], ["$f:s1", "$u"], [True, False],
                                        [True, False]):
        states.append({"get": g, "set": s, "enumerable": e, "configurable": c})
    return states


def _define_programs(key, make, extra=()):
    programs = []
    for state in _initial_states():
        for spec in _descriptor_specs():
            prog = list(make) + list(extra)
            if state == "non-extensible":
                prog.append(["pe", "o"])
            elif state is not None:
                prog.append(["define", "o", key, state])
            prog += [["define", "o", key, spec], ["desc", "o", key], ["keys", "o"]]
            programs.append(prog)
    return programs


@needs_node
@pytest.mark.parametrize("key, make, extra", [
    ("x", [["new", "o", None]], []),
    ("@s", [["new", "o", None]], []),
    ("3", [["new", "o", None]], []),
    # dictionary mode: a delete first
    ("y", [["new", "o", None]], [["set", "o", "a", 1], ["set", "o", "b", 2],
                                 ["delete", "o", "a"]]),
    # elements already sparse
    ("5", [["new", "o", None]], [["define", "o", "9", {"value": 1}]]),
    ("1", [["array", "o", [0, 0, 0]]], []),
    ("7", [["array", "o", [0]]], []),
])
def test_define_matrix_against_node(key, make, extra):
    programs = _define_programs(key, make, extra)
    assert len(programs) > 4000
    assert_same_as_node(programs)


# -- random programs ----------------------------------------------------------

KEY_POOL = ["x", "y", "z", "w", "0", "1", "2", "7", "4294967295", "4294967294",
            "-0", "01", "@s", "@t"]
VALUE_POOL = [1, 2, 0, -1.5, "$u", "$f:g1", "$f:s1"]


def _random_desc(rng):
    if rng.random() < 0.3:
        d = {"get": rng.choice(["$f:g1", "$f:g2", "$u"])}
        if rng.random() < 0.5:
            d["set"] = rng.choice(["$f:s1", "$u"])
    else:
        d = {}
        if rng.random() < 0.8:
            d["value"] = rng.choice(VALUE_POOL)
        if rng.random() < 0.6:
            d["writable"] = rng.random() < 0.5
    for f in ("enumerable", "configurable"):
        if rng.random() < 0.6:
            d[f] = rng.random() < 0.6
    return d


def _random_object_program(rng, length=40):
    names = ["o", "p", "q"]
    prog = [["new", "q", None], ["new", "p", "q"], ["new", "o", "p"]]
    for _ in range(length):
        r = rng.random()
        obj = rng.choice(names)
        key = rng.choice(KEY_POOL)
        if r < 0.3:
            recv = rng.choice([None, None, None, "o", "p", "q"])
            prog.append(["set", obj, key, rng.choice(VALUE_POOL), recv])
        elif r < 0.5:
            prog.append(["define", obj, key, _random_desc(rng)])
        elif r < 0.6:
            prog.append(["delete", obj, key])
        elif r < 0.7:
            prog.append(["get", obj, key, rng.choice([None, "q"])])
        elif r < 0.75:
            prog.append(["has", obj, key])
        elif r < 0.8:
            prog.append(["keys", obj])
        elif r < 0.85:
            prog.append(["desc", obj, key])
        elif r < 0.88:
            prog.append(["proto", obj, rng.choice([None, "o", "p", "q"])])
        elif r < 0.9:
            prog.append(["pe", obj] if rng.random() < 0.3 else ["getproto", obj])
        elif r < 0.92:
            prog.append([rng.choice(["freeze", "seal"]), obj])
        elif r < 0.95:
            prog.append([rng.choice(["isFrozen", "isSealed"]), obj])
        else:
            prog.append(["dump", obj])
    for name in names:
        prog.append(["dump", name])
    return prog


@needs_node
def test_random_object_programs_against_node():
    rng = random.Random(20261121)
    programs = [_random_object_program(rng) for _ in range(600)]
    assert_same_as_node(programs)


@needs_node
def test_many_properties_and_deletes_against_node():
    rng = random.Random(7)
    programs = []
    for n in (10, 999, 1000, 1001, 1500):
        prog = [["new", "o", None]]
        keys = ["k%d" % i for i in range(n)]
        for k in keys:
            prog.append(["set", "o", k, 1])
        for k in rng.sample(keys, min(n, 30)):
            prog.append(["delete", "o", k])
        for k in rng.sample(keys, min(n, 30)):
            prog.append(["set", "o", k, 2])
        prog.append(["define", "o", "k1", {"enumerable": False}])
        prog.append(["keys", "o"])
        prog.append(["desc", "o", "k1"])
        programs.append(prog)
    assert_same_as_node(programs)
