"""RegExpSyntaxError, V8's message texts, and flag validation."""

# V8's wording (regexp-error.h), so that minijs errors read like node's.
UNTERMINATED_GROUP = "Unterminated group"
UNMATCHED_PAREN = "Unmatched ')'"
ESCAPE_AT_END = "\\ at end of pattern"
INVALID_PROPERTY_NAME = "Invalid property name"
INVALID_ESCAPE = "Invalid escape"
INVALID_DECIMAL_ESCAPE = "Invalid decimal escape"
INVALID_UNICODE_ESCAPE = "Invalid Unicode escape"
NOTHING_TO_REPEAT = "Nothing to repeat"
LONE_QUANTIFIER_BRACKETS = "Lone quantifier brackets"
RANGE_OUT_OF_ORDER = "numbers out of order in {} quantifier"
INCOMPLETE_QUANTIFIER = "Incomplete quantifier"
INVALID_QUANTIFIER = "Invalid quantifier"
INVALID_GROUP = "Invalid group"
TOO_MANY_CAPTURES = "Too many captures"
INVALID_CAPTURE_GROUP_NAME = "Invalid capture group name"
DUPLICATE_CAPTURE_GROUP_NAME = "Duplicate capture group name"
INVALID_NAMED_REFERENCE = "Invalid named reference"
INVALID_NAMED_CAPTURE_REFERENCED = "Invalid named capture referenced"
INVALID_CLASS_ESCAPE = "Invalid class escape"
INVALID_CLASS_PROPERTY_NAME = "Invalid property name in character class"
INVALID_CHARACTER_CLASS = "Invalid character class"
UNTERMINATED_CHARACTER_CLASS = "Unterminated character class"
OUT_OF_ORDER_CHARACTER_CLASS = "Range out of order in character class"
INVALID_FLAGS = "Invalid regular expression flags"
NEGATED_CLASS_STRINGS = "Negated character class may contain strings"
INVALID_SET_OPERATION = "Invalid set operation in character class"
INVALID_CLASS_CHARACTER = "Invalid character in character class"

# The flags in RegExp.prototype.flags order; 'v' (unicodeSets, ES2024)
# excludes 'u'.
VALID_FLAGS = "dgimsuvy"


class RegExpSyntaxError(Exception):
    """A pattern or flags string that is not a valid ES2022 RegExp.

    `message` is the whole text node prints, e.g.
    "Invalid regular expression: /(/: Unterminated group";
    `reason` is the last part alone ("Unterminated group").
    """

    def __init__(self, message, reason=None):
        super().__init__(message)
        self.message = message
        self.reason = reason if reason is not None else message

    def __str__(self):
        return self.message


def pattern_error(pattern, flags, reason):
    """The error V8 reports for `reason` in /pattern/flags.

    The flags are shown as given: a literal /(/ug prints "ug" like V8 does;
    the RegExp constructor should pass canonical_flags() to match node's
    `new RegExp("(", "ug")`, which prints "gu".
    """
    return RegExpSyntaxError(
        f"Invalid regular expression: /{pattern}/{flags}: {reason}", reason)


def validate_flags(flags):
    """Raise RegExpSyntaxError unless `flags` is a set of ES2022 flags."""
    if any(f not in VALID_FLAGS for f in flags) or len(set(flags)) != len(flags) \
            or ("u" in flags and "v" in flags):
        raise RegExpSyntaxError(INVALID_FLAGS)


def canonical_flags(flags):
    """`flags` in the order RegExp.prototype.flags uses ("dgimsuvy")."""
    return "".join(f for f in VALID_FLAGS if f in flags)
