"""ES2022 RegExp pattern parser (22.2.1 with Annex B.1.2 when there is no
`u` flag).  Produces the AST of regexp.nodes or raises RegExpSyntaxError
with V8's message.

Groups are parsed with an explicit stack rather than recursion, so deep
nesting such as 10000 '(' cannot overflow Python's stack (V8 copes too).
Errors are reported in V8's order: the first one met left to right, except
that named references are checked at the end, since \\k<a> may refer to a
group further right.
"""

from minijs.syntax.regexp import errors as E
from minijs.syntax.regexp.classes import ClassMixin, ClassSetMixin
from minijs.syntax.regexp.escapes import EscapeMixin
from minijs.syntax.regexp.nodes import (
    Alternative, Any, Assertion, BackReference, Char, ClassEscape,
    Disjunction, Group, Lookaround, Pattern, Quantifier)
from minijs.syntax.regexp.reader import Reader

# V8 refuses more capturing groups than this ("Too many captures").
MAX_CAPTURES = 32767

_GROUP_KINDS = {":": "group", "=": "ahead", "!": "ahead"}


class _Frame:
    """A group whose ')' has not been seen yet, or the whole pattern."""

    def __init__(self, kind, parens_before, index=None, name=None, negative=False):
        self.kind = kind  # "root", "group", "capture", "ahead", "behind"
        self.parens_before = parens_before
        self.index = index
        self.name = name
        self.negative = negative
        self.alternatives = []
        self.terms = []

    def body(self):
        return Disjunction(self.alternatives + [Alternative(self.terms)])


class Parser(Reader, EscapeMixin, ClassMixin, ClassSetMixin):

    def __init__(self, pattern, flags):
        super().__init__(pattern, flags)
        self.captures = 0
        self.names = {}
        self.named_refs = []

    def parse(self):
        frame, stack = _Frame("root", 0), []
        while True:
            c = self.ch()
            if c == "":
                if stack:
                    raise self.error(E.UNTERMINATED_GROUP)
                break
            if c == "|":
                self.pos += 1
                frame.alternatives.append(Alternative(frame.terms))
                frame.terms = []
            elif c == ")":
                if not stack:
                    raise self.error(E.UNMATCHED_PAREN)
                self.pos += 1
                node = self.close_group(frame)
                parens = (frame.parens_before, self.captures - frame.parens_before)
                frame = stack.pop()
                frame.terms.append(self.quantified(node, parens))
            elif c == "(":
                stack.append(frame)
                frame = self.open_group()
            else:
                before = self.captures
                atom = self.atom()
                if isinstance(atom, Assertion):
                    # Not quantifiable; a following '*' is "Nothing to repeat".
                    frame.terms.append(atom)
                else:
                    frame.terms.append(self.quantified(atom, (before, 0)))
        self.resolve_named_refs()
        names = dict(sorted(self.names.items(), key=lambda kv: kv[1]))
        return Pattern(frame.body(), self.captures, names, self.flags)

    # -- groups ------------------------------------------------------------

    def open_group(self):
        """At '(': read the group's opening and return its frame."""
        before = self.captures
        if not self.eat("(?"):
            self.pos += 1
            return _Frame("capture", before, self.new_capture())
        c = self.ch()
        if c in _GROUP_KINDS:
            self.pos += 1
            return _Frame(_GROUP_KINDS[c], before, negative=c == "!")
        if c == "<" and self.ch(1) in ("=", "!"):
            self.pos += 2
            return _Frame("behind", before, negative=self.src[self.pos - 1] == "!")
        if c == "<":
            self.pos += 1
            index = self.new_capture()
            return _Frame("capture", before, index, self.group_name())
        raise self.error(E.INVALID_GROUP)

    def new_capture(self):
        if self.captures >= MAX_CAPTURES:
            raise self.error(E.TOO_MANY_CAPTURES)
        self.captures += 1
        return self.captures

    def close_group(self, frame):
        """The node for `frame` at its ')'.  Like V8, a duplicate name is
        reported here, when the second group with it closes."""
        body = frame.body()
        if frame.kind in ("ahead", "behind"):
            return Lookaround(frame.kind == "behind", frame.negative, body)
        if frame.name is not None:
            if frame.name in self.names:
                raise self.error(E.DUPLICATE_CAPTURE_GROUP_NAME)
            self.names[frame.name] = frame.index
        return Group(frame.index, frame.name, body)

    def resolve_named_refs(self):
        for ref in self.named_refs:
            if ref.name not in self.names:
                raise self.error(E.INVALID_NAMED_CAPTURE_REFERENCED)
            ref.index = self.names[ref.name]

    # -- quantifiers -------------------------------------------------------

    def quantified(self, atom, parens):
        """`atom` with the quantifier that follows it, if any."""
        c = self.ch()
        if c in ("*", "+", "?"):
            self.pos += 1
            low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
        elif c == "{":
            bounds = self.braced_quantifier()
            if bounds is None:
                if self.unicode:
                    raise self.error(E.INCOMPLETE_QUANTIFIER)
                return atom  # Annex B: '{' is then a literal character.
            low, high = bounds
            if high is not None and high < low:
                raise self.error(E.RANGE_OUT_OF_ORDER)
        else:
            return atom
        greedy = not self.eat("?")
        if isinstance(atom, Lookaround) and (self.unicode or atom.behind):
            # Annex B only lets lookaheads be quantified, and only without u.
            raise self.error(E.INVALID_QUANTIFIER)
        return Quantifier(low, high, greedy, atom, parens[0], parens[1])

    def braced_quantifier(self):
        """At '{': {n}, {n,} or {n,m} -> (n, m or None), consumed; else
        None with nothing consumed."""
        start = self.pos
        self.pos += 1
        low = self.decimal()
        if low is not None:
            high = low
            if self.eat(","):
                high = self.decimal()
            if self.eat("}"):
                return low, high
        self.pos = start
        return None

    # -- atoms -------------------------------------------------------------

    def atom(self):
        """One atom or assertion (not '(' / ')' / '|', handled by parse)."""
        c = self.ch()
        if c in ("^", "$"):
            self.pos += 1
            return Assertion(c)
        if c == ".":
            self.pos += 1
            return Any()
        if c == "[":
            return self.char_class()
        if c == "\\":
            return self.atom_escape()
        if c in ("*", "+", "?"):
            raise self.error(E.NOTHING_TO_REPEAT)
        if c == "{":
            if self.braced_quantifier() is not None:
                raise self.error(E.NOTHING_TO_REPEAT)
            if self.unicode:
                raise self.error(E.LONE_QUANTIFIER_BRACKETS)
        elif c in ("}", "]") and self.unicode:
            raise self.error(E.LONE_QUANTIFIER_BRACKETS)
        return Char(self.take_char())

    def atom_escape(self):
        """At a backslash outside a class."""
        c = self.ch(1)
        if c == "":
            raise self.error(E.ESCAPE_AT_END)
        if c in ("b", "B"):
            self.pos += 2
            return Assertion("\\" + c)
        if "1" <= c <= "9":
            ref = self.back_reference()
            if ref is not None:
                return ref
            if self.unicode:
                raise self.error(E.INVALID_ESCAPE)
            if c in ("8", "9"):  # Annex B: \8 and \9 are identity escapes
                self.pos += 2
                return Char(ord(c))
            self.pos += 1
            return Char(self.legacy_octal())
        if c == "0":
            if self.unicode:
                self.pos += 2
                if "0" <= self.ch() <= "9":
                    raise self.error(E.INVALID_DECIMAL_ESCAPE)
                return Char(0)
            self.pos += 1
            return Char(self.legacy_octal())
        if c == "k" and (self.unicode or self.has_named_groups()):
            self.pos += 2
            if not self.eat("<"):
                raise self.error(E.INVALID_NAMED_REFERENCE)
            ref = BackReference(0, self.group_name())
            self.named_refs.append(ref)
            return ref
        if c in "dDsSwW":
            self.pos += 2
            return ClassEscape(c)
        if c in "pP" and self.unicode:
            return self.property_escape(in_class=False)
        return Char(self.character_escape(in_class=False))

    def back_reference(self):
        """At \\N: a BackReference if N (all its digits) is at most the
        number of groups in the whole pattern, else None, nothing consumed."""
        start = self.pos
        self.pos += 1
        number = self.decimal()
        if number <= self.total_captures():
            return BackReference(number)
        self.pos = start
        return None


def parse_pattern(pattern, flags=""):
    """Parse the text of a pattern (UTF-16 units, as between the slashes of
    a literal or given to `new RegExp`) into a nodes.Pattern.

    Raises RegExpSyntaxError with node's message, e.g.
    "Invalid regular expression: /(/: Unterminated group".
    """
    E.validate_flags(flags)
    return Parser(pattern, flags).parse()
