"""RegExp matcher (ECMA-262 2022 22.2.2 Pattern Semantics).

    compile_regexp(source, flags) -> CompiledRegExp   (RegExpSyntaxError)
    CompiledRegExp.match(subject, index) -> captures | None
    CompiledRegExp.exec_at(subject, last_index, sticky) -> captures | None
    CompiledRegExp.group_names -> {name: group number}
    CompiledRegExp.group_count

`captures` is a flat list [start0, end0, start1, end1, ...] of code unit
indices, -1 for a group that did not participate; slot 0/1 is the whole
match.  Subjects are JS strings (Python str of UTF-16 code units).

match() is the spec's matcher called at one index (RegExpBuiltinExec
step 11 for a single lastIndex); exec_at() is the whole search loop of
RegExpBuiltinExec: from lastIndex forward unless sticky.

Surrogate pairs in u mode follow V8 (node is the reference), which
differs from the letter of the spec in two corner cases: the search
advances one code unit at a time, trying starts inside a pair too, where
no character can be read (forward or backward) so only empty-width
matches are possible (V8: /(?!.)/gu finds index 1 in "\\u{1F600}"); and a
lastIndex inside a pair first tries the match from the pair's start,
then from lastIndex itself (except for V8's "atom" quirk, see
CompiledRegExp.__init__).  The
caller handles lastIndex > length, the g/y flags' lastIndex updates and
the result object.

Set `check_interrupt` on a CompiledRegExp to a callable to have it called
every vm.INTERRUPT_INTERVAL backtracks, and every INTERRUPT_INTERVAL start
positions of a search (it may raise to abort a runaway match).  Modules: compiler (AST -> code), vm (backtracking machine),
charsets (character sets), unicode_data (properties and case folding).
"""

import copy
import re

from minijs.runtime.regexp import compiler as C
from minijs.runtime.regexp import unicode_data as U
from minijs.runtime.regexp import vm
from minijs.runtime.regexp.charsets import re_class
from minijs.syntax.regexp import parse_pattern
from minijs.syntax.regexp.nodes import Char
from minijs.syntax.regexp.errors import RegExpSyntaxError  # noqa: F401

__all__ = ["compile_regexp", "CompiledRegExp", "RegExpSyntaxError"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATES = [(0xD800, 0xDFFF)]


class CompiledRegExp:

    def __init__(self, source, flags, pattern):
        self.source = source
        self.flags = flags
        self.pattern = pattern
        self.group_count = pattern.group_count
        self.group_names = dict(pattern.group_names)
        self.unicode = "u" in flags
        self.check_interrupt = None
        self._programs = {}
        narrow = self._program(False)
        code = narrow.code
        # Fast paths decided on the narrow program (the same shape as the
        # wide one but for character reads).
        i = 0
        while code[i][0] == vm.GOPEN:
            i += 1
        first = code[i]
        self._anchored = first[0] == vm.BOL
        self._prefix = first[1] if first[0] == vm.STR else None
        self._literal = None
        if (len(code) == 2 and code[0][0] == vm.STR and self.group_count == 0
                and not (self.unicode and _SURROGATE.search(code[0][1]))):
            self._literal = code[0][1]
        # A leading greedy unbounded run X+ (not inside a group): when
        # the match from i fails, so does every start inside that run.
        self._lead_run = (code[0][0] == vm.RUN_G and code[0][2] >= 1
                          and code[0][3] is None)
        # V8 runs a pattern that is one astral character (u, no i) as an
        # "atom" (string search) which, unlike its other code, does not
        # move a lastIndex inside a surrogate pair back to the pair unless
        # sticky: node's /\u{1F600}/gu from lastIndex 1 of
        # "\u{1F600}\u{1F600}" finds index 2.  Reproduced.
        alts = pattern.body.alternatives
        self._astral_atom = (
            self.unicode and "i" not in flags and len(alts) == 1
            and len(alts[0].terms) == 1 and type(alts[0].terms[0]) is Char
            and alts[0].terms[0].value > 0xFFFF)
        self._first_search = None
        self._first_done = False
        if self._literal is None and self._prefix is None and not self._anchored:
            self._first()
        self._last_subject = None
        self._last_wide = False

    def __repr__(self):
        return "CompiledRegExp(/%s/%s)" % (self.source, self.flags)

    def _program(self, wide):
        prog = self._programs.get(wide)
        if prog is None:
            prog = self._programs[wide] = C.compile_program(
                self.pattern, self.flags, wide)
        return prog

    def _wide(self, s):
        """Whether s needs the surrogate-aware program (u flag and s has
        surrogates); cached for the last subject."""
        if not self.unicode:
            return False
        if s is not self._last_subject:
            self._last_subject = s
            self._last_wide = _SURROGATE.search(s) is not None
        return self._last_wide

    def _first(self):
        if not self._first_done:
            self._first_done = True
            ranges = C.first_chars(self.pattern, self.flags)
            if ranges is not None:
                if self.unicode and ranges and (
                        ranges[-1][1] > 0xFFFF or U.intersect(ranges, _SURROGATES)):
                    # In u mode, an astral first character starts with a
                    # high surrogate; the VM checks the rest.
                    ranges = U.union(ranges, _SURROGATES)
                cls = re_class(ranges, False)
                if cls is None:
                    self._first_search = _never
                else:
                    self._first_search = re.compile(cls).search
        return self._first_search

    # -- API ----------------------------------------------------------------

    def match(self, subject, index):
        """The matcher at `index`: captures or None."""
        if index < 0 or index > len(subject):
            return None
        if self._literal is not None:
            lit = self._literal
            if subject.startswith(lit, index):
                return [index, index + len(lit)]
            return None
        prog = self._program(self._wide(subject))
        return vm.run(prog.code, subject, index, prog.nregs, prog.ncap2,
                      self.check_interrupt)

    def exec_at(self, subject, last_index, sticky=False):
        """Search from last_index (RegExpBuiltinExec's loop)."""
        s = subject
        n = len(s)
        i = last_index
        if i < 0:
            i = 0
        if i > n:
            return None
        if self.unicode and _splits_pair(s, i) and (sticky or not self._astral_atom):
            # V8 first tries the match from the start of the pair.
            got = self.match(s, i - 1)
            if got is not None:
                return got
        if sticky:
            return self.match(s, i)
        if self._literal is not None:
            lit = self._literal
            p = s.find(lit, i)
            if p < 0:
                return None
            return [p, p + len(lit)]
        if self._anchored:
            return self.match(s, i) if i == 0 else None
        wide = self._wide(s)
        prog = self._program(wide)
        code, nregs, ncap2 = prog.code, prog.nregs, prog.ncap2
        check = self.check_interrupt
        run = vm.run
        prefix = self._prefix
        search = None if prefix is not None else self._first()
        lead = self._lead_run and not wide
        tries = 0
        while i <= n:
            if prefix is not None:
                i = s.find(prefix, i)
                if i < 0:
                    return None
            elif search is not None:
                m = search(s, i)
                if m is None:
                    return None
                i = m.start()
            got = run(code, s, i, nregs, ncap2, check)
            if got is not None:
                return got
            tries += 1
            if tries >= vm.INTERRUPT_INTERVAL and check is not None:
                tries = 0
                check()
            if lead:
                e = code[0][1](s, i).end()
                if e > i + 1:
                    i = e
                    continue
            i += 1
        return None


def _never(s, pos):
    return None


def _splits_pair(s, i):
    """Whether index i falls between the halves of a surrogate pair."""
    return (0 < i < len(s) and "\udc00" <= s[i] <= "\udfff"
            and "\ud800" <= s[i - 1] <= "\udbff")


_cache = {}


def compile_regexp(source, flags=""):
    """Parse and compile a pattern (JS strings).  The compiled code is
    cached per (source, flags); each call returns its own object (with its
    own check_interrupt)."""
    key = (source, flags)
    got = _cache.get(key)
    if got is None:
        pattern = parse_pattern(source, flags)
        if "v" in flags:
            # unicodeSets: lower the class sets, then it is a `u` pattern.
            from minijs.runtime.regexp.charsets import SetBuilder
            from minijs.runtime.regexp.class_sets import lower_class_sets
            u_flags = flags.replace("v", "u")
            pattern = lower_class_sets(pattern, SetBuilder(u_flags))
            pattern.flags = u_flags
            got = CompiledRegExp(source, u_flags, pattern)
        else:
            got = CompiledRegExp(source, flags, pattern)
        if len(_cache) > 512:
            _cache.clear()
        _cache[key] = got
    got = copy.copy(got)
    got.check_interrupt = None
    return got
