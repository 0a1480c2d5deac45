"""BigInt function and BigInt.prototype (minijs/builtins/bigint.py)
against node."""

import math

import pytest

from minijs.runtime.calls import construct
from minijs.runtime.errors import JSThrow
from minijs.runtime.values import JSBigInt, JSSymbol
from minijs.runtime.wrappers import PrimitiveWrapper
from tests.builtins.node_calls import JS, N, U, Big, assert_same_as_node, needs_node, new_realm


@needs_node
def test_bigint_function():
    vals = [0, -0.0, 1, -7, 1.5, math.nan, math.inf, 1e21, 2 ** 53, 2.0 ** 80, "abc", " 0x10 ",
            "1n", "", "  -12  ", "-0b1", "0o17", "99999999999999999999999999999", "1e3",
            U, N, True, False, Big(5), JS("Symbol('x')", lambda r: JSSymbol("x")),
            JS("new Number(3)", lambda r: PrimitiveWrapper(3, r.intrinsics["NumberPrototype"]))]
    assert_same_as_node([("BigInt", U, [v]) for v in vals])


@needs_node
def test_as_int_n():
    bits = [0, 1, 8, 63, 64, 65, -1, 2 ** 53, math.nan, "8", 1.9]
    vals = [Big(255), Big(-1), Big(2 ** 64 - 1), Big(-(2 ** 63)), Big(0), 1, "257", True, "x", 1.5]
    cases = [("BigInt.asIntN", U, [b, v]) for b in bits for v in vals]
    cases += [("BigInt.asUintN", U, [b, v]) for b in bits for v in vals]
    cases += [("BigInt.asUintN", U, [2 ** 53 - 1, Big(5)]), ("BigInt.asIntN", U, [2 ** 53 - 1, Big(-5)])]
    assert_same_as_node(cases)


@needs_node
def test_prototype_methods():
    wrapped = JS("Object(12n)", lambda r: PrimitiveWrapper(JSBigInt(12), r.intrinsics["BigIntPrototype"]))
    cases = [("BigInt.prototype.toString", t, r)
             for t in (Big(255), Big(-255), Big(0), Big(2 ** 100), wrapped)
             for r in ([], [16], [36], [2], [37], [1], [U], ["8"])]
    cases += [("BigInt.prototype." + m, t, [])
              for m in ("toString", "valueOf", "toLocaleString")
              for t in (1, "1", U, wrapped, Big(-1234567), Big(999), Big(1000))]
    assert_same_as_node(cases)


def test_layout_and_not_a_constructor():
    realm = new_realm()
    b = realm.global_object.get("BigInt")
    assert b.own_property_keys() == ["length", "name", "prototype", "asUintN", "asIntN"]
    proto = realm.intrinsics["BigIntPrototype"]
    keys = proto.own_property_keys()
    assert keys[:4] == ["constructor", "toLocaleString", "toString", "valueOf"]
    from minijs.runtime.values import WELL_KNOWN
    assert proto.get(WELL_KNOWN.toStringTag) == "BigInt"
    with pytest.raises(JSThrow) as exc:
        construct(b, [1])
    assert exc.value.value.get("message") == "BigInt is not a constructor"
    assert b.get("length") == 1 and b.get("asIntN").get("length") == 2
