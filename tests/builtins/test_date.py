"""Tests of the Date built-in (minijs.builtins.date), driven from Python.

The differential test runs a table of `new Date(...)` + one method call in
ONE node process per time zone and compares the result (and the date's
time value afterwards, or the error's type and message) with ours.  Fixed
tests check the object plumbing (property attributes, new_target, errors).
"""

import json
import math
import shutil
import subprocess

import pytest

from minijs.runtime.calls import call, construct
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")


def G(realm, name):
    return realm.global_object.get(name)


# Special values in the JSON tables: "#u" undefined, "#nan", "#inf", "#-inf".
def decode(x):
    if x is None:
        return NULL
    if x == "#u":
        return UNDEFINED
    if x == "#nan":
        return math.nan
    if x == "#inf":
        return math.inf
    if x == "#-inf":
        return -math.inf
    return x


def encode(v):
    if v is UNDEFINED:
        return "#u"
    if type(v) is float:
        if math.isnan(v):
            return "#nan"
        if math.isinf(v):
            return "#inf" if v > 0 else "#-inf"
        if v == int(v):
            return int(v)
    if isinstance(v, JSObject):
        return "#object"
    if v is NULL:
        return None
    return v


CASES = [
    # (constructor args, method, method args)
    ([0], "getFullYear", []), ([0], "getUTCFullYear", []),
    ([0], "getTimezoneOffset", []), ([1594000000000], "getTimezoneOffset", []),
    ([1594000000000], "getHours", []), ([1594000000000], "getUTCHours", []),
    ([1594000000000], "getDay", []), ([1594000000000], "getUTCDay", []),
    ([1594000000123], "getMilliseconds", []), ([-1], "getUTCMilliseconds", []),
    (["#nan"], "getMonth", []), (["#nan"], "getTimezoneOffset", []),
    ([2020, 0, 31], "setMonth", [1]), ([2020, 0, 31], "setMonth", [1, 15]),
    ([2020, 0, 31], "setMonth", ["#u"]), ([2020, 0, 31], "setMonth", []),
    (["#nan"], "setMonth", [1]), (["#nan"], "setFullYear", [2000]),
    (["#nan"], "setUTCFullYear", [2000, 5]), (["#nan"], "setHours", [1]),
    ([2020, 5, 15, 10, 20, 30, 400], "setHours", [1]),
    ([2020, 5, 15, 10, 20, 30, 400], "setHours", [1, 2, 3, 4]),
    ([2020, 5, 15, 10, 20, 30, 400], "setHours", [1, "#u"]),
    ([2020, 5, 15, 10, 20, 30, 400], "setUTCHours", [25]),
    ([2020, 5, 15, 10, 20, 30, 400], "setMinutes", [90, 5]),
    ([2020, 5, 15, 10, 20, 30, 400], "setUTCMinutes", [-1]),
    ([2020, 5, 15, 10, 20, 30, 400], "setSeconds", [61, 1]),
    ([2020, 5, 15, 10, 20, 30, 400], "setUTCSeconds", [1.9]),
    ([2020, 5, 15, 10, 20, 30, 400], "setMilliseconds", [-1]),
    ([2020, 5, 15, 10, 20, 30, 400], "setUTCMilliseconds", ["#nan"]),
    ([2020, 5, 15, 10, 20, 30, 400], "setDate", [0]),
    ([2020, 5, 15, 10, 20, 30, 400], "setUTCDate", [40]),
    ([2020, 5, 15, 10, 20, 30, 400], "setFullYear", [1999, 1, 29]),
    ([2020, 5, 15, 10, 20, 30, 400], "setUTCFullYear", [-5]),
    ([2020, 5, 15, 10, 20, 30, 400], "setUTCMonth", [13]),
    ([2020, 5, 15], "setTime", [86400000]), ([2020, 5, 15], "setTime", ["12"]),
    ([2020, 5, 15], "setTime", [9e15]), ([2020, 5, 15], "setTime", []),
    ([2021, 2, 14, 1, 30], "setHours", [2]), ([2021, 10, 7, 0, 30], "setHours", [1]),
    ([2020, 0, 1], "getYear", []), ([2020, 0, 1], "setYear", [99]),
    ([2020, 0, 1], "setYear", [2001]), ([2020, 0, 1], "setYear", ["#nan"]),
    (["#nan"], "setYear", [5]), ([0], "toGMTString", []),
    ([0], "toString", []), ([0], "toDateString", []), ([0], "toTimeString", []),
    ([0], "toUTCString", []), ([0], "toISOString", []), ([0], "toJSON", []),
    (["#nan"], "toString", []), (["#nan"], "toISOString", []),
    (["#nan"], "toJSON", []), (["#nan"], "toLocaleString", []),
    ([2020, 0, 2, 3, 4, 5], "toLocaleString", []),
    ([2020, 0, 2, 15, 4, 5], "toLocaleString", []),
    ([2020, 0, 2, 0, 4, 5], "toLocaleTimeString", []),
    ([2020, 11, 25, 12, 0, 0], "toLocaleTimeString", []),
    ([2020, 11, 25], "toLocaleDateString", []),
    ([-1, 0, 1], "toLocaleDateString", []), ([0, 0, 1], "toLocaleString", []),
    ([-62135596800000], "toLocaleDateString", []),
    (["2020-01-02"], "getTime", []), (["2020-01-02T10:00"], "getTime", []),
    (["Jan 2 2020 10:00 GMT+1"], "getTime", []), (["nope"], "getTime", []),
    ([True], "getTime", []), ([None], "getTime", []), (["#u"], "getTime", []),
    ([1.7], "getTime", []), ([8.64e15], "getTime", []),
    ([8.64e15 + 1], "getTime", []), ([2020, "#u"], "getTime", []),
    ([99, 0], "getFullYear", []), ([100, 0], "getFullYear", []),
    (["#inf", 0], "getTime", []), ([2020, 0, 1, 0, 0, 0, 0, 99], "getTime", []),
    ([0], "valueOf", []),
]

_NODE_SCRIPT = r"""
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const dec = x => x === '#u' ? undefined : x === '#nan' ? NaN : x === '#inf' ? Infinity
  : x === '#-inf' ? -Infinity : x;
const enc = v => v === undefined ? '#u' : typeof v === 'number' && Number.isNaN(v) ? '#nan'
  : v === Infinity ? '#inf' : v === -Infinity ? '#-inf'
  : (typeof v === 'object' && v !== null) ? '#object' : v;
const out = cases.map(([cargs, method, margs]) => {
  const d = new Date(...cargs.map(dec));
  let r;
  try { r = enc(d[method](...margs.map(dec))); }
  catch (e) { r = ['error', e.constructor.name, e.message]; }
  return [r, enc(d.getTime())];
});
process.stdout.write(JSON.stringify(out));
"""


def _ours(realm):
    date = G(realm, "Date")
    out = []
    for cargs, method, margs in CASES:
        d = construct(date, [decode(a) for a in cargs])
        try:
            r = encode(call(d.get(method), d, [decode(a) for a in margs]))
        except JSThrow as e:
            r = ["error", e.value.get("name"), e.value.get("message")]
        out.append([r, encode(d.time_value)])
    return json.loads(json.dumps(out))


@needs_node
@pytest.mark.parametrize("tz", ["UTC", "America/New_York", "Asia/Kolkata"])
def test_methods_against_node(tz, realm, monkeypatch):
    monkeypatch.setenv("TZ", tz)
    r = subprocess.run([NODE, "-e", _NODE_SCRIPT], input=json.dumps(CASES),
                       env={"TZ": tz, "PATH": "/usr/bin:/bin"},
                       capture_output=True, text=True, check=True)
    expected = json.loads(r.stdout)
    ours = _ours(realm)
    for case, e, o in zip(CASES, expected, ours):
        assert o == e, case


# -- fixed tests (expected values from node 20) ------------------------------

def test_constructor_shape(realm):
    date = G(realm, "Date")
    assert date.get("length") == 7
    assert date.get("name") == "Date"
    assert G(realm, "Date").get("UTC").get("length") == 7
    proto = date.get("prototype")
    assert proto.get("toGMTString") is proto.get("toUTCString")
    desc = proto.get_own_property(WELL_KNOWN.toPrimitive)
    assert (desc.writable, desc.enumerable, desc.configurable) == (False, False, True)
    assert desc.value.get("name") == "[Symbol.toPrimitive]"
    assert proto.get("setHours").get("length") == 4
    assert proto.get("setUTCFullYear").get("length") == 3
    keys = [k for k in proto.own_property_keys() if type(k) is str]
    assert keys[:8] == ["constructor", "toString", "toDateString", "toTimeString",
                        "toISOString", "toUTCString", "toGMTString", "getDate"]


def test_call_returns_string(realm, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    s = call(G(realm, "Date"), UNDEFINED, [2020, 1])
    assert type(s) is str and s.endswith("GMT+0000 (Coordinated Universal Time)")


def test_copy_and_new_target(realm):
    date = G(realm, "Date")
    d = construct(date, [1234])
    e = construct(date, [d])
    assert e.time_value == 1234 and e.class_name == "Date"
    proto = JSObject(date.get("prototype"))
    fake_target = JSObject()
    fake_target.set("prototype", proto)
    f = date.construct([5], fake_target)
    assert f.get_prototype_of() is proto and f.time_value == 5


def test_now(realm):
    import time
    n = call(G(realm, "Date").get("now"), UNDEFINED, [])
    assert type(n) is int and abs(n - time.time() * 1000) < 5000


def test_errors(realm):
    proto = G(realm, "Date").get("prototype")
    with pytest.raises(JSThrow) as e:
        call(proto.get("getTime"), JSObject(proto), [])
    assert e.value.value.get("message") == "this is not a Date object."
    tp = proto.get(WELL_KNOWN.toPrimitive)
    with pytest.raises(JSThrow) as e:
        call(tp, 1, ["number"])
    assert e.value.value.get("message") == \
        "Method Date.prototype [ @@toPrimitive ] called on incompatible receiver 1"
    d = construct(G(realm, "Date"), [0])
    with pytest.raises(JSThrow) as e:
        call(tp, d, ["x"])
    assert e.value.value.get("message") == "Invalid hint: x"
    assert call(tp, d, ["number"]) == 0
    assert type(call(tp, d, ["default"])) is str
    obj = JSObject(realm.intrinsics["ObjectPrototype"])
    with pytest.raises(JSThrow) as e:
        call(proto.get("toJSON"), obj, [])
    assert e.value.value.get("name") == "TypeError"


def test_date_parse_and_utc(realm, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    date = G(realm, "Date")
    assert call(date.get("parse"), UNDEFINED, ["2020-01-02"]) == 1577923200000
    assert math.isnan(call(date.get("parse"), UNDEFINED, []))
    assert math.isnan(call(date.get("UTC"), UNDEFINED, []))
    assert call(date.get("UTC"), UNDEFINED, [2020]) == 1577836800000
    assert call(date.get("UTC"), UNDEFINED, [99, 1]) == 917827200000
