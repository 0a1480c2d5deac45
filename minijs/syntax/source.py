"""Source text as JavaScript sees it.

Invariant: minijs holds JavaScript source and JavaScript string values as
Python `str` of UTF-16 *code units*: a character outside the BMP is stored
as its surrogate pair.  So `len()` and offsets agree with JS (`'😀'.length
=== 2`) and with acorn's `start`/`end`/`column`.  `to_display` turns such a
string back into ordinary text for output.
"""

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_LINE_TERMINATOR = re.compile("\r\n|[\n\r\u2028\u2029]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _split_astral(match):
    cp = ord(match.group()) - 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def to_utf16_units(text):
    """`text` with every astral character replaced by its surrogate pair."""
    if _ASTRAL.search(text) is None:
        return text
    return _ASTRAL.sub(_split_astral, text)


def _join_pair(match):
    hi, lo = match.group()
    return chr(0x10000 + ((ord(hi) - 0xD800) << 10) + (ord(lo) - 0xDC00))


def to_display(units):
    """Inverse of `to_utf16_units`: pairs become characters again; lone
    surrogates are left as they are (callers that encode must escape them)."""
    if not _SURROGATE_PAIR.search(units):
        return units
    return _SURROGATE_PAIR.sub(_join_pair, units)


def decode_source_bytes(data):
    """Bytes of a .js file -> str (UTF-8, BOM stripped). Invalid UTF-8 is
    decoded with U+FFFD like node does, so that any file can be reported on."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8", errors="replace")


class LineTable:
    """Offset -> (line, column) for a source, honouring LF, CR, CRLF, LS, PS."""

    def __init__(self, source):
        self.source = source
        self.starts = [0] + [m.end() for m in _LINE_TERMINATOR.finditer(source)]

    def position(self, offset):
        """1-based line, 0-based column of `offset`."""
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1]

    def line_text(self, line):
        """The text of 1-based `line`, without its terminator."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.source)
        text = self.source[start:end]
        return text.rstrip("\r\n\u2028\u2029")
