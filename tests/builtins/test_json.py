"""Tests of the JSON built-in (minijs.builtins.json), driven from Python.

Differential tests run tables of texts through ONE node process and
compare: JSON.parse's result (re-serialized) or its SyntaxError message,
and JSON.stringify of parsed values with several indents and replacer
lists.  Fixed tests (expected values from node 20) cover what needs JS
objects built by hand: cycles, toJSON, replacer functions, BigInt, lone
surrogates, property attributes.
"""

import json
import shutil
import subprocess

import pytest

from minijs.builtins.json_parse import parse_json_text
from minijs.builtins.json_stringify import quote_json_string
from minijs.builtins.support import make_function
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.calls import call
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, JSBigInt, JSSymbol

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")


def J(realm, name):
    return realm.global_object.get("JSON").get(name)


def parse(realm, text, reviver=UNDEFINED):
    return call(J(realm, "parse"), UNDEFINED, [text, reviver])


def stringify(realm, *args):
    return call(J(realm, "stringify"), UNDEFINED, list(args))


def obj(realm, **props):
    o = JSObject(realm.intrinsics["ObjectPrototype"])
    for k, v in props.items():
        o.set(k, v)
    return o


def arr(realm, *values):
    ap = realm.intrinsics.get("ArrayPrototype", realm.intrinsics["ObjectPrototype"])
    return create_array_from_list(list(values), ap)


def message(exc):
    return exc.value.value.get("message")


PARSE_TEXTS = [
    '{"a":}', "", " ", "{", "[1,", "[1,]", '{"a":1,}', "tru", "nul", "1 2",
    '"abc', '"a\\x"', '"\\u12g4"', "01", "-", "1.", "1e", ".5", "+1", "{a:1}",
    "[1]x", '"\u0001"', '"a\nb"', '{"a" 1}', "{1:2}", "\u00e9", "NaN",
    "undefined", "Infinity", "-Infinity", "[object Object]", "a" * 30,
    "[" + "1," * 20 + "x]", '"' + "a" * 40 + '"x', '{"' + "a" * 44 + '": x}',
    '"\\ud800"', "[1}", '{"a":1]', "\t\r\n 1 \t", "\u00a01", "1\u2028",
    "[-]", "-a", '"\\', "123abc", "[1 2]", '{"a":1 "b":2}', '"\\u00"', "t",
    "f", "n", "true false", '{"__proto__":1}', "11111{", "trux", "nulx",
    "[tru]", '"\\u', "1e+", "-0", "-01", "1.e5", "[1,,2]", '{"a":1,"b"}',
    "{,}", "[,]", '{"a":1,"b":}', '["a" "b"]', '{"a" "b"}', "[1] 2", "00",
    "0x10", "1e5x", '{"a":1,2}', '"\\ud800x"', "[\n1,\n}", '{"x":[1,{"y":tru',
    '"abc\\', "[1,2", '{"a"', '{"a":', '{"a":1', "tr", "falsy",
    '{"a":"b"} x', "[" * 300 + "]" * 300, '{"b":1,"a":2,"1":3,"0":4}',
    '{"a":1,"a":2,"b":3}', '"\\ud83d\\ude00"', '"\\uD83D\\uDE00x"',
    '"\ud83d\ude00"', "12345678901234567890", "1" * 400, "-1.5e-400",
    "1e400", "-1e400", "0.1", "-0.0", "[-0, 0, -0e1]", "3.0", "9007199254740993",
    '{"a":[{"b":[[]],"c":{}}],"d":"\\"\\\\\\/\\b\\f\\n\\r\\t"}', "  []  ",
    '"\\u0000\\u001f\\u007f"', '{"a":1,"b" 1}', '{"a":1,"b" "c"}',
    '{"a":1,"b"', '{"a":1,"b"   -', '{"a":1,"b" x}', "[1e-7, 1e21, 123e-20, 5e-324]",
]

STRINGIFY_SPACES = [None, 2, "\t", "--", 20, 0, -1, "0123456789abc", 3.7]

STRINGIFY_TEXTS = [
    '{"a":1,"b":[1,2,{"c":null}],"d":{}, "e":[], "f":"x"}',
    '[[],[[]],{},{"a":{}}]', '"\\u2028\\u2029\\ud800"', "[1.5, -0.0, 1e21]",
    '{"2":1,"1":2,"b":3,"a":{"z":[true,false,null]}}', "123", '"s"', "null",
]

REPLACER_LISTS = [["a", "b"], ["b", "a", "b"], [], ["z", 1]]

_NODE_SCRIPT = r"""
const data = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const parsed = data.texts.map(s => {
  try { return ['ok', JSON.stringify(JSON.parse(s))]; }
  catch (e) { return [e.constructor.name, e.message]; }
});
const spaced = [];
for (const s of data.stext) for (const sp of data.spaces)
  spaced.push(JSON.stringify(JSON.parse(s), null, sp === null ? undefined : sp));
const listed = [];
for (const s of data.stext) for (const l of data.lists)
  listed.push(JSON.stringify(JSON.parse(s), l, 1));
process.stdout.write(JSON.stringify({parsed, spaced, listed}));
"""


def _units(x):
    """Strings as UTF-16 code units (astral characters as pairs)."""
    if type(x) is str:
        b = x.encode("utf-16-le", "surrogatepass")
        return "".join(chr(b[i] | b[i + 1] << 8) for i in range(0, len(b), 2))
    if type(x) is list:
        return [_units(v) for v in x]
    if type(x) is dict:
        return {k: _units(v) for k, v in x.items()}
    return x


@needs_node
def test_against_node(realm):
    data = {"texts": PARSE_TEXTS, "stext": STRINGIFY_TEXTS,
            "spaces": STRINGIFY_SPACES, "lists": REPLACER_LISTS}
    r = subprocess.run([NODE, "-e", _NODE_SCRIPT], input=json.dumps(data),
                       capture_output=True, text=True, check=True,
                       encoding="utf-8", errors="surrogatepass")
    expected = _units(json.loads(r.stdout))
    for text, exp in zip(PARSE_TEXTS, expected["parsed"]):
        try:
            got = ["ok", stringify(realm, parse(realm, text))]
        except JSThrow as e:
            got = [e.value.get("name"), e.value.get("message")]
        assert got == exp, text
    i = 0
    for text in STRINGIFY_TEXTS:
        for sp in STRINGIFY_SPACES:
            space = UNDEFINED if sp is None else sp
            assert stringify(realm, parse(realm, text), UNDEFINED, space) == \
                expected["spaced"][i], (text, sp)
            i += 1
    i = 0
    for text in STRINGIFY_TEXTS:
        for lst in REPLACER_LISTS:
            got = stringify(realm, parse(realm, text), arr(realm, *lst), 1)
            assert got == expected["listed"][i], (text, lst)
            i += 1


def test_parse_structures(realm):
    v = parse(realm, '{"b":1,"a":[true,null,"x"],"1":2}')
    assert v.own_property_keys() == ["1", "b", "a"]
    a = v.get("a")
    assert a.get("length") == 3 and a.get("1") is NULL and a.get("0") is True
    assert parse(realm, "-0") == 0 and str(parse(realm, "-0")) == "-0.0"
    assert parse(realm, "9007199254740993") == 9007199254740992.0
    assert parse(realm, '"\\ud83d\\ude00"') == "\ud83d\ude00"
    assert parse(realm, '"\\ud800"') == "\ud800"
    p = parse(realm, '{"__proto__":1}')
    assert p.get_own_property("__proto__").value == 1
    assert p.get_prototype_of() is realm.intrinsics["ObjectPrototype"]
    deep = parse_json_text("[" * 5000 + "]" * 5000)
    assert deep.get("length") == 1


def test_reviver(realm):
    seen = []

    def reviver(this, args):
        key, value = args
        seen.append(key)
        if key == "drop":
            return UNDEFINED
        if type(value) is int:
            return value * 10
        return value

    f = make_function(realm, reviver, "r", 2)
    v = parse(realm, '{"a":1,"b":[2,3],"drop":4,"c":{"d":5}}', f)
    # node: ["a","0","1","b","drop","d","c",""]
    assert seen == ["a", "0", "1", "b", "drop", "d", "c", ""]
    assert v.get("a") == 10 and v.get("b").get("1") == 30
    assert not v.has_property("drop")
    assert v.get("c").get("d") == 50


def test_stringify_primitives_and_specials(realm):
    assert stringify(realm, UNDEFINED) is UNDEFINED
    assert stringify(realm, JSSymbol("s")) is UNDEFINED
    assert stringify(realm, float("nan")) == "null"
    assert stringify(realm, -0.0) == "0"
    assert stringify(realm, True) == "true"
    assert stringify(realm, "\ud800\udc00\udc00\ud800") == '"\ud800\udc00\\udc00\\ud800"'
    assert quote_json_string("\x00\x1f\x7f\"\\\u2028") == '"\\u0000\\u001f\x7f\\"\\\\\u2028"'
    o = obj(realm, a=UNDEFINED, b=JSSymbol("x"), c=1)
    o.set(JSSymbol("k"), 1)
    assert stringify(realm, o) == '{"c":1}'
    assert stringify(realm, arr(realm, UNDEFINED, JSSymbol("x"))) == "[null,null]"
    fn = make_function(realm, lambda this, args: 1, "f", 0)
    assert stringify(realm, arr(realm, fn)) == "[null]"
    assert stringify(realm, fn) is UNDEFINED


def test_bigint(realm):
    with pytest.raises(JSThrow) as e:
        stringify(realm, JSBigInt(1))
    assert message(e) == "Do not know how to serialize a BigInt"
    with pytest.raises(JSThrow) as e:
        stringify(realm, obj(realm, a=arr(realm, JSBigInt(1))))
    assert message(e) == "Do not know how to serialize a BigInt"


def test_to_json_and_replacer_function(realm):
    calls = []

    def to_json(this, args):
        calls.append(args[0])
        return "T" + args[0]

    o = obj(realm, x=1)
    o.set("toJSON", make_function(realm, to_json, "toJSON", 1))
    assert stringify(realm, obj(realm, k=o)) == '{"k":"Tk"}'
    assert stringify(realm, arr(realm, o)) == '["T0"]'
    assert calls == ["k", "0"]

    holders = []

    def replacer(this, args):
        holders.append((this, args[0]))
        if args[0] == "b":
            return UNDEFINED
        if type(args[1]) is int:
            return args[1] + 1
        return args[1]

    r = make_function(realm, replacer, "r", 2)
    data = obj(realm, a=1, b=2, c=arr(realm, 5))
    assert stringify(realm, data, r) == '{"a":2,"c":[6]}'
    root, key = holders[0]
    assert key == "" and root.get("") is data
    assert [k for _, k in holders] == ["", "a", "b", "c", "0"]


def test_cycles(realm):
    a = obj(realm)
    a.set("a", a)
    with pytest.raises(JSThrow) as e:
        stringify(realm, a)
    assert message(e) == ("Converting circular structure to JSON\n"
                          "    --> starting at object with constructor 'Object'\n"
                          "    --- property 'a' closes the circle")
    assert e.value.value.get("name") == "TypeError"
    c = arr(realm, 1, obj(realm, k=arr(realm)))
    inner = c.get("1").get("k")
    inner.set("0", c)
    with pytest.raises(JSThrow) as e:
        stringify(realm, c)
    assert message(e) == (
        "Converting circular structure to JSON\n"
        "    --> starting at object with constructor 'Array'\n"
        "    |     index 1 -> object with constructor 'Object'\n"
        "    |     property 'k' -> object with constructor 'Array'\n"
        "    --- index 0 closes the circle")
    root = obj(realm)
    cur = root
    for _ in range(10):
        nxt = obj(realm)
        cur.set("n", nxt)
        cur = nxt
    cur.set("back", root)
    with pytest.raises(JSThrow) as e:
        stringify(realm, obj(realm, top=root))
    assert message(e) == (
        "Converting circular structure to JSON\n"
        "    --> starting at object with constructor 'Object'\n"
        "    |     property 'n' -> object with constructor 'Object'\n"
        "    |     property 'n' -> object with constructor 'Object'\n"
        "    |     ...\n"
        "    |     property 'n' -> object with constructor 'Object'\n"
        "    --- property 'back' closes the circle")
    # the same object twice (not a cycle) is fine
    shared = obj(realm, x=1)
    assert stringify(realm, arr(realm, shared, shared)) == '[{"x":1},{"x":1}]'


def test_json_object_shape(realm):
    j = realm.global_object.get("JSON")
    assert j.get(WELL_KNOWN.toStringTag) == "JSON"
    d = j.get_own_property(WELL_KNOWN.toStringTag)
    assert (d.writable, d.enumerable, d.configurable) == (False, False, True)
    assert J(realm, "parse").get("length") == 2
    assert J(realm, "stringify").get("length") == 3
    assert realm.global_object.get_own_property("JSON").enumerable is False
