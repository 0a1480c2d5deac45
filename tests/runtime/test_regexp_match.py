"""Tests of the RegExp matcher (minijs.runtime.regexp).

Fixed cases (expected values are node 20's, many from ECMA-262's own
examples), structural properties (no recursion on long subjects or deep
patterns, interrupts), and differential tests against node: random
patterns run in ONE node process, results compared exactly (match index
and every capture's indices, via the `d` flag).  The node tests skip when
node is not on PATH.
"""

import json
import random
import shutil
import subprocess

import pytest

from minijs.runtime.regexp import RegExpSyntaxError, compile_regexp
from minijs.runtime.regexp import unicode_data as U

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")


def exec_(pattern, flags, subject, last_index=0):
    """Like RegExp.prototype.exec with lastIndex honoured (g or y):
    [(start, end) or None per group] or None."""
    rx = compile_regexp(pattern, flags)
    caps = rx.exec_at(subject, last_index, "y" in flags)
    if caps is None:
        return None
    return [None if caps[i] < 0 else (caps[i], caps[i + 1])
            for i in range(0, len(caps), 2)]


# (pattern, flags, subject, lastIndex, expected [(start, end) | None] | None)
FIXED = [
    ("a[a-z]{2,4}", "", "abcdefghi", 0, [(0, 5)]),
    ("a[a-z]{2,4}?", "", "abcdefghi", 0, [(0, 3)]),
    ("(aa|aabaac|ba|b|c)*", "", "aabaac", 0, [(0, 4), (2, 4)]),
    ("(z)((a+)?(b+)?(c))*", "", "zaacbbbcac", 0, [(0, 10), (0, 1), (8, 10), (8, 9), None, (9, 10)]),
    ("(a*)*", "", "b", 0, [(0, 0), None]),
    ("(a*)b\\1+", "", "baaaac", 0, [(0, 1), (0, 0)]),
    ("(?=(a+))", "", "baaabac", 0, [(1, 1), (1, 4)]),
    ("(?=(a+))a*b\\1", "", "baaabac", 0, [(3, 6), (3, 4)]),
    ("(.*?)a(?!(a+)b\\2c)\\2(.*)", "", "baaabaac", 0, [(0, 8), (0, 2), None, (3, 8)]),
    ("(a*)*b", "", "aaab", 0, [(0, 4), (0, 3)]),
    ("(?:a|b)*?c", "", "ababc", 0, [(0, 5)]),
    ("(?:(a)|b)+", "", "ab", 0, [(0, 2), None]),
    ("(?:(a)|(b))+", "", "ab", 0, [(0, 2), None, (1, 2)]),
    ("(a|)+b", "", "aab", 0, [(0, 3), (1, 2)]),
    ("(?:a|b?)+c", "", "abbc", 0, [(0, 4)]),
    ("(a?)*?b", "", "aab", 0, [(0, 3), (1, 2)]),
    ("(?:()|a)*b", "", "aab", 0, [(0, 3), None]),
    ("(a)|b", "", "b", 0, [(0, 1), None]),
    ("(?:x(a)|y(b))*", "", "xayb", 0, [(0, 4), None, (3, 4)]),
    ("(\\2a(b))*", "", "abab", 0, [(0, 4), (2, 4), (3, 4)]),
    ("(a)?\\1b", "", "b", 0, [(0, 1), None]),
    ("\\1(a)", "", "aa", 0, [(0, 1), (0, 1)]),
    ("(?<a>x)\\k<a>", "", "axxb", 0, [(1, 3), (1, 2)]),
    ("(?<=\\$)\\d+(\\.\\d*)?", "", "cost $10.53", 0, [(6, 11), (8, 11)]),
    ("(?<=(\\d+)(\\d+))$", "", "1053", 0, [(4, 4), (0, 1), (1, 4)]),
    ("(?<=(\\d+?)(\\d+))$", "", "1053", 0, [(4, 4), (0, 1), (1, 4)]),
    ("(?<=(a)\\1)b", "", "aab", 0, [(2, 3), (1, 2)]),
    ("(?<=\\1(a))b", "", "aab", 0, [(2, 3), (1, 2)]),
    ("(?<!a)b", "", "abcb", 0, [(3, 4)]),
    ("(?<=^|,)\\w+", "g", "ab,cd", 3, [(3, 5)]),
    ("(?<=(?:a|b)*)c", "", "ababc", 0, [(4, 5)]),
    ("(?<=([ab]+?))c", "", "ababc", 0, [(4, 5), (3, 4)]),
    ("(?!(a))\\1b", "", "ab", 0, [(1, 2), None]),
    ("(?=(a))?a", "", "a", 0, [(0, 1), None]),
    ("^(?:a+|ab)*c$", "", "aabac", 0, [(0, 5)]),
    ("x{2,3}", "", "xxxxx", 0, [(0, 3)]),
    ("x{2,3}?", "", "xxxxx", 0, [(0, 2)]),
    ("(?:ab){2}", "", "abababx", 0, [(0, 4)]),
    ("a{0}b", "", "ab", 0, [(1, 2)]),
    ("(a){0}b\\1", "", "ab", 0, [(1, 2), None]),
    ("\\bfoo\\b", "", "a foo b", 0, [(2, 5)]),
    ("\\Boo\\B", "", "foo boot", 0, [(5, 7)]),
    ("^b", "m", "a\nb", 0, [(2, 3)]),
    ("a$", "m", "a\nb", 0, [(0, 1)]),
    ("^b", "", "a\nb", 0, None),
    ("a.c", "s", "a\nc", 0, [(0, 3)]),
    ("a.c", "", "a\nc", 0, None),
    ("a.c", "", "a\u2028c", 0, None),
    ("\\s+", "", "x \t\u00a0\ufeff\u3000y", 0, [(1, 6)]),
    ("\\d+", "", "abc123", 0, [(3, 6)]),
    ("[^\\d\\s]+", "", "12 ab3", 0, [(3, 5)]),
    ("[\\d-z]+", "", "1-z", 0, [(0, 3)]),
    ("ab", "i", "xxAB", 0, [(2, 4)]),
    ("\u017f", "i", "sS", 0, None),
    ("\u017f", "iu", "sS", 0, [(0, 1)]),
    ("\u212a", "i", "kK", 0, None),
    ("\u212a", "iu", "xk", 0, [(1, 2)]),
    ("\u00df", "i", "\u1e9e", 0, None),
    ("\u00df", "iu", "\u1e9e", 0, [(0, 1)]),
    ("[a-z]", "i", "\u212a", 0, None),
    ("[a-z]", "iu", "\u212a", 0, [(0, 1)]),
    ("\\w", "iu", "\u017f", 0, [(0, 1)]),
    ("\\W", "iu", "S\u017f", 0, None),
    ("[^\\W]", "iu", "\u212a", 0, [(0, 1)]),
    ("\\b", "iu", "\u017f", 0, [(0, 0)]),
    ("\u03c3", "i", "\u03c2", 0, [(0, 1)]),
    ("(a)\\1", "i", "aA", 0, [(0, 2), (0, 1)]),
    ("(\u017f)\\1", "iu", "\u017fS", 0, [(0, 2), (0, 1)]),
    ("(\u017f)\\1", "i", "\u017fS", 0, None),
    ("[^a]", "i", "Ab", 0, [(1, 2)]),
    ("\\u{1F600}", "u", "x\ud83d\ude00", 0, [(1, 3)]),
    (".", "u", "\ud83d\ude00", 0, [(0, 2)]),
    (".", "", "\ud83d\ude00", 0, [(0, 1)]),
    ("^.$", "u", "\ud83d\ude00", 0, [(0, 2)]),
    ("\\ud83d", "u", "\ud83d\ude00", 0, None),
    ("\\ud83d", "", "\ud83d\ude00", 0, [(0, 1)]),
    ("\\ude00", "u", "\ud83d\ude00\ude00", 0, [(2, 3)]),
    ("[\\ud83d\\ude00]", "u", "\ud83d\ude00", 0, [(0, 2)]),
    ("[^a]+", "u", "\ud83d\ude00\ud83d", 0, [(0, 3)]),
    (".", "gu", "\ud83d\ude00", 1, [(0, 2)]),
    (".", "yu", "\ud83d\ude00", 1, [(0, 2)]),
    ("\\ude00", "g", "\ud83d\ude00", 1, [(1, 2)]),
    ("(?<=\\ud83d)\\ude00", "", "\ud83d\ude00", 0, [(1, 2)]),
    ("(?<=.)x", "u", "\ud83d\ude00x", 0, [(2, 3)]),
    ("\\p{Lu}+", "u", "abcDEF", 0, [(3, 6)]),
    ("\\p{Script=Greek}+", "u", "abc\u03b1\u03b2", 0, [(3, 5)]),
    ("\\P{L}+", "u", "ab12", 0, [(2, 4)]),
    ("\\p{Ll}", "iu", "A", 0, [(0, 1)]),
    ("[\\p{Emoji_Presentation}]", "u", "a\ud83d\ude00", 0, [(1, 3)]),
    ("a", "y", "ba", 0, None),
    ("a", "y", "ba", 1, [(1, 2)]),
    ("b", "y", "ab", 0, None),
    ("", "g", "abc", 3, [(3, 3)]),
    ("", "g", "abc", 4, None),
    ("foo", "g", "foo foo", 1, [(4, 7)]),
    ("(?=(a))*b", "", "ab", 0, [(1, 2), None]),
    ("(?=(a))+a", "", "ab", 0, [(0, 1), (0, 1)]),
    ("(?=(a)){2}a", "", "ab", 0, [(0, 1), (0, 1)]),
    ("(?!(a))*b", "", "ab", 0, [(1, 2), None]),
    ("(?:(?=(a))a)*?b", "", "aab", 0, [(0, 3), (1, 2)]),
    ("(\\u{10400})\\1", "iu", "\ud801\udc00\ud801\udc28", 0, [(0, 4), (0, 2)]),
    ("(\\u{10400})\\1", "u", "\ud801\udc00\ud801\udc28", 0, None),
    ("(.)\\1", "u", "\ud83d\ud83d\ude00", 0, None),
    ("(?<=(.)\\1)x", "u", "\ud83d\ude00\ud83d\ude00x", 0, [(4, 5), (2, 4)]),
    ("(?<=\\u{1F600}{2})x", "u", "\ud83d\ude00\ud83d\ude00x", 0, [(4, 5)]),
    ("(?<=[^a]{2,}?)x", "u", "\ud83d\ude00b\ud83d\ude00x", 0, [(5, 6)]),
    ("(?<=([^a]{2,}?))x", "u", "\ud83d\ude00b\ud83d\ude00x", 0, [(5, 6), (2, 5)]),
    ("(?<=([^a]+))x", "u", "\ud83d\ude00b\ud83d\ude00x", 0, [(5, 6), (0, 5)]),
    ("[^a]{2,3}", "u", "\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00", 0, [(0, 6)]),
    ("[^a]{2,3}?$", "u", "\ud83d\ude00\ud83d\ude00\ud83d\ude00", 0, [(0, 6)]),
    ("\\u{1F600}+?b", "u", "\ud83d\ude00\ud83d\ude00b", 0, [(0, 5)]),
    ("\\u{1F600}", "gu", "\ud83d\ude00\ud83d\ude00", 1, [(2, 4)]),
    ("\\u{1F600}", "yu", "\ud83d\ude00\ud83d\ude00", 1, [(0, 2)]),
    ("(?:\\u{1F600})", "gu", "\ud83d\ude00\ud83d\ude00", 1, [(0, 2)]),
]


@pytest.mark.parametrize("pattern,flags,subject,last_index,expected", FIXED)
def test_fixed(pattern, flags, subject, last_index, expected):
    assert exec_(pattern, flags, subject, last_index) == expected


def strings(pattern, flags, subject, last_index=0):
    got = exec_(pattern, flags, subject, last_index)
    return got and [None if c is None else subject[c[0]:c[1]] for c in got]


def test_spec_example_captures_reset_per_iteration():
    assert strings("(z)((a+)?(b+)?(c))*", "", "zaacbbbcac") == [
        "zaacbbbcac", "z", "ac", "a", None, "c"]


def test_match_at_fixed_index():
    rx = compile_regexp("a+", "")
    assert rx.match("baa", 0) is None
    assert rx.match("baa", 1) == [1, 3]
    assert rx.match("baa", 3) is None
    assert rx.match("baa", 4) is None
    lit = compile_regexp("ab", "")
    assert lit.match("xab", 1) == [1, 3]
    assert lit.match("xab", 0) is None
    assert compile_regexp("", "").match("ab", 2) == [2, 2]


def test_exec_at_scans_and_sticky():
    rx = compile_regexp("b", "y")
    assert rx.exec_at("ab", 0, True) is None
    assert rx.exec_at("ab", 0, False) == [1, 2]
    assert rx.exec_at("ab", 5, False) is None


def test_group_names_and_count():
    rx = compile_regexp("(?<year>\\d{4})-(\\d\\d)-(?<day>\\d\\d)", "")
    assert rx.group_names == {"year": 1, "day": 3}
    assert rx.group_count == 3
    assert rx.exec_at("on 2024-05-06", 0) == [3, 13, 3, 7, 8, 10, 11, 13]


def test_all_flags_accepted():
    for flags in ("d", "g", "dgimsuy"):
        assert compile_regexp("a", flags).exec_at("ba", 0) == [1, 2]


def test_syntax_error_propagates():
    with pytest.raises(RegExpSyntaxError):
        compile_regexp("(", "")
    with pytest.raises(RegExpSyntaxError):
        compile_regexp("a", "gg")


def test_unicode_lastindex_inside_pair_starts_at_pair():
    s = "\ud83d\ude00"
    assert compile_regexp(".", "gu").exec_at(s, 1) == [0, 2]
    assert compile_regexp(".", "g").exec_at(s, 1) == [1, 2]


def test_unicode_positions_inside_pairs_follow_v8():
    s = "a\ud801\udc28"
    # The search tries index 2 (inside the pair), where nothing can be read.
    assert compile_regexp("(?!.)", "u").exec_at(s, 0) == [2, 2]
    assert compile_regexp("(?<!.)", "u").exec_at(s, 1) == [2, 2]
    # A back reference may not end inside a pair, even an empty one ...
    assert compile_regexp("(?!\\1)()", "u").exec_at(s, 0) == [2, 2, 2, 2]
    # ... but one inside its own group is compiled to nothing.
    assert compile_regexp("(?!(\\1))", "u").exec_at(s, 0) is None
    # lastIndex inside a pair: first from the pair, then from lastIndex.
    assert compile_regexp("(?!a)", "uy").exec_at(s, 2, True) == [1, 1]
    assert compile_regexp("(?!\\S)", "uy").exec_at(s, 2, True) == [2, 2]


def test_long_subject_no_recursion():
    s = "ab" * 50000 + "c"
    assert compile_regexp("(a|b)*c", "").exec_at(s, 0) == [0, len(s), len(s) - 2, len(s) - 1]
    assert compile_regexp("(?:(a)|b)*?c", "").exec_at(s, 0)[:2] == [0, len(s)]
    assert compile_regexp("(?<=(a|b)*)c", "").exec_at(s, 0)[:4] == [len(s) - 1, len(s), 0, 1]
    t = "a" * 100000
    assert compile_regexp("(?:a|b)*$", "").exec_at(t, 0) == [0, 100000]
    assert compile_regexp("^(a+)\\1$", "").exec_at(t, 0) == [0, 100000, 0, 50000]
    assert compile_regexp("(?:a(?=a)|a)*", "").exec_at(t, 0) == [0, 100000]


def test_deeply_nested_pattern():
    depth = 3000
    rx = compile_regexp("(" * depth + "a" + ")" * depth, "")
    caps = rx.exec_at("xa", 0)
    assert caps[:4] == [1, 2, 1, 2] and len(caps) == 2 * (depth + 1)
    depth = 300  # each level retries the levels inside it: O(depth^2)
    rx = compile_regexp("(?:" * depth + "a|b" + ")*" * depth, "")
    assert rx.exec_at("abab", 0) == [0, 4]


def test_check_interrupt():
    class Stop(Exception):
        pass

    calls = []

    def check():
        calls.append(1)
        if len(calls) > 3:
            raise Stop

    rx = compile_regexp("(a*)*b", "")
    rx.check_interrupt = check
    with pytest.raises(Stop):
        rx.exec_at("a" * 40, 0)
    # A long search of cheap failing attempts checks too.
    calls.clear()
    scan = compile_regexp("(?:a|b)x", "")
    scan.check_interrupt = check
    with pytest.raises(Stop):
        scan.exec_at("a" * 200000, 0)
    # Each compile_regexp call returns its own object.
    assert compile_regexp("(a*)*b", "").check_interrupt is None
    assert compile_regexp("(a*)*b", "").exec_at("aaab", 0) == [0, 4, 0, 3]


def test_plain_literal_fast_path():
    rx = compile_regexp("needle", "")
    hay = "x" * 10000 + "needle"
    assert rx.exec_at(hay, 0) == [10000, 10006]
    assert rx.exec_at(hay, 10001) is None
    # A lone surrogate literal must not match half of a pair in u mode.
    assert compile_regexp("\\ud83d", "u").exec_at("\ud83d\ude00", 0) is None
    assert compile_regexp("\\ud83d", "u").exec_at("\ud83d\ud83d\ude00", 0) == [0, 1]


def test_runs_followed_by_literals():
    assert strings("\\w+@\\w+\\.com", "", "mail bob@example.com now") == ["bob@example.com"]
    assert strings("<.*?>", "", "a <b> <c>") == ["<b>"]
    assert strings("<(.*?)>x", "", "<b> <c>x") == ["<b> <c>x", "b> <c"]
    assert strings("(.*)ab", "", "xabyabz") == ["xabyab", "xaby"]
    assert strings(".{2,3}?b", "", "aaaab") == ["aaab"]
    assert strings("[^\\n]*?\\n", "u", "\ud83d\ude00a\nb") == ["\ud83d\ude00a\n"]
    assert strings(".*\ud83d\ude00", "u", "a\ud83d\ude00b\ud83d\ude00c") == [
        "a\ud83d\ude00b\ud83d\ude00"]


def test_case_insensitive_tables_differ_by_mode():
    # non-u: toUpperCase, no non-ASCII -> ASCII; u: simple case folding
    assert exec_("\u017f", "i", "S") is None
    assert exec_("\u017f", "iu", "S") == [(0, 1)]
    assert exec_("\u1e9e", "i", "\u00df") is None
    assert exec_("\u1e9e", "iu", "\u00df") == [(0, 1)]
    assert exec_("\u0390", "iu", "\u1fd3") == [(0, 1)]
    assert exec_("\u0130", "iu", "i") is None
    assert exec_("I", "iu", "i") == [(0, 1)]
    assert exec_("\u10400", "iu", "\ud801\udc28") is None  # \u1040 then 0
    assert exec_("\\u{10400}", "iu", "\ud801\udc28") == [(0, 2)]


# -- Unicode data against node -----------------------------------------------


def _node(script, payload, timeout=300):
    out = subprocess.run([NODE, "-e", script], input=json.dumps(payload),
                         capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@needs_node
def test_non_unicode_canonicalize_matches_node():
    script = r"""
    const out = [];
    for (let c = 0; c < 65536; c++) {
      const u = String.fromCharCode(c).toUpperCase();
      let r = c;
      if (u.length === 1) { const cu = u.charCodeAt(0); if (!(c >= 128 && cu < 128)) r = cu; }
      out.push(r);
    }
    process.stdout.write(JSON.stringify(out));
    """
    expected = _node(script, None)
    canon = U.upper_canon_map()
    mine = [canon.get(c, c) for c in range(65536)]
    diff = [(hex(c), hex(mine[c]), hex(expected[c])) for c in range(65536)
            if mine[c] != expected[c] and not 0xD800 <= c <= 0xDFFF]
    assert diff == []


@needs_node
@pytest.mark.parametrize("unicode", [False, True])
def test_case_classes_match_node(unicode):
    """Every pair of case-equivalent characters matches in node, and every
    character's upper/lower-case partner matches in node iff our tables
    say so."""
    cc = U.case_classes(unicode)
    pairs = [(a, b) for members in cc.classes for a in members for b in members if a != b]
    script = r"""
    const uni = %s;
    const pairs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const esc = c => uni ? '\\u{' + c.toString(16) + '}' : '\\u' + c.toString(16).padStart(4, '0');
    const test = (a, b) => new RegExp('^' + esc(a) + '$', uni ? 'ui' : 'i').test(String.fromCodePoint(b)) ? 1 : 0;
    const out = pairs.map(([a, b]) => test(a, b));
    const extra = [];
    const top = uni ? 0x10FFFF : 0xFFFF;
    for (let c = 0; c <= top; c++) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      const s = String.fromCodePoint(c);
      for (const t of [s.toUpperCase(), s.toLowerCase()]) {
        const cps = [...t];
        if (cps.length !== 1) continue;
        const d = cps[0].codePointAt(0);
        if (d !== c && d <= top) extra.push([c, d, test(c, d)]);
      }
    }
    process.stdout.write(JSON.stringify([out, extra]));
    """ % ("true" if unicode else "false")
    out, extra = _node(script, pairs)
    assert [p for p, r in zip(pairs, out) if not r] == []
    canon = cc.canon
    assert [(c, d, r) for c, d, r in extra
            if (canon.get(c, c) == canon.get(d, d)) != bool(r)] == []


_PROPERTY_SAMPLE = [
    ("General_Category", "Uppercase_Letter", "gc=Lu"),
    ("General_Category", "Letter", "L"),
    ("General_Category", "Unassigned", "Cn"),
    ("General_Category", "Decimal_Number", "Nd"),
    ("Script", "Greek", "sc=Greek"),
    ("Script_Extensions", "Devanagari", "scx=Deva"),
    ("Script_Extensions", "Telugu", "scx=Telu"),
    ("Script", "Unknown", "sc=Zzzz"),
    ("Alphabetic", None, "Alpha"),
    ("Changes_When_NFKC_Casefolded", None, "CWKCF"),
    ("Changes_When_Uppercased", None, "CWU"),
    ("Extended_Pictographic", None, "ExtPict"),
    ("Default_Ignorable_Code_Point", None, "DI"),
    ("Emoji", None, "Emoji"),
    ("ID_Continue", None, "IDC"),
    ("Diacritic", None, "Dia"),
]

_PROPERTY_SCRIPT = r"""
const specs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const parts = [], cps = [];
for (let c = 0; c <= 0x10FFFF; c++) {
  // '!' stands in for the surrogates (dropped from both sides below)
  if (c === 0xD800) { parts.push('!'); cps.push(0xD800); c = 0xDFFF; continue; }
  const s = String.fromCodePoint(c); parts.push(s);
  for (let i = 0; i < s.length; i++) cps.push(c);
}
const ALL = parts.join('');
const out = specs.map(p => {
  const r = [];
  for (const m of ALL.matchAll(new RegExp('\\p{' + p + '}+', 'gu')))
    r.push([cps[m.index], cps[m.index + m[0].length - 1]]);
  return r;
});
process.stdout.write(JSON.stringify(out));
"""


def _compare_properties(specs):
    expected = _node(_PROPERTY_SCRIPT, [s[2] for s in specs])
    bad = []
    for (name, value, text), exp in zip(specs, expected):
        mine = U.subtract(U.property_ranges(name, value), [(0xD800, 0xDFFF)])
        exp = U.subtract(U.normalize([tuple(x) for x in exp]), [(0xD800, 0xDFFF)])
        if mine != exp:
            bad.append((text, U.subtract(mine, exp)[:5], U.subtract(exp, mine)[:5]))
    assert bad == []


@needs_node
def test_unicode_properties_sample_match_node():
    _compare_properties(_PROPERTY_SAMPLE)


@needs_node
@pytest.mark.slow
def test_unicode_properties_all_match_node():
    from minijs.syntax.regexp import unicode_props as P
    specs = [(n, None, n) for n in sorted(set(P.BINARY.values()))]
    specs += [("General_Category", v, "gc=" + v) for v in sorted(set(P.GENERAL_CATEGORY.values()))]
    for v in sorted(set(P.SCRIPT.values())):
        specs += [("Script", v, "sc=" + v), ("Script_Extensions", v, "scx=" + v)]
    _compare_properties(specs)


# -- differential tests against node --------------------------------------------

_EXEC_SCRIPT = r"""
const data = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = data.map(([src, flags, subject, lastIndex]) => {
  let re;
  try {
    re = new RegExp(src, flags + 'd' + (flags.includes('y') ? '' : 'g'));
  } catch (e) { return 'SyntaxError'; }
  re.lastIndex = lastIndex;
  const m = re.exec(subject);
  if (m === null) return null;
  const caps = [];
  for (const p of m.indices) { if (p === undefined) caps.push(-1, -1); else caps.push(p[0], p[1]); }
  return caps;
});
process.stdout.write(JSON.stringify(out));
"""


def _mine(case):
    pattern, flags, subject, last_index = case
    try:
        rx = compile_regexp(pattern, flags)
    except RegExpSyntaxError:
        return "SyntaxError"
    return rx.exec_at(subject, last_index, "y" in flags)


def _differential(cases):
    expected = _node(_EXEC_SCRIPT, cases)
    bad = []
    for case, exp in zip(cases, expected):
        got = _mine(case)
        if got != exp:
            bad.append((case, exp, got))
    assert bad[:10] == [] and len(bad) == 0


_ATOMS = ["a", "b", "c", ".", "[ab]", "[^a]", "[a-c]", "\\w", "\\W", "\\d",
          "\\s", "A", "B", "\\n", "[^]", "[]"]
_EXTRA_ATOMS = ["\\ud83d", "\\ude00", "\\ud83d\\ude00", "\ud83d\ude00",
                "[\ud83d\ude00a]", "[^\\ud83d]", "s", "S", "k", "K", "\u017f",
                "\u212a", "[k-s]", "[^k]", "\\u{1F600}", "\\p{L}", "\\P{Ll}",
                "[\\p{Lu}]", "\\u0130", "\u00df", "\u1e9e"]
_QUANTIFIERS = ["*", "+", "?", "{2}", "{0,2}", "{1,3}", "{2,}", "{0}", "{1}"]


class _Gen:
    """Random patterns: anything the syntax allows, nested a little."""

    def __init__(self, seed):
        self.rnd = random.Random(seed)

    def term(self, depth, groups):
        rnd = self.rnd
        r = rnd.random()
        if depth < 3 and r < 0.4:
            kind = rnd.choice(["(", "(", "(", "(?:", "(?:", "(?=", "(?!", "(?<=",
                               "(?<!", "(?<n%d>" % groups[0]])
            if kind == "(" or kind.startswith("(?<n"):
                groups[0] += 1
            text = kind + self.disjunction(depth + 1, groups) + ")"
            if kind in ("(?<=", "(?<!", "(?=", "(?!"):
                return text
        elif r < 0.45:
            return rnd.choice(["^", "$", "\\b", "\\B"])
        elif r < 0.52 and groups[0] > 0:
            return "\\%d" % rnd.randint(1, groups[0])
        else:
            text = rnd.choice(_ATOMS if rnd.random() < 0.85 else _EXTRA_ATOMS)
        if rnd.random() < 0.45:
            text += rnd.choice(_QUANTIFIERS) + ("?" if rnd.random() < 0.3 else "")
        return text

    def alternative(self, depth, groups):
        return "".join(self.term(depth, groups) for _ in range(self.rnd.randint(0, 4)))

    def disjunction(self, depth, groups):
        n = 1 if self.rnd.random() < 0.7 else self.rnd.randint(2, 3)
        return "|".join(self.alternative(depth, groups) for _ in range(n))

    def case(self):
        rnd = self.rnd
        pattern = self.disjunction(0, [0])
        flags = "".join(f for f in "imsuy" if rnd.random() < 0.25)
        alpha = ["a", "b", "a", "b", "c", "A", "B", " ", "\n", "1", "_"]
        if rnd.random() < 0.3:
            alpha += ["\ud83d\ude00", "\ud83d", "\ude00", "s", "S", "k", "K",
                      "\u017f", "\u212a", "\u00df", "i"]
        subject = "".join(rnd.choice(alpha) for _ in range(rnd.randint(0, 14)))
        last_index = rnd.randint(0, 3) if rnd.random() < 0.3 else 0
        return [pattern, flags, subject, min(last_index, len(subject))]


class _BacktrackGen(_Gen):
    """Small patterns over a and b that stress backtracking: nested
    quantified groups, alternations, back references, lookarounds."""

    def term(self, depth, groups):
        rnd = self.rnd
        r = rnd.random()
        if depth < 4 and r < 0.45:
            kind = rnd.choice(["(", "(", "(?:", "(?=", "(?<=", "(?!"])
            if kind == "(":
                groups[0] += 1
            text = kind + self.disjunction(depth + 1, groups) + ")"
            if kind in ("(?<=", "(?!", "(?="):
                return text
        elif r < 0.55 and groups[0] > 0:
            text = "\\%d" % rnd.randint(1, groups[0])
        else:
            text = rnd.choice(["a", "b", "a", "b", "[ab]", "", "."])
        if rnd.random() < 0.6:
            text += rnd.choice(["*", "+", "?", "{0,2}", "{1,2}", "{2,}"])
            if rnd.random() < 0.4:
                text += "?"
        return text

    def alternative(self, depth, groups):
        return "".join(self.term(depth, groups) for _ in range(self.rnd.randint(1, 3)))

    def disjunction(self, depth, groups):
        n = 1 if self.rnd.random() < 0.6 else 2
        return "|".join(self.alternative(depth, groups) for _ in range(n))

    def case(self):
        rnd = self.rnd
        pattern = self.disjunction(0, [0])
        if rnd.random() < 0.3:
            pattern = "^(?:" + pattern + ")$"
        flags = rnd.choice(["", "", "i", "u", "y"])
        subject = "".join(rnd.choice("aab") for _ in range(rnd.randint(0, 12)))
        return [pattern, flags, subject, 0]


class _UnicodeGen(_BacktrackGen):
    """u-mode patterns over astral characters, lone surrogates and case
    variants, with lookbehinds: the surrogate-aware paths of the VM,
    including V8's behaviour at positions inside a surrogate pair."""

    _ATOMS = ["a", ".", "[^a]", "\\u{1F600}", "\\ud83d", "\\ude00",
              "[\\ud83d\\ude00]", "[^\\ud83d]", "\\S", "\\W", "\\p{So}",
              "[\\u{1F600}-\\u{1F601}a]", "\\u{1F601}", "K", "\u212a",
              "\\u{10400}"]

    def term(self, depth, groups):
        rnd = self.rnd
        r = rnd.random()
        if depth < 3 and r < 0.4:
            kind = rnd.choice(["(", "(", "(?:", "(?=", "(?<=", "(?!", "(?<!"])
            if kind == "(":
                groups[0] += 1
            text = kind + self.disjunction(depth + 1, groups) + ")"
            if kind not in ("(", "(?:"):
                return text
        elif r < 0.5 and groups[0] > 0:
            text = "\\%d" % rnd.randint(1, groups[0])
        else:
            text = rnd.choice(self._ATOMS)
        if rnd.random() < 0.5:
            text += rnd.choice(["*", "+", "?", "{0,2}", "{1,2}", "{2,}"])
            if rnd.random() < 0.4:
                text += "?"
        return text

    def case(self):
        rnd = self.rnd
        pattern = self.disjunction(0, [0])
        flags = rnd.choice(["u", "u", "iu", "uy", "su", "imu"])
        alpha = ["a", "\ud83d\ude00", "\ud83d\ude01", "\ud83d", "\ude00", "k",
                 "\ud801\udc28", "\ud801\udc00"]
        subject = "".join(rnd.choice(alpha) for _ in range(rnd.randint(0, 8)))
        last_index = rnd.randint(0, len(subject)) if rnd.random() < 0.5 else 0
        return [pattern, flags, subject, last_index]


@needs_node
def test_differential_random_patterns():
    gen = _Gen(20240521)
    _differential([gen.case() for _ in range(1500)])


@needs_node
def test_differential_backtracking():
    gen = _BacktrackGen(7)
    _differential([gen.case() for _ in range(1000)])


@needs_node
def test_differential_unicode():
    gen = _UnicodeGen(11)
    _differential([gen.case() for _ in range(1000)])


@needs_node
def test_differential_fixed_scans():
    """Longer subjects and every lastIndex, for patterns that exercise
    the search loop's fast paths."""
    subject = "ab  cd@ef.com x\u00dfy \ud83d\ude00 <a><bb> aaab\nline2 \u017f\u212a 12-34"
    patterns = [
        ("\\w+@\\w+\\.com", ""), ("<.*?>", ""), ("<.*>", ""), ("a+b", ""),
        ("\\b\\w", ""), ("^\\w+", "m"), ("\\d+-(\\d+)", ""), ("[a-z]+", "i"),
        ("[^ ]+", "u"), (".", "u"), ("\\S+", "iu"), ("(?<=\\s)\\S", ""),
        ("(?<!\\w)\\w", "u"), ("\\p{L}+", "u"), ("k", "iu"), ("s", "i"),
        ("(?:a|b)+?\\s", ""), ("(\\w)\\1", "i"), ("$", ""), ("$", "m"),
        ("", "u"), ("x\u00df", "i"), ("\ud83d\ude00", "u"), ("\\ude00", ""),
        ("\\ude00", "u"),
    ]
    cases = []
    for pattern, flags in patterns:
        for sticky in ("", "y"):
            for i in range(len(subject) + 1):
                cases.append([pattern, flags + sticky, subject, i])
    _differential(cases)
