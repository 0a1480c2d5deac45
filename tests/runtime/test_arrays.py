"""Tests for minijs.runtime.arrays: Array exotic objects (10.4.2).

Hand-written cases for ArrayDefineOwnProperty / ArraySetLength (length
growth and truncation, non-writable length, truncation stopped by
non-configurable elements with the deferred [[Writable]]: false, RangeErrors,
the two observable ToNumber calls), dense/sparse elements and holes, key
order, the fast paths, freeze/seal; then random array programs run
against node with the harness of test_objects.py.
"""

import math
import random

import pytest

from minijs.runtime import arrays
from minijs.runtime.arrays import (
    MAX_ARRAY_LENGTH, JSArray, array_create, array_set_length,
    create_array_from_list)
from minijs.runtime.descriptors import PropertyDescriptor, data_descriptor
from minijs.runtime.errors import JSThrow
from minijs.runtime.function_base import NativeFunction
from minijs.runtime.integrity import FROZEN, SEALED, set_integrity_level
from minijs.runtime.integrity import test_integrity_level as check_integrity
from minijs.runtime.objects import HOLE, JSObject
from minijs.runtime.ordinary import (
    create_data_property, define_property_or_throw, set_failure_error)
from minijs.runtime.values import (
    NULL, UNDEFINED, WELL_KNOWN, JSBigInt, JSSymbol, key_to_display)
from tests.runtime.test_objects import assert_same_as_node, needs_node


def arr(*values):
    return create_array_from_list(list(values))


def keys_of(o):
    return [key_to_display(k) for k in o.own_property_keys()]


def define(o, key, **fields):
    return o.define_own_property(key, PropertyDescriptor(**fields))


def message_of(exc):
    return exc.value.get("message")


def counting(value, log):
    """An object whose valueOf returns `value` and counts its calls."""
    o = JSObject()
    create_data_property(o, "valueOf", NativeFunction(
        lambda this, args: log.append(1) or value, "valueOf", 0))
    return o


# -- ArrayCreate, CreateArrayFromList ----------------------------------------

def test_array_create():
    a = array_create(5)
    assert a.length == 5 and a.elements is None and keys_of(a) == ["length"]
    assert array_create(MAX_ARRAY_LENGTH).length == MAX_ARRAY_LENGTH
    with pytest.raises(JSThrow) as info:
        array_create(MAX_ARRAY_LENGTH + 1)
    assert info.value.value.get("name") == "RangeError"
    assert message_of(info.value) == "Invalid array length"
    p = JSObject()
    assert array_create(0, p).proto is p


def test_create_array_from_list_with_holes():
    a = create_array_from_list([1, HOLE, 3, HOLE, HOLE])
    assert a.length == 5 and a.elements == [1, HOLE, 3]
    assert keys_of(a) == ["0", "2", "length"]
    assert a.get("1") is UNDEFINED and not a.has_own_property("1")


# -- the length property ------------------------------------------------------

def test_length_property():
    a = arr(1, 2)
    assert a.get("length") == 2 and a.get_fast("length") == 2
    assert a.get_own_property("length") == PropertyDescriptor(2, True, None, None, False, False)
    assert a.has_property("length") and a.has_own_property("length")
    assert a.delete("length") is False
    assert "length" not in a.shape


def test_key_order():
    a = arr(1, 2)
    a.set("x", 1)
    a.set(WELL_KNOWN.iterator, 1)
    a.set("10", 1)
    assert keys_of(a) == ["0", "1", "10", "length", "x", "Symbol(Symbol.iterator)"]


def test_index_store_grows_length():
    a = arr()
    assert a.set("0", "a") and a.length == 1
    assert a.set("4", "e") and a.length == 5
    assert a.elements == ["a", HOLE, HOLE, HOLE, "e"]
    assert a.set("4294967295", 1) and a.length == 5      # not an index
    assert a.set("4294967294", 1) and a.length == MAX_ARRAY_LENGTH
    assert type(a.elements) is dict


def test_define_index_grows_length():
    a = arr()
    assert define(a, "2", value=1) and a.length == 3
    assert a.get_own_property("2") == PropertyDescriptor(1, False, None, None, False, False)


def test_set_length_truncates_and_grows():
    a = arr(1, 2, 3, 4)
    assert a.set("length", 2) is True
    assert a.length == 2 and a.elements == [1, 2] and keys_of(a) == ["0", "1", "length"]
    assert a.set("length", 10) is True
    assert a.length == 10 and a.elements == [1, 2] and a.get("5") is UNDEFINED
    assert a.set("length", 1.0) is True and a.length == 1 and type(a.length) is int
    assert a.set("length", "3") is True and a.length == 3
    assert a.set("length", True) is True and a.length == 1
    assert a.set("length", NULL) is True and a.length == 0


def test_truncate_trims_trailing_holes():
    a = create_array_from_list([1, HOLE, HOLE, 4])
    a.set("length", 3)
    assert a.elements == [1] and a.length == 3


@pytest.mark.parametrize("bad", [-1, 1.5, math.nan, math.inf, 2 ** 32, "abc", UNDEFINED])
def test_invalid_length_range_error(bad):
    a = arr(1)
    with pytest.raises(JSThrow) as info:
        a.set("length", bad)
    assert info.value.value.get("name") == "RangeError"
    assert message_of(info.value) == "Invalid array length"
    assert a.length == 1


@pytest.mark.parametrize("bad, message", [
    (JSSymbol(), "Cannot convert a Symbol value to a number"),
    (JSBigInt(1), "Cannot convert a BigInt value to a number"),
    (JSObject(), "Cannot convert object to primitive value"),
])
def test_length_conversion_type_errors(bad, message):
    with pytest.raises(JSThrow) as info:
        arr().set("length", bad)
    assert info.value.value.get("name") == "TypeError"
    assert message_of(info.value) == message


def test_length_converted_twice():
    log = []
    a = arr(1, 2, 3)
    assert a.set("length", counting(1, log)) is True
    assert len(log) == 2 and a.length == 1
    log.clear()
    assert define(a, "length", value=counting(0, log)) is True
    assert len(log) == 2 and a.length == 0


def test_length_to_primitive_symbol():
    o = JSObject()
    create_data_property(o, WELL_KNOWN.toPrimitive, NativeFunction(
        lambda this, args: 2 if args[0] == "number" else 0, "tp", 1))
    a = arr(1, 2, 3)
    assert a.set("length", o) and a.length == 2
    bad = JSObject()
    create_data_property(bad, WELL_KNOWN.toPrimitive, 1)
    with pytest.raises(JSThrow) as info:
        a.set("length", bad)
    assert message_of(info.value) == (
        "'1' returned for property 'Symbol(Symbol.toPrimitive)' of object "
        "'[object Object]' is not a function")


def test_to_number_hook_is_replaceable(monkeypatch):
    seen = []
    monkeypatch.setattr(arrays, "to_number", lambda v: seen.append(v) or 1)
    a = arr(1, 2)
    assert a.set("length", "anything") and a.length == 1
    assert seen == ["anything", "anything"]


# -- non-writable length ------------------------------------------------------

def test_array_set_length_directly():
    a = arr(1, 2, 3)
    assert isinstance(a, JSArray) and isinstance(a, JSObject)
    assert array_set_length(a, PropertyDescriptor(value=1)) is True
    assert a.length == 1 and a.elements == [1]
    assert array_set_length(a, PropertyDescriptor(writable=False)) is True   # step 1
    assert array_set_length(a, PropertyDescriptor(value=0)) is False         # step 10
    assert a.length == 1


def test_non_writable_length():
    a = arr(1, 2, 3)
    assert define(a, "length", writable=False) is True
    assert a.get_own_property("length") == PropertyDescriptor(3, False, None, None, False, False)
    assert a.set("length", 3) is False          # [[Set]] refuses before converting
    assert define(a, "length", value=3) is True  # same value is fine
    assert define(a, "length", value=2) is False
    assert define(a, "length", value=5) is False
    assert define(a, "length", writable=True) is False
    assert a.set("3", 1) is False and a.length == 3
    assert define(a, "5", value=1) is False
    assert a.set("0", 9) is True and a.get("0") == 9     # existing elements stay writable
    assert a.length == 3 and keys_of(a) == ["0", "1", "2", "length"]


def test_length_writable_false_with_truncation():
    a = arr(1, 2, 3)
    assert define(a, "length", value=1, writable=False) is True
    assert a.length == 1 and not a.length_writable and a.elements == [1]


def test_length_attribute_changes_rejected():
    a = arr(1)
    assert define(a, "length", enumerable=True) is False
    assert define(a, "length", configurable=True) is False
    assert define(a, "length", get=UNDEFINED) is False
    assert define(a, "length", enumerable=False, configurable=False) is True
    assert define(a, "length") is True


# -- truncation stopped by a non-configurable element --------------------------

def test_truncation_stops_at_non_configurable():
    a = arr(0, 1, 2, 3, 4)
    assert define(a, "1", configurable=False)
    assert a.set("length", 0) is False
    assert a.length == 2 and a.length_writable
    assert keys_of(a) == ["0", "1", "length"]
    err = set_failure_error(a, "length")
    assert message_of(err) == "Cannot delete property '1' of [object Array]"


def test_truncation_failure_keeps_deferred_non_writable():
    a = arr(0, 1, 2, 3)
    assert define(a, "1", configurable=False)
    assert define(a, "length", value=0, writable=False) is False
    assert a.length == 2 and not a.length_writable       # step 15.b.ii
    assert keys_of(a) == ["0", "1", "length"]
    with pytest.raises(JSThrow) as info:
        define_property_or_throw(a, "length", PropertyDescriptor(value=0))
    assert message_of(info.value) == "Cannot redefine property: length"


def test_truncation_failure_define_message():
    a = arr(0, 1, 2, 3)
    define(a, "2", configurable=False)
    with pytest.raises(JSThrow) as info:
        define_property_or_throw(a, "length", PropertyDescriptor(value=0))
    assert message_of(info.value) == "Cannot delete property '2' of [object Array]"
    assert a.length == 3


def test_sparse_truncation_deletes_from_the_top():
    a = arr()
    for i in (0, 5, 100000, 2 ** 31):
        a.set(str(i), i)
    define(a, "5", configurable=False)
    assert type(a.elements) is dict
    assert a.set("length", 1) is False
    assert a.length == 6 and keys_of(a) == ["0", "5", "length"]
    define(a, "5", configurable=False, writable=False)
    assert a.delete("5") is False


def test_sparse_truncation_to_zero_drops_storage():
    a = arr()
    a.set("1000000000", 1)
    assert a.set("length", 0) and a.length == 0 and a.elements is None


# -- sparse and dense elements ----------------------------------------------------

def test_huge_index_is_sparse():
    a = arr(1, 2)
    assert a.set(str(10 ** 9), "far") is True
    assert a.length == 10 ** 9 + 1
    assert type(a.elements) is dict and len(a.elements) == 3
    assert a.get("1000000000") == "far" and a.get("999999999") is UNDEFINED
    assert keys_of(a) == ["0", "1", "1000000000", "length"]


def test_non_default_attributes_make_sparse():
    a = arr(1, 2, 3)
    define(a, "1", enumerable=False)
    assert type(a.elements) is dict
    assert a.get_own_property("1") == PropertyDescriptor(2, True, None, None, False, True)
    assert [a.get(str(i)) for i in range(3)] == [1, 2, 3]


def test_holes_and_delete():
    a = arr(1, 2, 3)
    assert a.delete("1") is True
    assert a.elements == [1, HOLE, 3] and a.length == 3
    assert keys_of(a) == ["0", "2", "length"]
    assert a.delete("2") and a.elements == [1] and a.length == 3


def test_holes_see_through_to_prototype():
    p = arr(10, 11, 12)
    a = create_array_from_list([HOLE, 1], p)
    assert a.get("0") == 10 and a.has_property("0")
    assert a.get("2") == 12 and a.length == 2


# -- fast paths ---------------------------------------------------------------------

def test_set_index_fast_append_and_refusals():
    a = arr()
    assert a.set_index_fast(0, "a") and a.length == 1 and a.elements == ["a"]
    assert a.set_index_fast(1, "b") and a.length == 2
    assert a.set_index_fast(0, "A") and a.get("0") == "A"
    assert not a.set_index_fast(3, "x")             # would open a hole
    a.set("length", 5)                              # storage [A, b], holes 2..4
    assert not a.set_index_fast(3, "x")             # would leave a hole in the storage
    assert a.set_index_fast(2, "x") and a.length == 5 and a.elements == ["A", "b", "x"]
    b = arr(1)
    b.prevent_extensions()
    assert not b.set_index_fast(1, 2) and b.set_index_fast(0, 2)
    c = arr(1)
    define(c, "length", writable=False)
    assert not c.set_index_fast(1, 2)
    proto = JSObject()
    define(proto, "1", set=NativeFunction(lambda t, a: UNDEFINED, "s", 1))
    d = create_array_from_list([1], proto)
    assert not d.set_index_fast(1, 2)               # the setter must run
    holey = create_array_from_list([1, HOLE, 3])
    assert not holey.set_index_fast(1, 2)


def test_set_through_prototype_setter_on_index():
    log = []
    proto = JSObject()
    define(proto, "1", set=NativeFunction(lambda t, a: log.append((t, a[0])), "s", 1),
           configurable=True)
    a = create_array_from_list([0], proto)
    assert a.set("1", "v") is True
    assert log == [(a, "v")] and a.length == 1


def test_get_fast_length_and_named():
    a = arr(1)
    a.set("x", 5)
    assert a.get_fast("length") == 1 and a.get_fast("x") == 5
    assert not a.set_fast("length", 0) and a.length == 1


# -- length on a prototype / other receivers ---------------------------------------

def test_inherited_length():
    a = arr(1, 2)
    o = JSObject(a)
    assert o.get("length") == 2
    assert o.set("length", 7) is True                # creates o's own data property
    assert o.get_own_property("length") == data_descriptor(7) and a.length == 2
    define(a, "length", writable=False)
    o2 = JSObject(a)
    assert o2.set("length", 1) is False


def test_reflect_set_length_with_array_receiver():
    a, b = arr(1, 2, 3), arr(1, 2, 3)
    assert a.set("length", 1, b) is True
    assert a.length == 3 and b.length == 1


# -- strict-mode messages -------------------------------------------------------------

def test_set_failure_messages_for_arrays():
    a = arr(1)
    define(a, "length", writable=False)
    assert a.set("5", 1) is False
    assert message_of(set_failure_error(a, "5")) == \
        "Cannot assign to read only property 'length' of object '[object Array]'"
    assert message_of(set_failure_error(a, "length")) == \
        "Cannot assign to read only property 'length' of object '[object Array]'"
    a.prevent_extensions()
    assert message_of(set_failure_error(a, "5")) == \
        "Cannot add property 5, object is not extensible"
    f = arr(1, 2)
    set_integrity_level(f, FROZEN)
    assert f.set("0", 5) is False
    assert message_of(set_failure_error(f, "0")) == \
        "Cannot assign to read only property '0' of object '[object Array]'"


# -- integrity --------------------------------------------------------------------------

def test_freeze_array():
    a = arr(1, 2)
    a.set("x", 1)
    assert set_integrity_level(a, FROZEN)
    assert check_integrity(a, FROZEN) and check_integrity(a, SEALED)
    assert a.get_own_property("length") == PropertyDescriptor(2, False, None, None, False, False)
    assert a.get_own_property("0") == PropertyDescriptor(1, False, None, None, True, False)
    assert a.set("0", 5) is False and a.set("2", 1) is False and a.set("length", 0) is False
    assert a.get("0") == 1 and a.length == 2


def test_seal_array():
    a = arr(1, 2)
    assert set_integrity_level(a, SEALED)
    assert check_integrity(a, SEALED) and not check_integrity(a, FROZEN)
    assert a.set("0", 5) is True and a.get("0") == 5
    assert a.set("length", 5) is True and a.length == 5   # growing is allowed
    assert a.set("length", 0) is False and a.length == 2   # deleting is not


def test_v8_integrity_deviations():
    """Node 20 (V8 11.3) disagrees with the spec in four places; minijs
    follows the spec (TestIntegrityLevel, SetIntegrityLevel,
    ValidateAndApplyPropertyDescriptor): an empty non-extensible array with
    writable length is not frozen; sealing, or preventing extensions of, a
    holey array and then freezing it makes length read-only; redefining an
    element of a sealed array keeps the others non-configurable."""
    a = arr()
    a.prevent_extensions()
    assert not check_integrity(a, FROZEN)          # node: true
    b = create_array_from_list([HOLE])
    set_integrity_level(b, SEALED)
    set_integrity_level(b, FROZEN)
    assert not b.length_writable                   # node: still writable
    d = create_array_from_list([HOLE])
    d.prevent_extensions()
    set_integrity_level(d, FROZEN)
    assert not d.length_writable                   # node: still writable
    c = arr(1, 2, 3)
    set_integrity_level(c, SEALED)
    assert define(c, "1", value=8, writable=False)
    assert not c.get_own_property("0").configurable  # node: configurable
    assert c.delete("0") is False


def test_empty_frozen_array():
    a = arr()
    set_integrity_level(a, FROZEN)
    assert check_integrity(a, FROZEN) and a.set("0", 1) is False


# -- against node ------------------------------------------------------------------------

ARRAY_KEYS = ["0", "1", "2", "3", "5", "9", "length", "x", "100", "4294967294",
              "4294967295", "@s"]
ARRAY_VALUES = [0, 1, 2, 3, 5, 10, 0.5, -1, "2", "$u", 4294967295, 4294967296]


def _random_array_program(rng, length=35):
    """Random ops on two arrays.  The only integrity op is freeze: node 20
    has bugs for arrays made non-extensible or sealed first (see
    test_v8_integrity_deviations)."""
    prog = [["new", "q", None],
            ["array", "p", [rng.choice([1, "$hole"]) for _ in range(rng.randrange(4))], "q"],
            ["array", "a", [rng.choice([1, 2, "$hole"]) for _ in range(rng.randrange(8))], "p"]]
    for _ in range(length):
        r = rng.random()
        obj = rng.choice(["a", "a", "a", "p"])
        key = rng.choice(ARRAY_KEYS)
        if r < 0.3:
            value = rng.choice(ARRAY_VALUES) if key == "length" else rng.choice([7, 8, "$u"])
            prog.append(["set", obj, key, value, rng.choice([None] * 5 + ["p", "q"])])
        elif r < 0.55:
            d = {}
            if key == "length":
                if rng.random() < 0.8:
                    d["value"] = rng.choice(ARRAY_VALUES)
                if rng.random() < 0.3:
                    d["writable"] = rng.random() < 0.5
            else:
                if rng.random() < 0.15:
                    d["get"] = "$f:g1"
                else:
                    if rng.random() < 0.7:
                        d["value"] = rng.choice([7, 8])
                    if rng.random() < 0.4:
                        d["writable"] = rng.random() < 0.5
                if rng.random() < 0.4:
                    d["configurable"] = rng.random() < 0.5
                if rng.random() < 0.3:
                    d["enumerable"] = rng.random() < 0.5
            prog.append(["define", obj, key, d])
        elif r < 0.65:
            prog.append(["delete", obj, key])
        elif r < 0.75:
            prog.append(["get", obj, key, None])
        elif r < 0.8:
            prog.append(["has", obj, key])
        elif r < 0.88:
            prog.append(["keys", obj])
        elif r < 0.92:
            prog.append(["desc", obj, key])
        elif r < 0.95:
            prog.append(["freeze", obj])
        else:
            prog.append([rng.choice(["isFrozen", "isSealed"]), obj])
    prog += [["dump", "a"], ["dump", "p"]]
    return prog


@needs_node
def test_random_array_programs_against_node():
    rng = random.Random(1121)
    programs = [_random_array_program(rng) for _ in range(800)]
    assert_same_as_node(programs)


@needs_node
def test_length_truncation_matrix_against_node():
    programs = []
    for n in range(5):
        for blocker in [None] + list(range(n)):
            for new_len in range(n + 2):
                for writable in (None, True, False):
                    prog = [["array", "a", list(range(n))]]
                    if blocker is not None:
                        prog.append(["define", "a", str(blocker), {"configurable": False}])
                    d = {"value": new_len}
                    if writable is not None:
                        d["writable"] = writable
                    prog += [["define", "a", "length", d], ["dump", "a"],
                             ["set", "a", "length", 0, None], ["dump", "a"]]
                    programs.append(prog)
    assert_same_as_node(programs)
