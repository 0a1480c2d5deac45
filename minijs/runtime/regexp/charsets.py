"""Character sets of the matcher: the CharSet of each atom (22.2.2.9),
closed under Canonicalize when the `i` flag is on, and CharMatcher, the
fast membership test the VM uses.

Characters are code units without the `u` flag and code points with it.
The VM looks characters up by *key*: the one-unit str at a position, or,
in u mode, the two-unit str of a surrogate pair; a per-set dict memoises
key -> bool, so a test is one dict lookup once a character has been seen.
"""

import re

from minijs.runtime.regexp import unicode_data as U
from minijs.syntax.regexp.nodes import (
    Any, Char, CharClass, ClassEscape, ClassRange, Disjunction, Group,
    UnicodeProperty)

LINE_TERMINATORS = [(0x0A, 0x0A), (0x0D, 0x0D), (0x2028, 0x2029)]
LINE_TERMINATOR_UNITS = frozenset("\n\r\u2028\u2029")

# WhiteSpace (TAB VT FF ZWNBSP and gc=Zs) plus LineTerminator: \s.
WHITE_SPACE = U.normalize([
    (0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680),
    (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F),
    (0x3000, 0x3000), (0xFEFF, 0xFEFF)])
DIGITS = [(0x30, 0x39)]
WORD = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
# WordCharacters with u and i: also the characters whose simple case
# folding is a basic word character (U+017F -> s, U+212A -> k).
WORD_UI = U.normalize(WORD + [(0x17F, 0x17F), (0x212A, 0x212A)])


def word_units(unicode, ignore_case):
    """The word characters (for \\b), as a frozenset of one-unit strs."""
    ranges = WORD_UI if unicode and ignore_case else WORD
    return frozenset(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


def key_of(cp):
    """The str of one character: a code unit, or a surrogate pair."""
    if cp <= 0xFFFF:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def cp_of(key):
    if len(key) == 1:
        return ord(key)
    return 0x10000 + ((ord(key[0]) - 0xD800) << 10) + (ord(key[1]) - 0xDC00)


_closures = {}

MEMO_LIMIT = 1 << 16     # entries a CharMatcher memo keeps before starting over


class SetBuilder:
    """Builds the effective CharSet of atoms for one pattern's flags."""

    def __init__(self, flags):
        self.unicode = "u" in flags
        self.ignore_case = "i" in flags
        self.dot_all = "s" in flags
        self.top = U.MAX_CP if self.unicode else U.MAX_UNIT

    def close(self, ranges):
        if not self.ignore_case:
            return ranges
        key = (self.unicode, tuple(ranges))
        got = _closures.get(key)
        if got is None:
            if len(_closures) > 1024:
                _closures.clear()
            got = _closures[key] = U.case_classes(self.unicode).closure(ranges)
        return got

    def escape(self, kind):
        """CharSet of \\d \\D \\s \\S \\w \\W (before case closure)."""
        low = kind.lower()
        if low == "d":
            base = DIGITS
        elif low == "s":
            base = WHITE_SPACE
        else:
            base = WORD_UI if self.unicode and self.ignore_case else WORD
        if kind != low:
            return U.complement(base, self.top)
        return base

    def prop(self, node):
        ranges = U.property_ranges(node.name, node.value)
        if node.negated:
            ranges = U.complement(ranges, self.top)
        return ranges

    def item(self, item):
        if isinstance(item, ClassRange):
            return [(item.lo, item.hi)]
        if isinstance(item, ClassEscape):
            return self.escape(item.kind)
        return self.prop(item)

    def char(self, value):
        return self.close([(value, value)])

    def atom(self, node):
        """Effective set of a single-character atom, or None when `node`
        is not one (the union of a group of one-character alternatives
        counts: (?:a|[bc]) is the set abc)."""
        t = type(node)
        if t is Char:
            return self.char(node.value)
        if t is Any:
            if self.dot_all:
                return [(0, self.top)]
            return U.complement(LINE_TERMINATORS, self.top)
        if t is CharClass:
            ranges = []
            for item in node.items:
                ranges.extend(self.item(item))
            ranges = self.close(U.normalize(ranges))
            if node.negated:
                ranges = U.complement(ranges, self.top)
            return ranges
        if t is ClassEscape:
            return self.close(self.escape(node.kind))
        if t is UnicodeProperty:
            return self.close(self.prop(node))
        if t is Group and node.index is None:
            return self.alternatives(node.body)
        return None

    def alternatives(self, disjunction):
        """Union of a Disjunction whose alternatives are each exactly one
        single-character atom (not itself a nested group), else None."""
        parts = []
        for alt in disjunction.alternatives:
            if len(alt.terms) != 1 or type(alt.terms[0]) is Group:
                return None
            ranges = self.atom(alt.terms[0])
            if ranges is None:
                return None
            parts.append(ranges)
        return U.union(*parts)


def _re_escape(cp):
    return "\\u%04x" % cp


def re_class(ranges, skip_surrogates):
    """A Python `re` character class for the BMP part of `ranges` (minus
    the surrogates if asked), or None when that part is empty."""
    parts = []
    for lo, hi in U.clip(ranges, 0xFFFF):
        pieces = [(lo, hi)]
        if skip_surrogates:
            pieces = U.subtract([(lo, hi)], [(0xD800, 0xDFFF)])
        for a, b in pieces:
            parts.append(_re_escape(a) if a == b else
                         _re_escape(a) + "-" + _re_escape(b))
    if not parts:
        return None
    return "[" + "".join(parts) + "]"


class CharMatcher:
    """A CharSet ready for matching.

    memo / fill: key -> bool, memoised (fill computes and stores).
    single: the key when the set has exactly one character, else None.
    """

    __slots__ = ("ranges", "unicode", "memo", "single", "_runs", "_wide")

    def __init__(self, ranges, unicode):
        self.ranges = ranges
        self.unicode = unicode
        self.memo = {}
        self.single = None
        if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
            self.single = key_of(ranges[0][0])
        self._runs = {}
        self._wide = None

    def fill(self, key):
        if len(key) == 1:
            r = U.contains(self.ranges, ord(key))
        else:
            r = U.contains(self.ranges, cp_of(key))
        memo = self.memo
        if len(memo) >= MEMO_LIMIT:
            # Matchers are shared and cached: a subject with every code
            # point in it must not leave a million entries behind.
            memo.clear()
        memo[key] = r
        return r

    def run_matcher(self, limit, wide):
        """`re` match function of a maximal run of members (at most `limit`
        characters, None for no limit): over all code units when not
        `wide`, else over the BMP members that are not surrogates (the VM
        handles surrogates itself).  None if there are no such members."""
        key = (limit, wide)
        if key in self._runs:
            return self._runs[key]
        cls = re_class(self.ranges, wide)
        if cls is None:
            fn = None
        else:
            if limit is None or limit >= 0xFFFFFFFF - 1:
                rep = "*"
            else:
                rep = "{0,%d}" % limit
            fn = re.compile(cls + rep).match
        self._runs[key] = fn
        return fn

    def may_match_surrogate(self):
        """Whether any astral or surrogate code point is a member."""
        if self._wide is None:
            self._wide = bool(U.intersect(self.ranges, [(0xD800, 0xDFFF)])) or (
                bool(self.ranges) and self.ranges[-1][1] > 0xFFFF)
        return self._wide


_matchers = {}


def matcher_for(ranges, unicode):
    """A shared CharMatcher for a set (memo dicts are reused across
    compilations of the same set)."""
    key = (tuple(ranges), unicode)
    m = _matchers.get(key)
    if m is None:
        if len(_matchers) > 4096:
            _matchers.clear()
        m = _matchers[key] = CharMatcher(ranges, unicode)
    return m
