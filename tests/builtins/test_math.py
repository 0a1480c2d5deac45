"""The Math object (minijs/builtins/math.py, math_kernels.py,
math_fdlibm.py) against node: exact results (signed zeros included) for
the rounding functions, max/min, pow, fround, clz32, imul and the
fdlibm ports; special values for every function; random arguments for
the C-library kernels within one unit in the last place."""

import math
import random

from minijs.runtime.calls import call
from minijs.runtime.values import WELL_KNOWN, JSSymbol
from tests.builtins.node_calls import (
    JS, N, U, Big, assert_same_as_node, needs_node, new_realm, run_minijs, run_node)

INF = math.inf
NAN = math.nan

SPECIAL = [0, -0.0, 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
           -0.49999999999999994, 4503599627370495.5, -4503599627370495.5, 2 ** 52, 2 ** 53,
           1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, INF, -INF, NAN,
           0.1, -0.9, 3, -3, 0.99, 1.0000001, -1.0000001, 710, -745, 1e-10, 2 ** 31,
           -(2 ** 31) - 0.5, 4294967296.5, 3.4028235677973366e38, 3.4028234663852886e38,
           1.401298464324817e-45, 7e-46, "2", "x", U, N, True]

UNARY = ["abs", "ceil", "floor", "round", "trunc", "sign", "sqrt", "fround", "clz32",
         "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "exp",
         "expm1", "log", "log1p", "log2", "log10", "sin", "sinh", "tan", "tanh"]
EXACT = ["abs", "ceil", "floor", "round", "trunc", "sign", "sqrt", "fround", "clz32", "cbrt"]
FDLIBM = ["cbrt", "exp", "log", "sin", "cos", "tan"]


@needs_node
def test_special_values_of_every_function():
    cases = [("Math." + f, U, [v]) for f in UNARY for v in SPECIAL]
    mine = run_minijs(cases)
    theirs = run_node(cases)
    bad = []
    for c, m, t in zip(cases, mine, theirs):
        if m != t and not _close(m, t):
            bad.append((c[0], c[2], m, t))
    assert not bad, bad[:10]


def _close(a, b):
    """Both finite numbers within 1 ulp (libm vs fdlibm last-bit differences)."""
    if a[0] != "num" or b[0] != "num":
        return False
    x = float(a[1])
    y = float(b[1])
    return math.isfinite(x) and math.isfinite(y) and abs(x - y) <= math.ulp(y)


@needs_node
def test_rounding_functions_exact():
    rnd = random.Random(7)
    vals = SPECIAL + [rnd.uniform(-10, 10) for _ in range(60)] + \
        [rnd.randint(-40, 40) / 2 for _ in range(40)]
    assert_same_as_node([("Math." + f, U, [v]) for f in EXACT for v in vals])


@needs_node
def test_fdlibm_ports_are_bit_exact():
    rnd = random.Random(3)
    vals = [rnd.uniform(-1000, 1000) for _ in range(150)] + \
        [rnd.uniform(-4, 4) for _ in range(150)] + \
        [math.ldexp(rnd.random(), rnd.randint(-1074, 1023)) for _ in range(150)] + \
        [-math.ldexp(rnd.random(), rnd.randint(-60, 80)) for _ in range(100)] + \
        [1e22, 2.0 ** 1000, 1e300, 1.7976931348623157e308, 823549.6, 823550.0, 1, 2, 3, 10,
         math.pi, math.pi / 2, math.pi / 4, 709.78, 709.79, -745.1, -745.2, 0.5, 0.1]
    assert_same_as_node([("Math." + f, U, [v]) for f in FDLIBM for v in vals])


@needs_node
def test_random_arguments_within_an_ulp():
    rnd = random.Random(11)
    vals = [rnd.uniform(-4, 4) for _ in range(40)] + [rnd.uniform(-700, 700) for _ in range(20)]
    cases = [("Math." + f, U, [v]) for f in UNARY if f not in EXACT + FDLIBM for v in vals]
    mine = run_minijs(cases)
    theirs = run_node(cases)
    bad = [(c, m, t) for c, m, t in zip(cases, mine, theirs) if m != t and not _close(m, t)]
    assert not bad, bad[:10]


@needs_node
def test_several_argument_functions():
    pairs = [[], [1], [1, 2], [2, 1], [0, -0.0], [-0.0, 0], [-0.0, -0.0], [NAN, 1], [1, NAN],
             [INF, -INF], ["3", 2], [1, 2, 3, -4], [U], [N, -1], [3, 4], [-3, 4, 12],
             [1e200, 1e200], [1e-200, 1e-200], [INF, NAN], [NAN, -INF], [0, 0], [-0.0]]
    cases = [("Math." + f, U, p) for f in ("max", "min", "hypot") for p in pairs]
    atan = [[0, 0], [-0.0, 0], [0, -0.0], [-0.0, -0.0], [1, 0], [-1, 0], [0, -1], [-0.0, -1],
            [INF, INF], [-INF, INF], [INF, -INF], [-INF, -INF], [1, INF], [1, -INF], [-1, -INF],
            [NAN, 1], [1, NAN], [1, 1], [-1, -1], [3, -4]]
    cases += [("Math.atan2", U, p) for p in atan]
    pw = [[2, 10], [2, 0.5], [-8, 1 / 3], [NAN, 0], [1, INF], [1, NAN], [-0.0, -1], [-0.0, -2],
          [0, -1], [-INF, 3], [-INF, -3], [10, 308], [10, 309], [2, -1074], [-2, 3], [4, -0.5],
          [1.0000001, 1e9], ["2", "3"], [U, 0], [0.1, 3]]
    cases += [("Math.pow", U, p) for p in pw]
    ints = [[3, 4], [-5, 12], [0xFFFFFFFF, 5], [0xFFFFFFFF, 0xFFFFFFFF], [2 ** 31, 2], [1.9, 2.9],
            [NAN, 1], ["3", "4"], [], [65536, 65536], [-1, 8], [4294967296.5, 3]]
    cases += [("Math.imul", U, p) for p in ints]
    cases += [("Math.clz32", U, [v]) for v in (0, 1, -1, 2 ** 31, 2 ** 32, 0.5, 2 ** 32 + 1, NAN, INF)]
    assert_same_as_node(cases)


def test_int_float_convention_and_layout():
    realm = new_realm()
    m = realm.global_object.get("Math")
    f = lambda name, *a: call(m.get(name), m, list(a))
    assert f("floor", 2.5) == 2 and type(f("floor", 2.5)) is int
    assert type(f("round", -0.4)) is float and math.copysign(1, f("round", -0.4)) < 0
    assert type(f("max", 1, 2.0)) is int
    assert type(f("pow", 2, 60)) is float          # not a safe integer
    assert type(f("sqrt", 2 ** 60)) is int
    assert type(f("pow", 2, 10)) is int and f("pow", 2, 10) == 1024
    assert f("max") == -INF and f("min") == INF
    r = f("random")
    assert type(r) is float and 0 <= r < 1
    assert m.get(WELL_KNOWN.toStringTag) == "Math"
    d = m.get_own_property("PI")
    assert d.value == math.pi and not (d.writable or d.enumerable or d.configurable)
    keys = m.own_property_keys()
    assert keys[:8] == ["abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "atan2"]
    assert keys[35:43] == ["E", "LN10", "LN2", "LOG10E", "LOG2E", "PI", "SQRT1_2", "SQRT2"]
    lengths = {"max": 2, "min": 2, "hypot": 2, "atan2": 2, "imul": 2, "pow": 2, "random": 0,
               "abs": 1, "fround": 1}
    for name, n in lengths.items():
        assert m.get(name).get("length") == n


@needs_node
def test_coercion_errors():
    sym = JS("Symbol()", lambda r: JSSymbol())
    cases = [("Math.abs", U, [sym]), ("Math.max", U, [1, sym]), ("Math.abs", U, [Big(1)]),
             ("Math.hypot", U, [Big(1)]), ("Math.imul", U, [sym])]
    assert_same_as_node(cases)
