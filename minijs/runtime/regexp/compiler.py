"""Compile a pattern's AST (minijs.syntax.regexp.nodes) to VM code.

The AST may be nested arbitrarily deep (the parser allows 10000 nested
groups), so the walks here are generators driven by `_drive`, which keeps
the chain of open nodes on a list: no Python recursion.  A generator
`yield`s (node, backward) to have that node compiled in place (or analysed,
for `first_chars`) and receives its result back.

Layout of the code for each construct (`back` is the spec's direction,
backward inside lookbehinds, where an Alternative's terms run right to left):

    a|b|c      SPLIT L2; <a>; JMP END; L2: SPLIT L3; <b>; JMP END; L3: <c>; END:
    (x)        GOPEN r; <x>; GCLOSE slot r         (GCLOSE_B backward)
    x{m,n}     Q_INIT c; LOOP: Q_LOOP ...; ENTER: Q_ENTER ...; <x>; Q_END ...; END:
    [set]{m,n} one RUN_* instruction (a run of single characters)
    (?=x)      LOOK r neg END; <x>; LOOK_END r neg; END:

The quantifier instructions follow RepeatMatcher (22.2.2.3.1): each
iteration clears the captures inside the atom, an iteration past the
minimum may not match the empty string, greedy tries another iteration
before the continuation and lazy the reverse.
"""

from minijs.runtime.regexp import unicode_data as U
from minijs.runtime.regexp import vm
from minijs.runtime.regexp.charsets import (
    SetBuilder, key_of, matcher_for, word_units)
from minijs.syntax.regexp.nodes import (
    Alternative, Any, Assertion, BackReference, Char, CharClass, ClassEscape,
    Disjunction, Group, Lookaround, Quantifier, UnicodeProperty)

_SINGLE = (Char, Any, CharClass, ClassEscape, UnicodeProperty)


def _drive(gen):
    """Run a generator-based recursive walk without Python recursion."""
    stack = [gen]
    value = None
    while stack:
        try:
            child = stack[-1].send(value)
        except StopIteration as stop:
            stack.pop()
            value = stop.value
            continue
        stack.append(child)
        value = None
    return value


def _is_surrogate(key):
    return len(key) == 1 and "\ud800" <= key <= "\udfff"


class Program:
    """Compiled code plus what the matcher needs to run it."""

    def __init__(self, code, nregs, ncap2):
        self.code = code
        self.nregs = nregs
        self.ncap2 = ncap2


class Compiler:

    def __init__(self, pattern, flags, wide):
        self.pattern = pattern
        self.sets = SetBuilder(flags)
        self.unicode = "u" in flags
        self.ignore_case = "i" in flags
        self.multiline = "m" in flags
        self.wide = wide
        self.code = []
        self.ncap2 = 2 * (pattern.group_count + 1)
        # Registers after the capture slots: one group-start per group.
        self.nregs = self.ncap2 + pattern.group_count + 1
        self.words = None
        self.canon = None
        self.open_groups = set()

    def new_reg(self):
        self.nregs += 1
        return self.nregs - 1

    def emit(self, *ins):
        self.code.append(list(ins))
        return len(self.code) - 1

    def here(self):
        return len(self.code)

    def compile(self):
        _drive(self._node(self.pattern.body, False))
        self.emit(vm.MATCH)
        code = [tuple(ins) for ins in self.code]
        _attach_follow_literals(code)
        return Program(code, self.nregs, self.ncap2)

    # -- characters --------------------------------------------------------

    def literal_key(self, node):
        """The key of a Char that can be matched as literal text, or None."""
        if type(node) is not Char:
            return None
        if self.ignore_case:
            ranges = self.sets.char(node.value)
            if len(ranges) != 1 or ranges[0][0] != ranges[0][1]:
                return None
        key = key_of(node.value)
        if self.wide and _is_surrogate(key):
            return None  # a lone surrogate must not match half a pair
        return key

    def emit_literal(self, text, back):
        self.emit(vm.STR_B if back else vm.STR, text, len(text))

    def emit_set(self, ranges, back):
        m = matcher_for(ranges, self.unicode)
        wide = self.wide and m.may_match_surrogate()
        if m.single is not None and not (self.wide and _is_surrogate(m.single)):
            self.emit_literal(m.single, back)
        elif wide:
            self.emit(vm.SETW_B if back else vm.SETW, m.memo, m.fill)
        else:
            self.emit(vm.SET_B if back else vm.SET, m.memo, m.fill)

    def emit_run(self, ranges, q, back):
        m = matcher_for(ranges, self.unicode)
        wide = self.wide and m.may_match_surrogate()
        mx = q.max
        if back:
            self.emit(vm.RUN_X, m, q.min, mx, q.greedy, wide)
        elif not q.greedy:
            self.emit(vm.RUN_L, m, q.min, mx, None, 0, wide)
        elif wide:
            self.emit(vm.RUN_GW, m, q.min, mx, None, 0)
        else:
            rx = m.run_matcher(mx, False)
            if rx is None:
                rx = _EMPTY_RUN
            self.emit(vm.RUN_G, rx, q.min, mx, None, 0)

    # -- the walk ------------------------------------------------------------

    def _node(self, node, back):
        t = type(node)
        if t is Disjunction:
            yield from self._disjunction(node, back)
        elif t is Alternative:
            yield from self._alternative(node, back)
        elif t in _SINGLE:
            self.emit_set(self.sets.atom(node), back)
        elif t is Group:
            if node.index is None:
                yield self._node(node.body, back)
            else:
                reg = self.ncap2 + node.index
                self.emit(vm.GOPEN, reg)
                self.open_groups.add(node.index)
                yield self._node(node.body, back)
                self.open_groups.discard(node.index)
                self.emit(vm.GCLOSE_B if back else vm.GCLOSE, 2 * node.index, reg)
        elif t is Quantifier:
            yield from self._quantifier(node, back)
        elif t is Assertion:
            self._assertion(node)
        elif t is BackReference:
            if node.index in self.open_groups:
                # Inside the group it refers to, which is then always
                # undefined: matches empty.  V8 compiles it to nothing, so
                # it does not even make the surrogate pair check below.
                return
            if self.canon is None and self.ignore_case:
                canon = U.case_classes(self.unicode).canon
                self.canon = {key_of(c): key_of(k) for c, k in canon.items()}
            self.emit(vm.BACKREF, 2 * node.index, self.ignore_case, back,
                      self.wide, self.canon)
        elif t is Lookaround:
            reg = self.new_reg()
            at = self.emit(vm.LOOK, reg, node.negative, None)
            yield self._node(node.body, node.behind)
            self.emit(vm.LOOK_END, reg, node.negative)
            self.code[at][3] = self.here()
        else:  # pragma: no cover
            raise TypeError("unknown RegExp node %r" % (node,))

    def _disjunction(self, node, back):
        alts = node.alternatives
        if len(alts) == 1:
            yield self._node(alts[0], back)
            return
        union = self.sets.alternatives(node)
        if union is not None:
            # a|b|[cd]: one set (same result: each alternative is one
            # character with no side effects).
            self.emit_set(union, back)
            return
        jumps = []
        for i, alt in enumerate(alts):
            if i < len(alts) - 1:
                split = self.emit(vm.SPLIT, None)
                yield self._node(alt, back)
                jumps.append(self.emit(vm.JMP, None))
                self.code[split][1] = self.here()
            else:
                yield self._node(alt, back)
        for j in jumps:
            self.code[j][1] = self.here()

    def _alternative(self, node, back):
        terms = node.terms[::-1] if back else node.terms
        text = []
        for term in terms:
            key = self.literal_key(term)
            if key is not None:
                text.append(key)
                continue
            if text:
                self.emit_literal("".join(text[::-1] if back else text), back)
                text = []
            yield self._node(term, back)
        if text:
            self.emit_literal("".join(text[::-1] if back else text), back)

    def _assertion(self, node):
        kind = node.kind
        if kind == Assertion.START:
            self.emit(vm.BOL_M if self.multiline else vm.BOL)
        elif kind == Assertion.END:
            self.emit(vm.EOL_M if self.multiline else vm.EOL)
        else:
            if self.words is None:
                self.words = word_units(self.unicode, self.ignore_case)
            self.emit(vm.WORDB, self.words, kind == Assertion.NOT_WORD_BOUNDARY)

    def _quantifier(self, q, back):
        if q.max == 0:
            return  # RepeatMatcher with max 0: straight to the continuation
        if q.min == 1 and q.max == 1:
            # The captures inside are undefined before the only iteration,
            # and a required iteration has no empty check: just the atom.
            yield self._node(q.body, back)
            return
        ranges = self.sets.atom(q.body) if type(q.body) in _SINGLE or (
            type(q.body) is Group and q.body.index is None) else None
        if ranges is not None:
            self.emit_run(ranges, q, back)
            return
        cnt = self.new_reg()
        start = self.new_reg()
        self.emit(vm.Q_INIT, cnt)
        loop = self.emit(vm.Q_LOOP, cnt, q.min, q.max, q.greedy, None, None)
        enter = self.emit(vm.Q_ENTER, start, 2 * (q.paren_index + 1),
                          2 * (q.paren_index + q.paren_count + 1), None)
        self.code[loop][6] = enter
        self.code[enter][4] = self.here()
        yield self._node(q.body, back)
        self.emit(vm.Q_END, cnt, start, q.min, loop)
        self.code[loop][5] = self.here()


class _EmptyRun:
    """Stand-in run matcher for an empty set: a run of length 0."""

    class _M:
        __slots__ = ("_end",)

        def end(self):
            return self._end

    def __call__(self, s, pos):
        m = self._M()
        m._end = pos
        return m


_EMPTY_RUN = _EmptyRun()

# Instructions that do not move, cannot fail and cannot branch: a run may
# look through them for the literal that must follow it.
_TRANSPARENT = (vm.GOPEN, vm.GCLOSE)


def _attach_follow_literals(code):
    """A forward run followed by a literal only needs to stop where the
    literal occurs: record the literal in RUN_G / RUN_GW / unbounded RUN_L
    (the VM then jumps with rfind / find instead of trying each position;
    the skipped positions would fail at the literal with no side effect)."""
    for i, ins in enumerate(code):
        op = ins[0]
        if op not in (vm.RUN_G, vm.RUN_GW, vm.RUN_L):
            continue
        j = i + 1
        seen = 0
        while code[j][0] in _TRANSPARENT or code[j][0] == vm.JMP:
            j = code[j][1] if code[j][0] == vm.JMP else j + 1
            seen += 1
            if seen > 64:
                break
        nxt = code[j]
        if nxt[0] != vm.STR:
            continue
        lit = nxt[1]
        if op == vm.RUN_L:
            if ins[3] is not None:
                continue
            code[i] = ins[:4] + (lit, len(lit)) + ins[6:]
        else:
            code[i] = ins[:4] + (lit, len(lit))


def compile_program(pattern, flags, wide):
    return Compiler(pattern, flags, wide).compile()


# -- analysis for the search loop ---------------------------------------------


def first_chars(pattern, flags):
    """The characters a match can start with, as ranges, or None when
    unknown or when the pattern can match the empty string."""
    sets = SetBuilder(flags)

    def walk(node):
        t = type(node)
        if t in _SINGLE:
            return sets.atom(node), False
        if t is Assertion or t is Lookaround:
            return [], True
        if t is BackReference:
            return None, True
        if t is Group:
            return (yield walk(node.body))
        if t is Quantifier:
            if node.max == 0:
                return [], True
            got, nullable = yield walk(node.body)
            return got, nullable or node.min == 0
        if t is Disjunction:
            acc, nullable = [], False
            for alt in node.alternatives:
                got, n = yield walk(alt)
                acc = None if acc is None or got is None else U.union(acc, got)
                nullable = nullable or n
            return acc, nullable
        # Alternative
        acc = []
        for term in node.terms:
            got, n = yield walk(term)
            acc = None if acc is None or got is None else U.union(acc, got)
            if not n:
                return acc, False
        return acc, True

    ranges, nullable = _drive(walk(pattern.body))
    if nullable or ranges is None:
        return None
    return ranges

