"""Number constructor, Number.* and Number.prototype (minijs/builtins/
number.py, number_format.py) against node."""

import math

from minijs.runtime.calls import construct
from minijs.runtime.values import JSSymbol
from minijs.runtime.wrappers import PrimitiveWrapper
from tests.builtins.node_calls import (
    JS, N, U, Big, assert_same_as_node, needs_node, new_realm)

INF = math.inf
NAN = math.nan

VALUES = [0, -0.0, 1, -1, 0.5, 1.5, 2.5, -2.5, 123.456, 1e21, 1e-7, 1.005, 0.000001,
          2 ** 53, 2 ** 53 + 2, -(2 ** 31), 1.7976931348623157e308, 5e-324, INF, -INF,
          NAN, 255, 0.1, 1 / 3, 123456789.123456789, 4.35, 1.45, 8.345, 25]


def wrapped(n):
    return JS("new Number(%r)" % n, lambda realm: PrimitiveWrapper(n, realm.intrinsics["NumberPrototype"]))


@needs_node
def test_number_function():
    args = [[], [U], [N], [True], [""], [" 12 "], ["0x1F"], ["0b11"], ["1e3"], ["-0"],
            ["abc"], ["Infinity"], ["1_000"], [Big(10)], [Big(2 ** 64)], [Big(-(2 ** 53) - 1)],
            [-0.0], [3.5], [wrapped(7)], [JS("Symbol()", lambda r: JSSymbol())],
            [[5]]]
    assert_same_as_node([("Number", U, a) for a in args if a != [[5]]])


@needs_node
def test_statics():
    names = ["isFinite", "isInteger", "isNaN", "isSafeInteger"]
    vals = [0, -0.0, 1.5, 5.0, NAN, INF, "5", 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), U, True,
            1e300, Big(1)]
    cases = [("Number." + n, U, [v]) for n in names for v in vals]
    cases += [("Number." + n, U, []) for n in ("EPSILON", "MAX_SAFE_INTEGER")][:0]
    assert_same_as_node(cases)


def test_constants_and_layout():
    realm = new_realm()
    num = realm.global_object.get("Number")
    assert num.get("EPSILON") == 2.220446049250313e-16
    assert num.get("MAX_SAFE_INTEGER") == 9007199254740991
    assert num.get("MIN_SAFE_INTEGER") == -9007199254740991
    assert num.get("MAX_VALUE") == 1.7976931348623157e308
    assert num.get("MIN_VALUE") == 5e-324
    assert math.isnan(num.get("NaN"))
    assert num.get("POSITIVE_INFINITY") == INF and num.get("NEGATIVE_INFINITY") == -INF
    d = num.get_own_property("EPSILON")
    assert (d.writable, d.enumerable, d.configurable) == (False, False, False)
    g = realm.global_object
    assert num.get("parseInt") is g.get("parseInt")
    assert num.get("parseFloat") is g.get("parseFloat")
    assert num.own_property_keys() == [
        "length", "name", "prototype", "isFinite", "isInteger", "isNaN", "isSafeInteger",
        "parseFloat", "parseInt", "MAX_VALUE", "MIN_VALUE", "NaN", "NEGATIVE_INFINITY",
        "POSITIVE_INFINITY", "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "EPSILON"]
    proto = realm.intrinsics["NumberPrototype"]
    assert isinstance(proto, PrimitiveWrapper) and proto.primitive == 0
    assert proto.own_property_keys() == ["constructor", "toExponential", "toFixed",
                                         "toPrecision", "toString", "valueOf",
                                         "toLocaleString"]
    assert [proto.get(k).get("length") for k in proto.own_property_keys()[1:]] == [1, 1, 1, 1, 0, 0]
    w = construct(num, ["42"])
    assert isinstance(w, PrimitiveWrapper) and w.primitive == 42 and type(w.primitive) is int
    assert construct(num, []).primitive == 0


@needs_node
def test_to_string_radix():
    radixes = [[], [U], [2], [8], [16], [36], [10], [3.9], ["16"], [1], [37], [0], [INF], [NAN]]
    cases = [("Number.prototype.toString", v, r) for v in VALUES for r in radixes]
    assert_same_as_node(cases)


@needs_node
def test_formatting_methods():
    digits = [[], [U], [0], [1], [2], [5], [20], [100], [101], [-1], [2.7], ["3"], [INF], [NAN]]
    cases = []
    for m in ("toFixed", "toExponential", "toPrecision"):
        cases += [("Number.prototype." + m, v, d) for v in VALUES for d in digits]
    assert_same_as_node(cases)


@needs_node
def test_locale_string():
    vals = VALUES + [1234.5, -1234567.891, 0.0001, -0.0001, 1.0005, 1.0015, 999.9999,
                     9.995, -9.9995, 0.0005, 12345.6789, 123456789012345680000, 1e300, 1000,
                     100, 999999.9996, 0.1 + 0.2]
    assert_same_as_node([("Number.prototype.toLocaleString", v, []) for v in vals])


@needs_node
def test_this_number_value():
    methods = ["toString", "toFixed", "toExponential", "toPrecision", "valueOf", "toLocaleString"]
    this = [wrapped(1.5), "1", U, N, Big(1), True]
    assert_same_as_node([("Number.prototype." + m, t, []) for m in methods for t in this])
