"""Tests of the RegExp built-in (minijs.builtins.regexp, regexp_methods)
driven from Python: object layout, the literal hook, the pristine fast
paths against the generic protocol, and errors (expected values from
node 20).  Behaviour through JS programs is in tests/js/regexp/."""

import pytest

from minijs.builtins.regexp import (
    RegExpObject, escape_pattern, pristine, regexp_create)
from minijs.runtime.calls import call, construct
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN


def proto_method(realm, key):
    return realm.intrinsics["RegExpPrototype"].get(key)


def values(arr):
    return [arr.get(str(i)) for i in range(arr.get("length"))]


def test_literal_and_layout(realm):
    r = regexp_create(realm, "a(b)", "g")
    assert type(r) is RegExpObject and r.class_name == "RegExp"
    assert r.own_property_keys() == ["lastIndex"]
    d = r.get_own_property("lastIndex")
    assert (d.value, d.writable, d.enumerable, d.configurable) == (0, True, False, False)
    assert pristine(r)
    # literals share the compiled program (compile_regexp's cache)
    assert regexp_create(realm, "a(b)", "g").matcher.pattern is r.matcher.pattern
    r.set("x", 1)
    assert not pristine(r)


def test_escape_pattern():
    # node: new RegExp(x).source
    assert escape_pattern("") == "(?:)"
    assert escape_pattern("/[/]\\/\n\r\u2028") == "\\/[/]\\/\\n\\r\\u2028"
    assert escape_pattern("a\\\nb") == "a\\nb"


def test_exec_result(realm):
    r = regexp_create(realm, "(?<x>a)(?<y>b)?", "d")
    m = call(proto_method(realm, "exec"), r, ["za"])
    assert values(m) == ["a", "a", UNDEFINED]
    assert m.get("index") == 1 and m.get("input") == "za"
    assert m.own_property_keys() == ["0", "1", "2", "length", "index", "input", "groups",
                                     "indices"]
    groups = m.get("groups")
    assert groups.get_prototype_of() is NULL and groups.own_property_keys() == ["x", "y"]
    ind = m.get("indices")
    assert values(ind.get("0")) == [1, 2] and ind.get("2") is UNDEFINED
    assert values(ind.get("groups").get("x")) == [1, 2]


def test_fast_and_generic_replace_agree(realm):
    replace = proto_method(realm, WELL_KNOWN.replace)
    cases = [("a+", "g", "caaat aa", "<$&$`>"), ("", "g", "abc", "-"),
             ("(?<n>\\d)", "g", "a1b2", "[$<n>$1$$]"), ("x", "", "axbx", "$'")]
    for pattern, flags, subject, repl in cases:
        fast = regexp_create(realm, pattern, flags)
        slow = regexp_create(realm, pattern, flags)
        slow.set("exec", proto_method(realm, "exec"))     # no longer pristine
        assert pristine(fast) and not pristine(slow)
        a = call(replace, fast, [subject, repl])
        b = call(replace, slow, [subject, repl])
        assert a == b
        assert fast.get("lastIndex") == slow.get("lastIndex")
    # node: "caaat aa".replace(/a+/g, "<$&$`>")
    assert call(replace, regexp_create(realm, "a+", "g"), ["caaat aa", "<$&$`>"]) == \
        "c<aaac>t <aacaaat >"


def test_constructor_errors(realm):
    ctor = realm.global_object.get("RegExp")
    with pytest.raises(JSThrow) as e:
        construct(ctor, ["(", "ug"])
    assert e.value.value.get("message") == "Invalid regular expression: /(/gu: Unterminated group"
    with pytest.raises(JSThrow) as e:
        construct(ctor, ["a", "gg"])
    assert e.value.value.get("message") == "Invalid flags supplied to RegExp constructor 'gg'"
    with pytest.raises(JSThrow) as e:
        call(proto_method(realm, "exec"), JSObject(realm.intrinsics["ObjectPrototype"]), ["a"])
    assert e.value.value.get("name") == "TypeError"


def test_constructor_from_regexp_like(realm):
    ctor = realm.global_object.get("RegExp")
    like = JSObject(realm.intrinsics["ObjectPrototype"])
    like.set(WELL_KNOWN.match, True)
    like.set("source", "b+")
    like.set("flags", "gi")
    r = construct(ctor, [like])
    assert (r.source, r.flags) == ("b+", "gi")
    src = regexp_create(realm, "q", "y")
    assert call(ctor, UNDEFINED, [src]) is src
    copy = construct(ctor, [src, "i"])
    assert copy is not src and (copy.source, copy.flags) == ("q", "i")
