"""String.prototype methods that work on code units and Unicode text
(ECMA-262 22.1.3), without the RegExp-delegating ones (string_regexp.py),
the iterator (string_iterator.py) and the Annex B HTML methods
(string_html.py).

Every method is `fn(this, args)`; the receiver is coerced with
`this_string` (RequireObjectCoercible + ToString) before the arguments
are converted, in the spec's order, since those conversions can run JS
code."""

import math
import unicodedata

from minijs.builtins.string_common import (
    check_length, is_regexp, this_string, this_string_value)
from minijs.builtins.string_unicode import (
    code_point_at, is_well_formed, locale_compare, text_to_utf16,
    to_well_formed, utf16_to_text)
from minijs.builtins.support import arg
from minijs.runtime import errors
from minijs.runtime.dtoa import number_to_string
from minijs.runtime.operations import to_integer, to_length, to_number, to_string
from minijs.runtime.strtod import WHITESPACE_CHARS
from minijs.runtime.values import UNDEFINED

__all__ = ["METHODS"]


def _clamp(n, lo, hi):
    return lo if n < lo else hi if n > hi else int(n)


def _relative(v, size, default):
    """A relative index argument (negative counts from the end) clamped to
    [0, size]; `default` when v is undefined."""
    if v is UNDEFINED:
        return default
    n = to_integer(v)
    if n < 0:
        return max(size + n, 0) if n != -math.inf else 0
    return min(n, size)


def _position(v, size):
    """ToIntegerOrInfinity(v) clamped to [0, size]."""
    return _clamp(to_integer(v), 0, size)


# -- 22.1.3.1 - 22.1.3.4 --------------------------------------------------

def at(this, args):
    s = this_string(this, "at")
    n = to_integer(arg(args, 0))
    k = n if n >= 0 else len(s) + n
    if k < 0 or k >= len(s):
        return UNDEFINED
    return s[int(k)]


def char_at(this, args):
    s = this_string(this, "charAt")
    pos = to_integer(arg(args, 0))
    if pos < 0 or pos >= len(s):
        return ""
    return s[int(pos)]


def char_code_at(this, args):
    s = this_string(this, "charCodeAt")
    pos = to_integer(arg(args, 0))
    if pos < 0 or pos >= len(s):
        return math.nan
    return ord(s[int(pos)])


def code_point_at_method(this, args):
    s = this_string(this, "codePointAt")
    pos = to_integer(arg(args, 0))
    if pos < 0 or pos >= len(s):
        return UNDEFINED
    return code_point_at(s, int(pos))[0]


def concat(this, args):
    s = this_string(this, "concat")
    parts = [s]
    total = len(s)
    for a in args:
        t = to_string(a)
        total += len(t)
        parts.append(t)
    check_length(total)
    return "".join(parts)


# -- searching (22.1.3.7, .8, .9, .10, .23) ----------------------------------

def _search_string(v, name):
    if is_regexp(v):
        raise errors.type_error(
            "First argument to String.prototype.%s must not be a regular expression" % name)
    return to_string(v)


def ends_with(this, args):
    s = this_string(this, "endsWith")
    search = _search_string(arg(args, 0), "endsWith")
    end_position = arg(args, 1)
    end = len(s) if end_position is UNDEFINED else _position(end_position, len(s))
    start = end - len(search)
    if start < 0:
        return False
    return s[start:end] == search


def starts_with(this, args):
    s = this_string(this, "startsWith")
    search = _search_string(arg(args, 0), "startsWith")
    start = _position(arg(args, 1), len(s))
    return s.startswith(search, start)


def includes(this, args):
    s = this_string(this, "includes")
    search = _search_string(arg(args, 0), "includes")
    start = _position(arg(args, 1), len(s))
    return s.find(search, start) >= 0


def index_of(this, args):
    s = this_string(this, "indexOf")
    search = to_string(arg(args, 0))
    start = _position(arg(args, 1), len(s))
    return s.find(search, start)


def last_index_of(this, args):
    s = this_string(this, "lastIndexOf")
    search = to_string(arg(args, 0))
    num_pos = to_number(arg(args, 1))
    pos = math.inf if num_pos != num_pos else to_integer(num_pos)
    start = _clamp(pos, 0, len(s))
    return s.rfind(search, 0, start + len(search))


def locale_compare_method(this, args):
    # A simplified collation, not ICU's (see string_unicode.locale_compare).
    s = this_string(this, "localeCompare")
    that = to_string(arg(args, 0))
    return locale_compare(s, that)


# -- 22.1.3.13 normalize ------------------------------------------------------

_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def normalize(this, args):
    s = this_string(this, "normalize")
    form = arg(args, 0)
    f = "NFC" if form is UNDEFINED else to_string(form)
    if f not in _FORMS:
        raise errors.range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
    if s.isascii():
        return s
    return text_to_utf16(unicodedata.normalize(f, utf16_to_text(s)))


# -- 22.1.3.15 / .16 padEnd, padStart (StringPad) -----------------------------

def _pad(this, args, name, at_start):
    s = this_string(this, name)
    max_length = to_length(arg(args, 0))
    size = len(s)
    if max_length <= size:
        return s
    fill = arg(args, 1)
    filler = " " if fill is UNDEFINED else to_string(fill)
    if filler == "":
        return s
    check_length(max_length)
    fill_len = max_length - size
    reps = fill_len // len(filler) + 1
    truncated = (filler * reps)[:fill_len]
    return truncated + s if at_start else s + truncated


def pad_end(this, args):
    return _pad(this, args, "padEnd", False)


def pad_start(this, args):
    return _pad(this, args, "padStart", True)


# -- 22.1.3.17 repeat -----------------------------------------------------------

def repeat(this, args):
    s = this_string(this, "repeat")
    count = to_number(arg(args, 0))
    n = to_integer(count)
    if n < 0 or n == math.inf:
        raise errors.range_error("Invalid count value: " + number_to_string(count))
    if n == 0 or s == "":
        return ""
    check_length(len(s) * n)
    return s * int(n)


# -- 22.1.3.21 slice, 22.1.3.24 substring, B.2.2.1 substr ----------------------

def slice_method(this, args):
    s = this_string(this, "slice")
    size = len(s)
    start = _relative(arg(args, 0), size, 0)
    end = _relative(arg(args, 1), size, size)
    return s[start:end] if start < end else ""


def substring(this, args):
    s = this_string(this, "substring")
    size = len(s)
    start = _position(arg(args, 0), size)
    end_arg = arg(args, 1)
    end = size if end_arg is UNDEFINED else _position(end_arg, size)
    if start > end:
        start, end = end, start
    return s[start:end]


def substr(this, args):
    """String.prototype.substr (Annex B.2.2.1)."""
    s = this_string(this, "substr")
    size = len(s)
    start = _relative(arg(args, 0), size, 0)
    length = arg(args, 1)
    n = size if length is UNDEFINED else _clamp(to_integer(length), 0, size)
    end = min(start + n, size)
    return s[start:end] if start < end else ""


# -- case conversion (22.1.3.26 - .29) ------------------------------------------

def _lower(s):
    if s.isascii():
        return s.lower()
    return text_to_utf16(utf16_to_text(s).lower())


def _upper(s):
    if s.isascii():
        return s.upper()
    return text_to_utf16(utf16_to_text(s).upper())


def to_lower_case(this, args):
    return _lower(this_string(this, "toLowerCase"))


def to_upper_case(this, args):
    return _upper(this_string(this, "toUpperCase"))


def to_locale_lower_case(this, args):
    # The locale argument is ignored: the root locale's mapping.
    return _lower(this_string(this, "toLocaleLowerCase"))


def to_locale_upper_case(this, args):
    return _upper(this_string(this, "toLocaleUpperCase"))


def to_string_method(this, args):
    return this_string_value(this, "toString")


def value_of(this, args):
    return this_string_value(this, "valueOf")


# -- trimming (22.1.3.30 - .32, TrimString) ----------------------------------------
# V8 names trimStart/trimEnd "trimLeft"/"trimRight" in the nullish message.

def trim(this, args):
    return this_string(this, "trim").strip(WHITESPACE_CHARS)


def trim_start(this, args):
    return this_string(this, "trimLeft").lstrip(WHITESPACE_CHARS)


def trim_end(this, args):
    return this_string(this, "trimRight").rstrip(WHITESPACE_CHARS)


# -- ES2024 well-formedness ----------------------------------------------------------

def is_well_formed_method(this, args):
    return is_well_formed(this_string(this, "isWellFormed"))


def to_well_formed_method(this, args):
    return to_well_formed(this_string(this, "toWellFormed"))


# (name, function, length), in V8's property order (the RegExp ones,
# HTML ones and aliases are merged in by string.py)
METHODS = [
    ("at", at, 1),
    ("charAt", char_at, 1),
    ("charCodeAt", char_code_at, 1),
    ("codePointAt", code_point_at_method, 1),
    ("concat", concat, 1),
    ("endsWith", ends_with, 1),
    ("includes", includes, 1),
    ("indexOf", index_of, 1),
    ("isWellFormed", is_well_formed_method, 0),
    ("lastIndexOf", last_index_of, 1),
    ("localeCompare", locale_compare_method, 1),
    ("normalize", normalize, 0),
    ("padEnd", pad_end, 1),
    ("padStart", pad_start, 1),
    ("repeat", repeat, 1),
    ("slice", slice_method, 2),
    ("substr", substr, 2),
    ("substring", substring, 2),
    ("startsWith", starts_with, 1),
    ("toString", to_string_method, 0),
    ("toWellFormed", to_well_formed_method, 0),
    ("trim", trim, 0),
    ("trimStart", trim_start, 0),
    ("trimEnd", trim_end, 0),
    ("toLocaleLowerCase", to_locale_lower_case, 0),
    ("toLocaleUpperCase", to_locale_upper_case, 0),
    ("toLowerCase", to_lower_case, 0),
    ("toUpperCase", to_upper_case, 0),
    ("valueOf", value_of, 0),
]
