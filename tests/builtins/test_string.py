"""String constructor and String.prototype (minijs/builtins/string*.py),
compared call by call with node (tests/builtins/node_calls.py)."""

import pytest

from minijs.builtins.string_substitution import get_substitution
from minijs.runtime.calls import call, construct
from minijs.runtime.descriptors import PropertyDescriptor
from minijs.runtime.function_base import NativeFunction
from minijs.runtime.objects import JSObject
from minijs.runtime.values import UNDEFINED, WELL_KNOWN, JSSymbol
from minijs.runtime.wrappers import StringObject
from tests.builtins.node_calls import (
    JS, N, U, assert_same_as_node, needs_node, new_realm, resolve, run_minijs)

P = "String.prototype."
EMOJI = "\ud83d\ude00"          # U+1F600 as UTF-16 units
LONE = "\ud800"


def obj_with_to_string(text):
    """An object whose toString returns `text`, for both engines."""
    def build(realm):
        o = JSObject(realm.intrinsics["ObjectPrototype"])
        f = NativeFunction(lambda this, args: text, "toString", 0,
                           realm.intrinsics["FunctionPrototype"])
        o.define_own_property("toString", PropertyDescriptor(f, True, None, None, True, True))
        return o
    return JS("{toString() { return %r; }}" % text, build)


def js_fn(source, py):
    """A function: `source` in node, the Python `py(this, args)` in minijs."""
    return JS(source, lambda realm: NativeFunction(
        py, "f", 0, realm.intrinsics["FunctionPrototype"]))


def cases_for(method, this_values, arg_lists):
    return [(P + method, t, a) for t in this_values for a in arg_lists]


POSITIONS = [[], [0], [1], [-1], [2.5], [-0.0], [100], [float("inf")],
             [float("-inf")], [float("nan")], ["1"], [U], [N], [True]]


@needs_node
@pytest.mark.parametrize("method", ["at", "charAt", "charCodeAt", "codePointAt"])
def test_index_methods(method):
    assert_same_as_node(cases_for(method, ["abc", "", "a" + EMOJI + "b", 12, True], POSITIONS))


@needs_node
def test_nullish_this_messages():
    names = ["at", "charAt", "charCodeAt", "codePointAt", "concat", "endsWith",
             "includes", "indexOf", "lastIndexOf", "localeCompare", "match",
             "matchAll", "normalize", "padEnd", "padStart", "repeat", "replace",
             "replaceAll", "search", "slice", "split", "startsWith", "substr",
             "substring", "toLowerCase", "toUpperCase", "toLocaleLowerCase",
             "toLocaleUpperCase", "trim", "trimStart", "trimEnd", "trimLeft",
             "trimRight", "anchor", "big", "link", "isWellFormed", "toWellFormed"]
    assert_same_as_node([(P + n, t, []) for n in names for t in (U, N)])


@needs_node
def test_search_methods():
    this = ["abcabc", "", "a" + EMOJI + "a", 123]
    args = [["b"], ["b", 2], ["b", -5], ["c", 100], [""], ["", 3], ["", 10],
            ["abc", 3], ["bc", 1.5], ["x"], [U], ["undefined"], [1, 0], ["c", float("nan")],
            ["a", float("-inf")], ["c", float("inf")], ["c", N], ["b", 1], ["a", 0]]
    cases = []
    for m in ("indexOf", "lastIndexOf", "includes", "startsWith", "endsWith"):
        cases += cases_for(m, this, args)
    cases += [(P + m, "a", [JS("/a/", lambda r: None)]) for m in ()]  # regexps: see regexp tests
    assert_same_as_node(cases)


@needs_node
def test_slicing():
    this = ["abcdef", "", EMOJI + "xy"]
    args = [[], [1], [-2], [2, 4], [4, 2], [-3, -1], [1, -1], [float("nan"), 3],
            [float("-inf"), float("inf")], [10, 20], [U, 2], [2, U], ["1", "3"],
            [-0.0, 1], [1.9, 3.9], [-10, 2], [0, -10], [3, N]]
    cases = []
    for m in ("slice", "substring", "substr"):
        cases += cases_for(m, this, args)
    assert_same_as_node(cases)


@needs_node
def test_pad_and_repeat():
    cases = cases_for("padStart", ["abc", ""], [[10], [10, "xy"], [2, "x"], [6, ""],
                                                [5, U], [-1], [float("nan")], ["7", 12],
                                                [5, EMOJI]])
    cases += cases_for("padEnd", ["abc", ""], [[10], [10, "xy"], [6, ""], [5, N], [4.9, "-"]])
    cases += cases_for("padStart", ["a"], [[2 ** 30], [float("inf")]])
    cases += cases_for("repeat", ["ab", ""], [[0], [1], [3], [2.9], [-0.5], [-1], [-1.5],
                                              [float("inf")], [float("-inf")], [float("nan")],
                                              ["2"], [U], [2 ** 30]])
    assert_same_as_node(cases)


@needs_node
def test_trim_and_case():
    ws = "\t\n\v\f\r \xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
    this = [ws + "a b" + ws, "", "\u200b x \u180e", "AbC", "\u0130", "\u03a3\u0391\u03a3 \u03a3",
            "stra\u00dfe", "\ufb00", EMOJI, "\ud801\udc00", "\ud801\udc28", LONE + "a",
            "\u01c5", "i\u0307", 42]
    cases = []
    for m in ("trim", "trimStart", "trimEnd", "trimLeft", "trimRight", "toLowerCase",
              "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase"):
        cases += cases_for(m, this, [[]])
    assert_same_as_node(cases)


@needs_node
def test_normalize_and_well_formed():
    this = ["\u1e9b\u0323", "e\u0301", "\u00e9", "\ufb01", "A\u030a", LONE, EMOJI + "\u0301",
            "\ud834\udd5e", "abc", ""]
    args = [[], ["NFC"], ["NFD"], ["NFKC"], ["NFKD"], [U], ["nfc"], [""], [N]]
    cases = cases_for("normalize", this, args)
    cases += cases_for("isWellFormed", ["a", LONE, EMOJI, "\udc00\ud800", EMOJI[0] + "x"], [[]])
    cases += cases_for("toWellFormed", ["a", LONE, EMOJI, "\udc00\ud800", EMOJI[0] + "x"], [[]])
    assert_same_as_node(cases)


@needs_node
def test_concat_and_conversion_of_arguments():
    cases = cases_for("concat", ["a"], [[], [1, 2], [U, N, True], [-0.0, 1e21],
                                        [obj_with_to_string("X")]])
    cases += cases_for("concat", [obj_with_to_string("T")], [["!"]])
    cases += [("String.prototype.at", obj_with_to_string("xyz"), [obj_with_to_string("1")])]
    assert_same_as_node(cases)


@needs_node
def test_locale_compare_common_cases():
    pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("a", "B"), ("a", "A"), ("A", "a"),
             ("\u00e9", "e\u0301"), ("r\u00e9sum\u00e9", "resume"), ("resume", "r\u00e9sum\u00e9"),
             ("10", "9"), ("a b", "ab"), ("a-b", "ab"), ("", "a"), ("a", ""), ("", ""),
             ("apple", "Banana"), ("Zebra", "apple"), ("1", "a"), ("abc", "abd"),
             ("ab", "abc")]
    assert_same_as_node([(P + "localeCompare", a, [b]) for a, b in pairs])


@needs_node
def test_replace_with_strings():
    this = ["abcabc", "", "xyz"]
    args = [["b", "-"], ["", "-"], ["c", "[$&]"], ["b", "$`|$'"], ["b", "$$"], ["b", "$1$2$0"],
            ["b", "$<n>"], ["b", "$"], ["b", "a$"], ["x", "$'$'"], ["b", U], [U, "u"],
            [N, "n"], ["abcabc", "$&$&"], [1, 2]]
    cases = cases_for("replace", this, args) + cases_for("replaceAll", this, args)
    cases += cases_for("replace", ["undefined null"], [[U, "U"], [N, "N"]])
    fn = js_fn("function (m, p, s) { return '<' + m + p + s.length + '>'; }",
               lambda this, a: "<%s%d%d>" % (a[0], a[1], len(a[2])))
    cases += cases_for("replace", ["abab"], [["b", fn], ["", fn], ["z", fn]])
    cases += cases_for("replaceAll", ["abab", "x"], [["b", fn], ["", fn], ["z", fn]])
    assert_same_as_node(cases)


@needs_node
def test_split_with_strings():
    this = ["a,b,,c", "", "abc", ",", EMOJI]
    args = [[], [","], [",", 2], [",", 0], [",", -1], [",", 4294967297], [""], ["", 2],
            [U], [U, 0], [N], ["abc"], ["x"], [",", "1"], [",", float("nan")], [",", U]]
    assert_same_as_node(cases_for("split", this, args))


@needs_node
def test_html_methods():
    names = ["anchor", "big", "blink", "bold", "fixed", "fontcolor", "fontsize",
             "italics", "link", "small", "strike", "sub", "sup"]
    cases = [(P + n, "t", ['a"b&c']) for n in names]
    cases += [(P + n, 5, []) for n in names]
    assert_same_as_node(cases)


@needs_node
def test_statics():
    cases = [("String.fromCharCode", U, a) for a in
             ([], [65, 66], [0x10041, 66.7, -1], ["65"], [float("nan")], [0xD83D, 0xDE00])]
    cases += [("String.fromCodePoint", U, a) for a in
              ([], [65], [0x1F600, 97], [0x10FFFF], [0x110000], [1.5], [-1], ["a"],
               [float("inf")], ["66"], [-0.0], [U])]
    raw = lambda src, items: JS(src, lambda realm: _raw_obj(realm, items))
    cases += [("String.raw", U, a) for a in
              ([raw("{raw: ['a', 'b', 'c']}", ["a", "b", "c"]), 1],
               [raw("{raw: ['a', 'b', 'c']}", ["a", "b", "c"]), 1, 2, 3],
               [raw("{raw: []}", [])], [raw("{raw: ['x']}", ["x"]), 9],
               [JS("{raw: 'xyz'}", lambda realm: _obj(realm, raw="xyz")), 1, 2, 3],
               [], [N], [JS("{}", lambda realm: _obj(realm))])]
    cases += [("String", U, a) for a in
              ([], [1], [-0.0], [U], [N], [True], ["s"], [1e21],
               [JS("Symbol('x')", lambda r: JSSymbol("x"))],
               [JS("Symbol()", lambda r: JSSymbol())])]
    assert_same_as_node(cases)


def _obj(realm, **props):
    o = JSObject(realm.intrinsics["ObjectPrototype"])
    for k, v in props.items():
        o.set(k, v, o)
    return o


def _raw_obj(realm, items):
    from minijs.runtime.arrays import create_array_from_list
    return _obj(realm, raw=create_array_from_list(items, realm.intrinsics.get("ArrayPrototype")))


@needs_node
def test_to_string_and_value_of_are_not_generic():
    wrapped = JS("new String('w')", lambda realm: StringObject("w", realm.intrinsics["StringPrototype"]))
    cases = cases_for("toString", ["s", wrapped, 1, U, JS("{}", lambda r: _obj(r))], [[]])
    cases += cases_for("valueOf", ["s", wrapped, 1, N], [[]])
    assert_same_as_node(cases)


def test_string_constructor_creates_wrappers():
    realm = new_realm()
    S = realm.global_object.get("String")
    w = construct(S, ["ab"])
    assert isinstance(w, StringObject) and w.primitive == "ab"
    assert w.get_prototype_of() is realm.intrinsics["StringPrototype"]
    assert w.get("length") == 2 and w.get("1") == "b"
    assert construct(S, []).primitive == ""
    proto = JSObject(realm.intrinsics["ObjectPrototype"])
    target = NativeFunction(lambda t, a: UNDEFINED, "T", 0, realm.intrinsics["FunctionPrototype"],
                            lambda a, nt: UNDEFINED)
    target.set("prototype", proto, target)
    assert construct(S, ["x"], target).get_prototype_of() is proto
    out = run_minijs([("String.prototype.valueOf", JS("", lambda r: construct(S, [JSSymbol("s")])), [])],
                     realm)
    assert out[0][0] == "err" and out[0][2] == "Cannot convert a Symbol value to a string"
    proto_obj = realm.intrinsics["StringPrototype"]
    assert isinstance(proto_obj, StringObject) and proto_obj.primitive == ""
    assert proto_obj.get_prototype_of() is realm.intrinsics["ObjectPrototype"]


def test_property_layout_matches_node():
    realm = new_realm()
    proto = realm.intrinsics["StringPrototype"]
    keys = proto.own_property_keys()
    # node: Object.getOwnPropertyNames(String.prototype)
    assert keys[:4] == ["length", "constructor", "anchor", "at"]
    assert proto.get("trimLeft") is proto.get("trimStart")
    assert proto.get("trimRight") is proto.get("trimEnd")
    assert proto.get("trimLeft").get("name") == "trimStart"
    it = proto.get(WELL_KNOWN.iterator)
    assert it.get("name") == "[Symbol.iterator]"
    lengths = {"concat": 1, "padStart": 2 - 1, "replace": 2, "split": 2, "normalize": 0,
               "anchor": 1, "substr": 2, "slice": 2, "lastIndexOf": 1, "localeCompare": 1}
    for name, n in lengths.items():
        assert proto.get(name).get("length") == n, name
    S = realm.global_object.get("String")
    assert S.own_property_keys() == ["length", "name", "prototype", "fromCharCode",
                                     "fromCodePoint", "raw"]
    assert S.get("length") == 1


def test_string_iterator_by_code_point():
    realm = new_realm()
    proto = realm.intrinsics["StringPrototype"]
    it = call(proto.get(WELL_KNOWN.iterator), "a" + EMOJI + LONE + "b", [])
    nxt = it.get("next")
    seen = []
    while True:
        r = call(nxt, it, [])
        if r.get("done"):
            assert r.get("value") is UNDEFINED
            break
        seen.append(r.get("value"))
    assert seen == ["a", EMOJI, LONE, "b"]
    assert call(nxt, it, []).get("done") is True
    sip = it.get_prototype_of()
    assert sip is realm.intrinsics["StringIteratorPrototype"]
    assert sip.get(WELL_KNOWN.toStringTag) == "String Iterator"
    ip = sip.get_prototype_of()
    assert ip is realm.intrinsics["IteratorPrototype"]
    assert call(ip.get(WELL_KNOWN.iterator), it, []) is it
    out = run_minijs([("String.prototype.at", "x", [])], realm)
    assert out == [("s", "x")]
    from minijs.runtime.errors import JSThrow
    with pytest.raises(JSThrow) as exc:
        call(nxt, JSObject(realm.intrinsics["ObjectPrototype"]), [])
    assert exc.value.value.get("message").startswith(
        "Method String Iterator.prototype.next called on incompatible receiver")


def test_delegation_to_symbol_methods():
    """replace/split/match/search/matchAll/replaceAll hand over to the
    argument's well-known-symbol method."""
    realm = new_realm()
    log = []

    def make(name, sym):
        def impl(this, args):
            log.append((name, this is searcher, list(args)))
            return name
        searcher.define_own_property(sym, PropertyDescriptor(
            NativeFunction(impl, name, 0, realm.intrinsics["FunctionPrototype"]),
            True, None, None, True, True))

    searcher = JSObject(realm.intrinsics["ObjectPrototype"])
    searcher.set("flags", "g", searcher)     # it is a RegExp to IsRegExp
    for name in ("replace", "split", "match", "search", "matchAll"):
        make(name, getattr(WELL_KNOWN, name))
    proto = realm.intrinsics["StringPrototype"]
    assert call(proto.get("replace"), "s", [searcher, "r"]) == "replace"
    assert call(proto.get("replaceAll"), "s", [searcher, "r"]) == "replace"
    assert call(proto.get("split"), "s", [searcher, 3]) == "split"
    assert call(proto.get("match"), "s", [searcher]) == "match"
    assert call(proto.get("search"), "s", [searcher]) == "search"
    assert call(proto.get("matchAll"), "s", [searcher]) == "matchAll"
    assert log == [("replace", True, ["s", "r"]), ("replace", True, ["s", "r"]),
                   ("split", True, ["s", 3]), ("match", True, ["s"]),
                   ("search", True, ["s"]), ("matchAll", True, ["s"])]


@needs_node
def test_non_global_regexp_like_objects_are_rejected():
    # an object with a truthy @@match and flags without "g" is a RegExp to IsRegExp
    def build(realm):
        o = _obj(realm, flags="i")
        o.set(WELL_KNOWN.match, True, o)
        return o
    fake = JS("{[Symbol.match]: true, flags: 'i'}", build)
    cases = [(P + "matchAll", "a", [fake]), (P + "replaceAll", "a", [fake, "b"]),
             (P + "startsWith", "a", [fake]), (P + "endsWith", "a", [fake]),
             (P + "includes", "a", [fake])]
    assert_same_as_node(cases)


# -- GetSubstitution ------------------------------------------------------------

def test_get_substitution_patterns():
    new_realm()
    caps = ["X", UNDEFINED, "Z"] + ["c%d" % i for i in range(4, 12)]
    s = "0123456789"
    assert get_substitution("345", s, 3, [], UNDEFINED, "[$&|$`|$'|$$]") == "[345|012|6789|$]"
    assert get_substitution("3", s, 3, caps[:3], UNDEFINED, "$1$2$3$4") == "XZ$4"
    assert get_substitution("3", s, 3, caps[:3], UNDEFINED, "$01$03$00$0") == "XZ$00$0"
    assert get_substitution("3", s, 3, caps[:1], UNDEFINED, "$10$11") == "X0X1"
    assert get_substitution("3", s, 3, caps, UNDEFINED, "$10$11$12") == "c10c11X2"
    assert get_substitution("3", s, 3, [], UNDEFINED, "$<a>$") == "$<a>$"
    realm = new_realm()
    groups = _obj(realm, a="A", b=UNDEFINED)
    assert get_substitution("3", s, 3, [], groups, "$<a>|$<b>|$<c>|$<a") == "A|||$<a"
    assert get_substitution("", "ab", 2, [], UNDEFINED, "$'|$`") == "|ab"


@needs_node
def test_get_substitution_against_node_via_string_replace():
    cases = cases_for("replace", ["hello world"], [
        ["o", "$&$&"], ["o w", "[$`]"], ["o", "[$']"], ["l", "$$$"], ["l", "$0$00$1$10$99"],
        ["world", "$<x>"], ["h", "$"], ["d", "$'end"]])
    assert_same_as_node(cases)
