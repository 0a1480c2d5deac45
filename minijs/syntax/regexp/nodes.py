"""AST of a RegExp pattern (ES2022 22.2.1), built by regexp.parser.

Characters are integers: code points when the `u` flag is on (a surrogate
pair in the source, or an escaped pair `\\uD83D\\uDE00`, is one value), and
UTF-16 code units without it.  Group names are JS strings (Python str of
UTF-16 units, like every JS string in minijs).

Every node is a dataclass, so nodes compare by value and print readably,
which the tests rely on.
"""

from dataclasses import dataclass, field


@dataclass(slots=True)
class Disjunction:
    """alternatives[0] | alternatives[1] | ... (always at least one)."""
    alternatives: list


@dataclass(slots=True)
class Alternative:
    """A sequence of terms matched one after the other (may be empty)."""
    terms: list


@dataclass(slots=True)
class Char:
    """One literal character (code point in u mode, else code unit)."""
    value: int


@dataclass(slots=True)
class Any:
    """`.`: any character but line terminators (all of them with `s`)."""


@dataclass(slots=True)
class Assertion:
    """A zero-width assertion; `kind` is one of the constants below.
    What ^ and $ match depends on the `m` flag, decided when matching."""
    kind: str

    START = "^"
    END = "$"
    WORD_BOUNDARY = "\\b"
    NOT_WORD_BOUNDARY = "\\B"


@dataclass(slots=True)
class Lookaround:
    """(?=body) (?!body) (?<=body) (?<!body)."""
    behind: bool
    negative: bool
    body: Disjunction


@dataclass(slots=True)
class Group:
    """(body) when `index` is set (1-based capture number; `name` for
    (?<name>body)), else the non-capturing (?:body)."""
    index: int | None
    name: str | None
    body: Disjunction

    @property
    def capturing(self):
        return self.index is not None


@dataclass(slots=True)
class BackReference:
    """\\N or \\k<name>.  The parser resolves names, so `index` is always
    the referenced group's number; `name` is kept for \\k<name>."""
    index: int
    name: str | None = None


@dataclass(slots=True)
class Quantifier:
    """body{min,max}; max None means unbounded; greedy False for `?`-suffixed.

    paren_index / paren_count are the spec's parenIndex and parenCount
    (RepeatMatcher): the captures before the quantified atom and inside it,
    which must be reset on each iteration.
    """
    min: int
    max: int | None
    greedy: bool
    body: object
    paren_index: int = 0
    paren_count: int = 0


@dataclass(slots=True)
class ClassRange:
    """lo-hi inside [...]; a single character is ClassRange(c, c)."""
    lo: int
    hi: int


@dataclass(slots=True)
class ClassEscape:
    """\\d \\D \\s \\S \\w \\W, as an atom or as an item of a class;
    `kind` is the letter."""
    kind: str


@dataclass(slots=True)
class UnicodeProperty:
    """\\p{...} / \\P{...} (u mode only), with canonical names:
    \\p{Lu} -> ("General_Category", "Uppercase_Letter"),
    \\p{scx=Grek} -> ("Script_Extensions", "Greek"),
    \\p{Alpha} -> ("Alphabetic", None).  Also an item of a class."""
    name: str
    value: str | None
    negated: bool


@dataclass(slots=True)
class CharClass:
    """[items] or [^items].  Items are ClassRange, ClassEscape and
    UnicodeProperty.  Without `u`, a range with a class escape at an end
    ([\\d-z]) stays three items: \\d, '-' and 'z' (Annex B).  With `v`
    (ES2024 unicodeSets) items may also be nested CharClass,
    ClassStrings and one ClassSetOperation."""
    items: list
    negated: bool


@dataclass(slots=True)
class ClassStrings:
    """\\q{abc|d|} inside a `v` class: each string a tuple of code points."""
    strings: list


@dataclass(slots=True)
class ClassSetOperation:
    """A `v` class body A&&B&&C ("intersection") or A--B--C
    ("subtraction"); operands are class items (ranges are not allowed)."""
    kind: str
    operands: list


@dataclass(slots=True)
class Pattern:
    """The root.  group_count is the number of capturing groups;
    group_names maps each name to its group number, in group order."""
    body: Disjunction
    group_count: int
    group_names: dict = field(default_factory=dict)
    flags: str = ""

    @property
    def unicode(self):
        return "u" in self.flags or "v" in self.flags
