"""Conversions between JS strings (Python str of UTF-16 code units) and
real Unicode text, for the String methods that need Unicode semantics
(case mapping, normalization, iteration by code point, localeCompare).

Why: the engine stores '😀' as two surrogate units so that `length` and
indices are JS's; Python's str.upper() / unicodedata only understand real
code points, so such methods convert there and back.  Lone surrogates
survive both directions unchanged.
"""

import unicodedata

__all__ = [
    "code_point_at", "utf16_to_text", "text_to_utf16", "code_point_to_utf16",
    "is_well_formed", "to_well_formed", "locale_compare",
]


def code_point_at(s, pos):
    """CodePointAt (ECMA-262 11.1.4): (code point, code unit count,
    is unpaired surrogate) of the code point starting at index pos."""
    first = ord(s[pos])
    if first < 0xD800 or first > 0xDFFF:
        return first, 1, False
    if first > 0xDBFF or pos + 1 == len(s):
        return first, 1, True
    second = ord(s[pos + 1])
    if second < 0xDC00 or second > 0xDFFF:
        return first, 1, True
    return (first - 0xD800) * 0x400 + (second - 0xDC00) + 0x10000, 2, False


def code_point_to_utf16(cp):
    """UTF16EncodeCodePoint (11.1.1) as a JS string."""
    if cp < 0x10000:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def _has_surrogate(s):
    for c in s:
        if "\ud800" <= c <= "\udfff":
            return True
    return False


def utf16_to_text(s):
    """The real text of a JS string: surrogate pairs become one astral
    character; lone surrogates stay as they are."""
    if not _has_surrogate(s):
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        cp, size, _ = code_point_at(s, i)
        out.append(chr(cp))
        i += size
    return "".join(out)


def text_to_utf16(t):
    """A real text as a JS string: astral characters become pairs."""
    if all(ord(c) < 0x10000 for c in t):
        return t
    return "".join(code_point_to_utf16(ord(c)) for c in t)


def is_well_formed(s):
    """IsStringWellFormedUnicode (7.2.9): no lone surrogate."""
    i = 0
    n = len(s)
    while i < n:
        _, size, unpaired = code_point_at(s, i)
        if unpaired:
            return False
        i += size
    return True


def to_well_formed(s):
    """String.prototype.toWellFormed: lone surrogates become U+FFFD."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        _, size, unpaired = code_point_at(s, i)
        out.append("\ufffd" if unpaired else s[i:i + size])
        i += size
    return "".join(out)


# -- localeCompare ------------------------------------------------------------

def _collation_key(s):
    """A three-level key approximating the root collation of ICU (what
    node's localeCompare uses): primary = base letters without accents or
    case, with white space and punctuation before digits before letters;
    secondary = accents; tertiary = case (lower before upper)."""
    text = unicodedata.normalize("NFD", utf16_to_text(s))
    primary = []
    secondary = []
    tertiary = []
    for c in text:
        if unicodedata.combining(c):
            secondary.append(ord(c))
            continue
        folded = c.casefold()
        if c.isspace():
            cls = 0
        elif c.isdigit():
            cls = 2
        elif c.isalpha():
            cls = 3
        else:
            cls = 1
        for f in folded:
            primary.append((cls, ord(f)))
        secondary.append(0)
        tertiary.append(1 if c != c.lower() else 0)
    return primary, secondary, tertiary


def locale_compare(a, b):
    """-1, 0 or 1: a simplified locale-independent collation (see
    _collation_key), not ICU's full table; canonically equivalent strings
    give 0, other ties fall back to code point order."""
    if a == b:
        return 0
    ka = _collation_key(a)
    kb = _collation_key(b)
    if ka != kb:
        return -1 if ka < kb else 1
    na = unicodedata.normalize("NFD", utf16_to_text(a))
    nb = unicodedata.normalize("NFD", utf16_to_text(b))
    if na == nb:
        return 0            # canonically equivalent
    return -1 if na < nb else 1
