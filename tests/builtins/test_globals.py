"""Global value and function properties (minijs/builtins/globals.py,
globals_uri.py) against node."""

import math

from minijs.runtime.values import UNDEFINED, JSSymbol
from tests.builtins.node_calls import JS, N, U, Big, assert_same_as_node, needs_node, new_realm

INF = math.inf
NAN = math.nan


def test_value_properties():
    realm = new_realm()
    g = realm.global_object
    d = g.get_own_property("globalThis")
    assert d.value is g and (d.writable, d.enumerable, d.configurable) == (True, False, True)
    for name in ("NaN", "Infinity", "undefined"):
        d = g.get_own_property(name)
        assert (d.writable, d.enumerable, d.configurable) == (False, False, False), name
    assert math.isnan(g.get("NaN")) and g.get("Infinity") == INF
    assert g.get("undefined") is UNDEFINED
    assert g.get_own_property("eval") is None
    lengths = {"parseInt": 2, "parseFloat": 1, "isNaN": 1, "isFinite": 1, "encodeURI": 1,
               "decodeURIComponent": 1, "escape": 1, "unescape": 1}
    for name, n in lengths.items():
        d = g.get_own_property(name)
        assert (d.writable, d.enumerable, d.configurable) == (True, False, True)
        assert d.value.get("length") == n and d.value.get("name") == name


@needs_node
def test_parse_functions():
    strings = ["", "  12px", "-0", "0x1f", "0X1F", "-0x10", "1e3", ".5", "-.5e-3", "Infinity",
               "-Infinityx", "abc", "12abc", "0b11", "0o7", "\u00a0\ufeff 42", "9007199254740993",
               "1e1000", "123456789012345678901234567890", "  +7.5e+2x", "z", "10"]
    radixes = [[], [U], [0], [2], [8], [16], [36], [37], [1], [-1], ["16"], [4294967312], [10.9]]
    cases = [("parseInt", U, [s] + r) for s in strings for r in radixes]
    cases += [("parseFloat", U, [s]) for s in strings]
    cases += [("parseInt", U, [v]) for v in (N, U, True, 1e21, 0.0000005, -0.0, 15.99)]
    cases += [("parseFloat", U, [v]) for v in (N, U, 1e21, -0.0)]
    cases += [("Number.parseInt", U, ["0x10"])]
    assert_same_as_node(cases)


@needs_node
def test_is_nan_is_finite():
    vals = [0, NAN, INF, -INF, "1", "x", "", U, N, True, 1e308, Big(1),
            JS("Symbol()", lambda r: JSSymbol())]
    assert_same_as_node([(f, U, [v]) for f in ("isNaN", "isFinite") for v in vals])


@needs_node
def test_uri_functions():
    texts = [";/?:@&=+$,-_.!~*'()#ABC abc", "\u00e9\u4e2d\ud83d\ude00", "\ud800", "\udc00a",
             "a\ud83d", "", "%", "100%"]
    encoded = ["%3B%2F%3F%3A%40%26%3D%2B%24%2C%23%41", "%F0%9F%98%80", "%C0%80", "%ED%A0%80",
               "%", "%4", "%zz", "%E0%A4%A", "%E0%A4", "%E0%A4%41", "%c3%a9", "%80", "%F8%80%80%80%80",
               "%F4%90%80%80", "a%25b", "%E2%82%AC%20x", "%FF"]
    cases = []
    for f in ("encodeURI", "encodeURIComponent"):
        cases += [(f, U, [t]) for t in texts]
    for f in ("decodeURI", "decodeURIComponent"):
        cases += [(f, U, [t]) for t in encoded + texts[:2]]
    cases += [(f, U, []) for f in ("encodeURI", "decodeURI")]
    assert_same_as_node(cases)


@needs_node
def test_escape_unescape():
    texts = ["a b+@*_-./\u00e9\u1234", "\ud83d\ude00", "%u1234%41%4%zz%u12", "%U1234", "%%41",
             "", "%u00e9%E9", "abc%"]
    assert_same_as_node([(f, U, [t]) for f in ("escape", "unescape") for t in texts])
