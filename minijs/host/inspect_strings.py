"""String helpers of node's util.inspect: quoting and escaping of JS
strings (strEscape), display width (getStringWidth) and the conversion of
UTF-16 code-unit strings to real text at output time.

Why a module of its own: every other inspect module formats JS strings,
which in minijs are Python strs of UTF-16 code units (astral characters
are surrogate pairs).  Everything here works on code units, exactly as
node's JavaScript does; only `to_output_text` produces real text.
"""

import re
import unicodedata

__all__ = ["str_escape", "escape_key_text", "to_output_text", "string_width",
           "KEY_IDENT"]

# node's `meta` table: the escape of each code unit below 0xA0 that needs one.
_META = {}
for _c in range(0x20):
    _META[_c] = "\\x%02X" % _c
_META.update({8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r",
              39: "\\'", 92: "\\\\"})
for _c in range(0x7F, 0xA0):
    _META[_c] = "\\x%02X" % _c

# Code units escaped inside quotes: controls, DEL and C1, the backslash,
# the quote (only when the quote is ') and lone surrogates.
_ESCAPE_WITH_QUOTE = re.compile(
    r"[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])"
    r"|(?<![\ud800-\udbff])[\udc00-\udfff]")
_ESCAPE_NO_QUOTE = re.compile(
    r"[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])"
    r"|(?<![\ud800-\udbff])[\udc00-\udfff]")

KEY_IDENT = re.compile(r"[a-zA-Z_][a-zA-Z_0-9]*\Z")


def _escape_unit(m):
    c = ord(m.group())
    e = _META.get(c)
    return e if e is not None else "\\u%x" % c


def str_escape(s):
    """strEscape: `s` quoted for display inside a container.  Single
    quotes by default; a string containing ' uses " when it has none, else
    ` when it has neither ` nor "${", else ' with \\' escapes."""
    pattern = _ESCAPE_WITH_QUOTE
    quote = "'"
    if "'" in s:
        if '"' not in s:
            quote = '"'
        elif "`" not in s and "${" not in s:
            quote = "`"
        if quote != "'":
            pattern = _ESCAPE_NO_QUOTE
    return quote + pattern.sub(_escape_unit, s) + quote


def escape_key_text(s):
    """The escaping node applies to symbol descriptions and non-enumerable
    keys shown in brackets (strEscapeSequencesReplacer, quote included)."""
    return _ESCAPE_WITH_QUOTE.sub(_escape_unit, s)


_SURROGATES = re.compile(r"[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")


def _pair(m):
    t = m.group()
    if len(t) == 2:
        return chr(0x10000 + ((ord(t[0]) - 0xD800) << 10) + (ord(t[1]) - 0xDC00))
    return "\ufffd"


def to_output_text(s):
    """A UTF-16 code-unit string as real text, the way node writes it to
    stdout: surrogate pairs joined, lone surrogates as U+FFFD."""
    if s.isascii():
        return s
    return _SURROGATES.sub(_pair, s)


def _char_width(ch):
    """Columns of one code point (node's ICU-based getStringWidth)."""
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cc") or (cat == "Cf" and ch != "\u00ad"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def string_width(s):
    """getStringWidth(str, removeControlChars=false): columns the string
    takes in a terminal; ASCII counts 1 per printable unit."""
    if s.isascii():
        n = 0
        for ch in s:
            if ch >= " ":
                n += 1
        return n
    text = unicodedata.normalize("NFC", to_output_text(s))
    return sum(_char_width(ch) for ch in text)
