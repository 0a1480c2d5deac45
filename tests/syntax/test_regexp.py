"""Tests for minijs.syntax.regexp: the ES2022 RegExp pattern parser.

Three kinds: exact ASTs for the cases whose meaning matters to the matcher
(Annex B octal / \\c / identity escapes, surrogate pairs, ...), tables of
valid and invalid patterns with V8's messages, and two differential tests
against node (skipped when node is not on PATH): one that node accepts and
rejects the same patterns with the same messages, one that the AST means
what node means (the AST printed back as an all-escaped pattern matches
the same strings as the original).
"""

import json
import shutil
import subprocess

import pytest

from minijs.syntax.regexp import (
    RegExpSyntaxError, canonical_flags, parse_pattern, validate_flags)
from minijs.syntax.regexp import unicode_props
from minijs.syntax.regexp.nodes import (
    Alternative, Any, Assertion, BackReference, Char, CharClass, ClassEscape,
    ClassRange, Disjunction, Group, Lookaround, Quantifier, UnicodeProperty)
from minijs.syntax.source import to_utf16_units


def terms(pattern, flags=""):
    """The terms of a one-alternative pattern."""
    body = parse_pattern(pattern, flags).body
    assert len(body.alternatives) == 1
    return body.alternatives[0].terms


def seq(*items):
    return Disjunction([Alternative(list(items))])


def chars(text):
    return [Char(ord(c)) for c in text]


def reason(pattern, flags=""):
    with pytest.raises(RegExpSyntaxError) as info:
        parse_pattern(pattern, flags)
    err = info.value
    assert err.message == str(err)
    assert err.message == f"Invalid regular expression: /{pattern}/{flags}: {err.reason}"
    return err.reason


# --- flags -------------------------------------------------------------------

@pytest.mark.parametrize("flags", ["", "g", "dgimsuy", "yusmigd", "iu", "d", "s", "v", "dgimsvy"])
def test_valid_flags(flags):
    validate_flags(flags)
    parse_pattern("a", flags)


@pytest.mark.parametrize("flags", ["x", "gg", "vv", "uv", "vu", "G", "ii", "gimx", " ", "u "])
def test_invalid_flags(flags):
    with pytest.raises(RegExpSyntaxError) as info:
        validate_flags(flags)
    assert str(info.value) == "Invalid regular expression flags"
    with pytest.raises(RegExpSyntaxError):
        parse_pattern("a", flags)


def test_canonical_flags():
    assert canonical_flags("yusmigd") == "dgimsuy"
    assert canonical_flags("yvg") == "gvy"
    assert canonical_flags("ug") == "gu"


def test_message_shows_flags_as_given():
    with pytest.raises(RegExpSyntaxError) as info:
        parse_pattern("(", "ug")
    assert str(info.value) == "Invalid regular expression: /(/ug: Unterminated group"
    assert info.value.reason == "Unterminated group"


# --- AST ---------------------------------------------------------------------

def test_disjunction_and_root():
    p = parse_pattern("a|b|", "g")
    assert p.body == Disjunction([Alternative([Char(97)]), Alternative([Char(98)]),
                                  Alternative([])])
    assert (p.group_count, p.group_names, p.flags, p.unicode) == (0, {}, "g", False)
    assert parse_pattern("").body == seq()


def test_atoms_and_assertions():
    assert terms("^.$") == [Assertion("^"), Any(), Assertion("$")]
    assert terms(r"\b\B") == [Assertion(Assertion.WORD_BOUNDARY),
                              Assertion(Assertion.NOT_WORD_BOUNDARY)]
    assert terms(r"\d\D\s\S\w\W") == [ClassEscape(k) for k in "dDsSwW"]


def test_quantifiers():
    a = Char(97)
    assert terms("a*a+?a?a{2}a{2,}a{2,5}?") == [
        Quantifier(0, None, True, a), Quantifier(1, None, False, a),
        Quantifier(0, 1, True, a), Quantifier(2, 2, True, a),
        Quantifier(2, None, True, a), Quantifier(2, 5, False, a)]
    assert terms("a{0}") == [Quantifier(0, 0, True, a)]
    # Exact values, even past V8's int32 clamp.
    assert terms("a{99999999999}")[0].min == 99999999999


def test_quantifier_paren_index_and_count():
    t = terms("(a)((b)c)*(?:(d))+e?")
    assert (t[1].paren_index, t[1].paren_count) == (1, 2)
    assert (t[2].paren_index, t[2].paren_count) == (3, 1)
    assert (t[3].paren_index, t[3].paren_count) == (4, 0)


def test_groups():
    p = parse_pattern("(a)(?:b)(?<n>c)")
    assert p.body == seq(Group(1, None, seq(Char(97))), Group(None, None, seq(Char(98))),
                         Group(2, "n", seq(Char(99))))
    assert p.group_count == 2 and p.group_names == {"n": 2}
    assert p.body.alternatives[0].terms[0].capturing
    assert not p.body.alternatives[0].terms[1].capturing


def test_group_names_are_in_group_order():
    p = parse_pattern("(?<outer>(?<inner>x))(?<last>y)")
    assert list(p.group_names.items()) == [("outer", 1), ("inner", 2), ("last", 3)]


def test_group_names_as_utf16_units():
    for pattern in ("(?<\U0001d49c>.)", r"(?<\u{1d49c}>.)", r"(?<\ud835\udc9c>.)"):
        for flags in ("", "u"):
            p = parse_pattern(to_utf16_units(pattern), flags)
            assert p.group_names == {"\ud835\udc9c": 1}
    assert parse_pattern(r"(?<a\u0062$_\u200c>.)").group_names == {"ab$_\u200c": 1}


def test_lookarounds():
    assert terms("(?=a)(?!b)(?<=c)(?<!d)") == [
        Lookaround(False, False, seq(Char(97))), Lookaround(False, True, seq(Char(98))),
        Lookaround(True, False, seq(Char(99))), Lookaround(True, True, seq(Char(100)))]
    # Annex B: lookaheads are quantifiable without u.
    assert terms("(?=a)*") == [Quantifier(0, None, True, Lookaround(False, False, seq(Char(97))))]


def test_back_references():
    assert terms(r"(a)\1") == [Group(1, None, seq(Char(97))), BackReference(1)]
    assert terms(r"\1(a)", "u")[0] == BackReference(1)
    assert terms(r"(?<x>a)\k<x>", "u")[1] == BackReference(1, "x")
    assert terms(r"\k<x>(?<x>a)")[0] == BackReference(1, "x")
    assert terms(r"()()()()()()()()()()\10")[-1] == BackReference(10)
    # Inside its own group: still a back reference (it matches empty).
    assert terms(r"(a\1)") == [Group(1, None, seq(Char(97), BackReference(1)))]


def test_annex_b_decimal_escapes():
    assert terms(r"\2(a)")[0] == Char(2)
    assert terms(r"\2") == [Char(2)]
    assert terms(r"\8\9") == chars("89")
    assert terms(r"\101") == [Char(0o101)]
    assert terms(r"\377") == [Char(0o377)]
    assert terms(r"\400") == [Char(0o40), Char(48)]
    assert terms(r"\08") == [Char(0), Char(56)]
    assert terms(r"\0") == [Char(0)]
    assert terms(r"\0", "u") == [Char(0)]
    assert terms(r"(a)\18") == [Group(1, None, seq(Char(97))), Char(1), Char(56)]
    assert terms(r"(a)\21") == [Group(1, None, seq(Char(97))), Char(0o21)]
    assert terms(r"[\1\08\9]") == [CharClass([ClassRange(1, 1), ClassRange(0, 0),
                                              ClassRange(56, 56), ClassRange(57, 57)], False)]


def test_character_escapes():
    assert terms(r"\f\n\r\t\v") == [Char(c) for c in (12, 10, 13, 9, 11)]
    assert terms(r"\cA\cz") == [Char(1), Char(26)]
    assert terms(r"\x41\u0042\u{43}", "u") == chars("ABC")
    assert terms(r"\/\^\$\\\.\*\+\?\(\)\[\]\{\}\|", "u") == chars("/^$\\.*+?()[]{}|")


def test_annex_b_identity_escapes():
    assert terms(r"\a\-\e\k\p") == chars("a-ekp")
    assert terms(r"\x4") == chars("x4")
    assert terms(r"\u12") == chars("u12")
    # \u{...} without u: 'u' quantified by {2}.
    assert terms(r"\u{2}") == [Quantifier(2, 2, True, Char(117))]
    # \c without a control letter: a literal backslash, then 'c'.
    assert terms(r"\c1") == chars("\\c1")
    assert terms(r"[\c1\c_\c*]") == [CharClass(
        [ClassRange(0x11, 0x11), ClassRange(0x1F, 0x1F), ClassRange(92, 92),
         ClassRange(99, 99), ClassRange(42, 42)], False)]
    assert terms(r"\k<a>") == chars("k<a>")


def test_annex_b_brackets():
    assert terms("]{}") == chars("]{}")
    assert terms("a{,2}") == chars("a{,2}")
    assert terms("a{1") == chars("a{1")
    assert terms("x{1}{") == [Quantifier(1, 1, True, Char(120)), Char(123)]


def test_surrogates():
    pair = to_utf16_units("\U0001F600")
    assert terms(pair, "u") == [Char(0x1F600)]
    assert terms(pair) == [Char(0xD83D), Char(0xDE00)]
    assert terms(r"\ud83d\ude00", "u") == [Char(0x1F600)]
    assert terms(r"\ud83d\ude00") == [Char(0xD83D), Char(0xDE00)]
    assert terms(r"\u{1F600}", "u") == [Char(0x1F600)]
    # Only an escaped lead + escaped trail pair forms one code point.
    assert terms(r"\u{d83d}\u{de00}", "u") == [Char(0xD83D), Char(0xDE00)]
    assert terms(r"\ud83d", "u") == [Char(0xD83D)]
    assert terms(pair + "+", "u") == [Quantifier(1, None, True, Char(0x1F600))]
    assert terms(pair + "+") == [Char(0xD83D), Quantifier(1, None, True, Char(0xDE00))]


def test_classes():
    assert terms("[a-c.]") == [CharClass([ClassRange(97, 99), ClassRange(46, 46)], False)]
    assert terms("[^]") == [CharClass([], True)]
    assert terms("[]") == [CharClass([], False)]
    assert terms("[-a-]") == [CharClass([ClassRange(45, 45), ClassRange(97, 97),
                                         ClassRange(45, 45)], False)]
    assert terms(r"[\b\-]", "u") == [CharClass([ClassRange(8, 8), ClassRange(45, 45)], False)]
    assert terms(r"[\w\p{Lu}]", "u") == [CharClass(
        [ClassEscape("w"), UnicodeProperty("General_Category", "Uppercase_Letter", False)],
        False)]
    # Annex B: a range with a class escape end is three items.
    assert terms(r"[\d-a]") == [CharClass([ClassEscape("d"), ClassRange(45, 45),
                                           ClassRange(97, 97)], False)]
    pair = to_utf16_units("[\U0001F4A9-\U0001F4AB]")
    assert terms(pair, "u") == [CharClass([ClassRange(0x1F4A9, 0x1F4AB)], False)]
    assert terms(r"[\ud83d\ude00-\ud83d\ude4f]", "u") == [
        CharClass([ClassRange(0x1F600, 0x1F64F)], False)]


def test_unicode_property_escapes():
    def prop(text):
        return terms(text, "u")[0]
    assert prop(r"\p{L}") == UnicodeProperty("General_Category", "Letter", False)
    assert prop(r"\P{gc=Lu}") == UnicodeProperty("General_Category", "Uppercase_Letter", True)
    assert prop(r"\p{General_Category=punct}") == UnicodeProperty(
        "General_Category", "Punctuation", False)
    assert prop(r"\p{sc=Grek}") == UnicodeProperty("Script", "Greek", False)
    assert prop(r"\p{Script_Extensions=Latin}") == UnicodeProperty(
        "Script_Extensions", "Latin", False)
    assert prop(r"\p{Alpha}") == UnicodeProperty("Alphabetic", None, False)
    assert prop(r"\p{space}") == UnicodeProperty("White_Space", None, False)
    assert prop(r"\p{Any}") == UnicodeProperty("Any", None, False)
    assert prop(r"\p{Sc}") == UnicodeProperty("General_Category", "Currency_Symbol", False)
    # Without u, \p is an identity escape.
    assert terms(r"\p{L}") == chars("p{L}")


def test_property_tables():
    assert unicode_props.lookup("Lu", None) == ("General_Category", "Uppercase_Letter")
    assert unicode_props.lookup("Latin", None) is None
    assert unicode_props.lookup("ascii", None) is None
    assert unicode_props.lookup("Katakana_Or_Hiragana", None) is None
    assert unicode_props.lookup("sc", "Hrkt") is None
    assert unicode_props.lookup("scx", "Zyyy") == ("Script_Extensions", "Common")
    assert unicode_props.lookup("Alphabetic", "Yes") is None
    assert len({v for v in unicode_props.BINARY.values()}) == 53
    assert len({v for v in unicode_props.GENERAL_CATEGORY.values()}) == 38


def test_deep_nesting_and_long_patterns():
    p = parse_pattern("(?:" * 20000 + "a" + ")" * 20000)
    assert p.group_count == 0
    assert parse_pattern("(" * 3000 + ")" * 3000).group_count == 3000
    assert len(terms("ab" * 50000)) == 100000


def test_too_many_captures():
    assert parse_pattern("()" * 32767).group_count == 32767
    assert reason("()" * 32768) == "Too many captures"


# --- valid and invalid patterns ------------------------------------------------

VALID_BOTH = [
    "", "a", "abc", "a|b", "|", "a||b", "(a)", "(?:a)", "(?=a)", "(?!a)", "(?<=a)",
    "(?<!a)", "(?<name>a)", r"(?<$>.)", r"(?<_1>.)", "a*", "a+", "a?", "a*?", "a{2}",
    "a{2,}", "a{2,3}", "a{2,3}?", "a{01}", ".", "^$", r"\b\B", "[abc]", "[^abc]",
    "[a-z]", "[]", "[^]", r"[\]]", r"[\\]", r"[\b]", r"\d\D\w\W\s\S", r"\t\n\v\f\r",
    r"\cA", r"\x41", r"\u0041", r"\0", r"(a)\1", r"(?<n>a)\k<n>", r"\k<n>(?<n>a)",
    "(?:)", "()", "(|)", "(?:a|b)*", "[-]", "[a-]", "[-a]", r"[\-a]",
    r"\/", r"\^\$\\\.\*\+\?\(\)\[\]\{\}\|", "(?:(?:(?:a)))", r"[\d\w]", "[.*+?]",
    r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10",
]

VALID_NON_UNICODE = [
    "]", "{", "}", "a{", "a{1", "a{1,", "a{,1}", "x{1}{", r"\a", r"\-", r"\e", r"\k",
    r"\k<a>", r"\8", r"\9", r"\1", r"\12", r"\01", r"\377", r"\400", r"\c", r"\c1",
    r"[\c1]", r"[\c_]", r"[\c]", r"\x1", r"\u12", r"\u{41}", r"\p{L}", r"\P", r"[\d-a]",
    r"[a-\d]", r"[\s-\S]", "(?=a)*", "(?!a){2}", "(?=a)?", r"(?<a>.)[\c]", r"[\k]",
    r"[\B]", r"[\8]", r"[\1]", r"\ud83d", r"[\p{Foo}]", r"\c-", r"[\-]",
]

VALID_UNICODE = [
    r"\u{0}", r"\u{10FFFF}", r"\u{0000000061}", r"\ud83d\ude00", r"\ud83d", r"\udc00",
    r"\p{L}", r"\P{L}", r"\p{Lu}", r"\p{gc=Lu}", r"\p{General_Category=Letter}",
    r"\p{sc=Greek}", r"\p{Script=Grek}", r"\p{scx=Latn}", r"\p{Script_Extensions=Zyyy}",
    r"\p{ASCII}", r"\p{Any}", r"\p{Assigned}", r"\p{Emoji}", r"\p{RI}", r"[\p{L}\P{N}]",
    r"[\-]", r"[a\-z]", r"(?<a>.)\k<a>", r"\1(a)",
    r"[\ud83d\ude00-\ud83d\ude4f]", r"[\u{1F600}-\u{1F64F}]", r"\cA", r"[\cz]",
    r"\p{Lu}{2}", r"\w{2}", r"(?<\u{1d49c}>.)",
]


@pytest.mark.parametrize("pattern", VALID_BOTH)
@pytest.mark.parametrize("flags", ["", "u"])
def test_valid_both_modes(pattern, flags):
    parse_pattern(pattern, flags)


@pytest.mark.parametrize("pattern", VALID_NON_UNICODE)
def test_valid_without_u(pattern):
    parse_pattern(pattern)


@pytest.mark.parametrize("pattern", VALID_UNICODE)
def test_valid_with_u(pattern):
    parse_pattern(pattern, "u")


INVALID = [
    ("(", "", "Unterminated group"),
    ("(?:a", "u", "Unterminated group"),
    ("(?<a>", "", "Unterminated group"),
    ("(?<=", "", "Unterminated group"),
    (")", "", "Unmatched ')'"),
    ("a)", "u", "Unmatched ')'"),
    ("*", "", "Nothing to repeat"),
    ("a**", "", "Nothing to repeat"),
    ("a|+", "", "Nothing to repeat"),
    ("(?)", "", "Invalid group"),
    ("^*", "", "Nothing to repeat"),
    ("$?", "", "Nothing to repeat"),
    (r"\b*", "u", "Nothing to repeat"),
    ("{1}", "", "Nothing to repeat"),
    ("a{1}{2}", "", "Nothing to repeat"),
    ("a{1}??", "", "Nothing to repeat"),
    ("{", "u", "Lone quantifier brackets"),
    ("}", "u", "Lone quantifier brackets"),
    ("]", "u", "Lone quantifier brackets"),
    ("{1", "u", "Lone quantifier brackets"),
    ("a{", "u", "Incomplete quantifier"),
    ("a{1", "u", "Incomplete quantifier"),
    ("a{,1}", "u", "Incomplete quantifier"),
    ("a{2,1}", "", "numbers out of order in {} quantifier"),
    ("a{2,1}", "u", "numbers out of order in {} quantifier"),
    ("(?<=a)*", "", "Invalid quantifier"),
    ("(?<!a){2}", "", "Invalid quantifier"),
    ("(?=a)*", "u", "Invalid quantifier"),
    ("(?!a)?", "u", "Invalid quantifier"),
    ("(?", "", "Invalid group"),
    ("(?i:a)", "", "Invalid group"),
    ("(?x)", "u", "Invalid group"),
    ("(?<", "", "Invalid capture group name"),
    ("(?<>a)", "", "Invalid capture group name"),
    ("(?<1a>a)", "", "Invalid capture group name"),
    ("(?<a-b>a)", "u", "Invalid capture group name"),
    (r"(?<a\x62>a)", "", "Invalid capture group name"),
    (r"(?<\ud835>a)", "", "Invalid capture group name"),
    (r"(?<a\u003e.)", "", "Invalid capture group name"),  # V8 accepts; ES2022 does not
    (r"(?<\u{}>a)", "", "Invalid Unicode escape"),
    (r"(?<\u12>a)", "", "Invalid Unicode escape"),
    ("(?<a>x)(?<a>y)", "", "Duplicate capture group name"),
    ("(?<a>x)|(?<a>y)", "u", "Duplicate capture group name"),
    ("(?<a>(?<a>x))", "", "Duplicate capture group name"),
    (r"\k", "u", "Invalid named reference"),
    (r"(?<a>x)\k", "", "Invalid named reference"),
    (r"\k<a>", "u", "Invalid named capture referenced"),
    (r"(?<a>x)\k<b>", "", "Invalid named capture referenced"),
    (r"\k<a", "u", "Invalid capture group name"),
    (r"(?<a>.)[\k]", "", "Invalid escape"),
    ("[", "", "Unterminated character class"),
    ("[a-", "", "Unterminated character class"),
    ("[^", "u", "Unterminated character class"),
    ("[b-a]", "", "Range out of order in character class"),
    (r"[\x42-\x41]", "u", "Range out of order in character class"),
    (to_utf16_units("[\U0001F4A9-\U0001F4AB]"), "", "Range out of order in character class"),
    (r"[\d-a]", "u", "Invalid character class"),
    (r"[a-\w]", "u", "Invalid character class"),
    (r"[\s-\S]", "u", "Invalid character class"),
    ("\\", "", "\\ at end of pattern"),
    ("[\\", "u", "\\ at end of pattern"),
    ("[a-\\", "", "\\ at end of pattern"),
    (r"\a", "u", "Invalid escape"),
    (r"\-", "u", "Invalid escape"),
    (r"\x1", "u", "Invalid escape"),
    (r"\2", "u", "Invalid escape"),
    (r"\8", "u", "Invalid escape"),
    (r"[\8]", "u", "Invalid escape"),
    (r"[\B]", "u", "Invalid escape"),
    (r"\00", "u", "Invalid decimal escape"),
    (r"\01", "u", "Invalid decimal escape"),
    (r"[\1]", "u", "Invalid class escape"),
    (r"[\00]", "u", "Invalid class escape"),
    (r"\c", "u", "Invalid Unicode escape"),
    (r"\c1", "u", "Invalid Unicode escape"),
    (r"[\c_]", "u", "Invalid Unicode escape"),
    (r"\u12", "u", "Invalid Unicode escape"),
    (r"\u{}", "u", "Invalid Unicode escape"),
    (r"\u{110000}", "u", "Invalid Unicode escape"),
    (r"\u{12", "u", "Invalid Unicode escape"),
    (r"\p", "u", "Invalid property name"),
    (r"\pL", "u", "Invalid property name"),
    (r"\p{", "u", "Invalid property name"),
    (r"\p{L", "u", "Invalid property name"),
    (r"\p{Foo}", "u", "Invalid property name"),
    (r"\p{ascii}", "u", "Invalid property name"),
    (r"\p{Latin}", "u", "Invalid property name"),
    (r"\p{sc=Hrkt}", "u", "Invalid property name"),
    (r"\p{L=L}", "u", "Invalid property name"),
    (r"\p{gc=L=L}", "u", "Invalid property name"),
    (r"\p{Script}", "u", "Invalid property name"),
    (r"\p{Alphabetic=Yes}", "u", "Invalid property name"),
    (r"\p{Basic_Emoji}", "u", "Invalid property name"),
    (r"[\p{Foo}]", "u", "Invalid property name in character class"),
    (r"[\P{sc=}]", "u", "Invalid property name in character class"),
    # The first error left to right wins; named references are checked last.
    ("(?<a>x)(?<a>y", "", "Unterminated group"),
    ("(?<a>x)(?<a>y)(", "", "Duplicate capture group name"),
    (r"\k<b>(?<a>x)\u{}", "u", "Invalid Unicode escape"),
    ("[(", "", "Unterminated character class"),
    ("a{2,1", "u", "Incomplete quantifier"),
]


@pytest.mark.parametrize("pattern,flags,message", INVALID)
def test_invalid(pattern, flags, message):
    assert reason(pattern, flags) == message


# --- differential tests against node --------------------------------------------

# (pattern, flags): node must accept exactly those we accept, with the same
# messages.  Covers every V8 message, both modes, Annex B and error order.
DIFFERENTIAL = [(p, f) for p in VALID_BOTH for f in ("", "u")] + \
    [(p, "") for p in VALID_NON_UNICODE] + [(p, "u") for p in VALID_UNICODE] + \
    [(p, f) for p, f, _ in INVALID if "u003e" not in p] + [
    (p, f) for p in [
        "a{", "a{}", "{,1}", "x{1}{", r"\u{2}", r"\8", r"\k<a", r"\k<", r"[\k]",
        r"(?<a>.)\k<a", r"(?<a>.)\k<>", r"\k<a>(?<b>x)", r"\c", r"\c0", r"[\c]",
        r"[\c-z]", r"\ud83d\ude00{2}", r"\p{Lu", r"\P{L}", r"[\uDE00-\uD83D]",
        r"(?<\ud835\udc9c>.)", r"(?<a\ud835\u{dc9c}>.)", r"(?<a\u{d835}\udc9c>.)",
        r"(?<a\u0062>.)\k<ab>", "(?<a>x)\\k<b>(", "(?<a>x)(?<a>y)\\k<b>",
        r"[\u0041-\x41]", r"[\ud83d-\ude00]", r"^\ud83d$", r"a{2}?", r"(a)\2",
        r"(a)\21", r"\9(a)", r"(?:a|b)+?c", r"[\w-\d]", r"[--\-]", r"[a-a]",
        "\u2028", "/", "\n", r"\p{Emoji_Keycap_Sequence}", r"\p{InBasic_Latin}",
        r"\p{Block=Basic_Latin}", r"\p{L&}", r"\p{sc=Zmth}", r"\p{sc=Qaac}",
        r"\p{Script_Extensions=Qaai}", r"\p{LC}", r"\p{Cased_Letter}",
        r"\p{Combining_Mark}", r"\p{digit}", r"\p{cntrl}", r"\p{Cn}", r"\p{Surrogate}",
        r"\p{IDS_Unary_Operator}", r"\p{XIDS}", r"\p{Extended_Pictographic}",
        r"\p{scx=Beria_Erfe}", r"\p{sc=Kawi}", r"\p{sc=Garay}", r"\P{Any}",
        to_utf16_units("(?<\U0001d49c>.)"), to_utf16_units("\U0001F4A9{2}"),
    ] for f in ("", "u")]

_NODE_SCRIPT = r"""
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = cases.map(([p, f]) => {
  try { new RegExp(p, f); return null; } catch (e) { return e.message; }
});
process.stdout.write(JSON.stringify(out));
"""


def _run_node(script, data):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not on PATH")
    result = subprocess.run([node, "-e", script], input=json.dumps(data),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _ours(pattern, flags):
    try:
        parse_pattern(pattern, flags)
        return None
    except RegExpSyntaxError as err:
        return err.message


def test_differential_against_node():
    assert len(DIFFERENTIAL) >= 200
    messages = _run_node(_NODE_SCRIPT, DIFFERENTIAL)
    mismatches = []
    for (pattern, flags), theirs in zip(DIFFERENTIAL, messages):
        # JSON joins surrogate pairs; minijs strings keep them as units.
        theirs = theirs if theirs is None else to_utf16_units(theirs)
        ours = _ours(pattern, flags)
        if ours != theirs:
            mismatches.append((pattern, flags, ours, theirs))
    assert mismatches == []
    accepted = sum(m is None for m in messages)
    assert 50 < accepted < len(DIFFERENTIAL) - 50


def _emit(node, u):
    """An AST as a pattern in which every character is escaped, so that node
    can check that it means the same as the source it was parsed from."""
    def char(v):
        return "\\u{%x}" % v if u else "\\u%04x" % v
    kind = type(node).__name__
    if kind == "Disjunction":
        return "|".join(_emit(a, u) for a in node.alternatives)
    if kind == "Alternative":
        return "".join(_emit(t, u) for t in node.terms)
    if kind == "Char":
        return char(node.value)
    if kind == "Any":
        return "."
    if kind == "Assertion":
        return node.kind
    if kind == "Lookaround":
        return ("(?" + "<" * node.behind + "=!"[node.negative]
                + _emit(node.body, u) + ")")
    if kind == "Group":
        head = "(?:" if node.index is None else "(" if node.name is None \
            else f"(?<{node.name}>"
        return head + _emit(node.body, u) + ")"
    if kind == "BackReference":
        return f"\\k<{node.name}>" if node.name else f"\\{node.index}"
    if kind == "Quantifier":
        high = "" if node.max is None else str(node.max)
        return (_emit(node.body, u) + "{%d,%s}" % (node.min, high)
                + ("" if node.greedy else "?"))
    if kind == "ClassEscape":
        return "\\" + node.kind
    if kind == "UnicodeProperty":
        value = "=" + node.value if node.value else ""
        return "\\" + "pP"[node.negated] + "{" + node.name + value + "}"
    if kind == "ClassRange":
        return char(node.lo) + ("-" + char(node.hi) if node.hi != node.lo else "")
    if kind == "CharClass":
        return ("[" + "^" * node.negated
                + "".join(_emit(i, u) for i in node.items) + "]")
    raise TypeError(kind)


_MATCH_SCRIPT = r"""
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = cases.map(([p, q, f, subjects]) => {
  const a = new RegExp(p, f), b = new RegExp(q, f);
  for (const s of subjects) {
    const x = JSON.stringify(a.exec(s)), y = JSON.stringify(b.exec(s));
    if (x !== y) return JSON.stringify(s) + ': ' + x + ' vs ' + y;
  }
  return null;
});
process.stdout.write(JSON.stringify(out));
"""

_SUBJECTS = [
    "", "a", "abc", "aab", "ba", "z", "-", "]", "{", "}", "k<a>", "ku", "u12", "uu",
    "\\", "\\c1", "c1", "\x11", "\x1f", "\x01", "\x00", "\x00" "8", "\x08", " \t\n",
    "89", "!", "\u2028", "A", "AB", "ABC", "p{L}", "x", "x4", "\ud83d\ude00",
    "\ud83d", "\ude00", "\ud83d\ude00\ud83d\ude00", "\u0391\u03b1", "\u00e9",
    "\x7f", "ab-", "a-", "_", "0", "9", "'", "(a)", "aa", "aaaa",
]


def test_ast_means_what_node_means():
    cases = []
    for pattern, flags in DIFFERENTIAL:
        for extra in ("", "i"):
            try:
                ast = parse_pattern(pattern, flags + extra)
            except RegExpSyntaxError:
                continue
            cases.append((pattern, _emit(ast.body, "u" in flags), flags + extra,
                          _SUBJECTS + [pattern]))
    assert len(cases) > 100
    results = _run_node(_MATCH_SCRIPT, cases)
    differences = [(c[0], c[2], c[1], r) for c, r in zip(cases, results) if r]
    assert differences == []


# --- the v flag's class sets (ES2024) ------------------------------------------

def test_v_class_set_operations():
    from minijs.syntax.regexp.nodes import ClassSetOperation, ClassStrings
    cls = parse_pattern(r"[\w--\d]", "v").body.alternatives[0].terms[0]
    assert cls.items == [ClassSetOperation("subtraction", [ClassEscape("w"), ClassEscape("d")])]
    cls = parse_pattern(r"[[a-z]&&[^aeiou]]", "v").body.alternatives[0].terms[0]
    assert cls.items[0].kind == "intersection" and cls.items[0].operands[1].negated
    cls = parse_pattern(r"[\q{abc|d|}x]", "v").body.alternatives[0].terms[0]
    assert cls.items[0] == ClassStrings([(97, 98, 99), (100,), ()])


@pytest.mark.parametrize("source, reason", [
    ("[a&&&b]", "Invalid character in character class"),
    ("[(]", "Invalid character in character class"),
    ("[a-z&&b]", "Invalid set operation in character class"),
    ("[ab--c]", "Invalid set operation in character class"),
    ("[a&&b--c]", "Invalid set operation in character class"),
    ("[^\\q{ab}]", "Negated character class may contain strings"),
    ("[a!!b]", "Invalid set operation in character class"),
    ("[[a]", "Unterminated character class"),
])
def test_v_class_errors(source, reason):
    with pytest.raises(RegExpSyntaxError) as info:
        parse_pattern(source, "v")
    assert info.value.reason == reason
