"""Escapes shared by atoms and classes: CharacterEscape, \\u escapes, group
names and \\p{...}.  A mixin of the pattern parser (it needs the Reader).

Without `u`, the Annex B leniencies apply: unknown escapes are identity
escapes, \\x / \\u without enough hex digits mean 'x' / 'u', octal escapes,
and `\\c` without a control letter is a literal backslash.
"""

import bisect
import re

from minijs.syntax import unicode_id
from minijs.syntax.regexp import errors as E
from minijs.syntax.regexp import unicode_props
from minijs.syntax.regexp.nodes import CharClass, ClassStrings, UnicodeProperty
from minijs.syntax.regexp.reader import is_lead, is_trail, join_pair

_CONTROL_ESCAPES = {"f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09, "v": 0x0B}
# What u mode may escape outside \c, \x, \u...: SyntaxCharacter and '/'.
_SYNTAX_OR_SLASH = frozenset("^$\\.*+?()[]{}|/")
# \p{Name} or \p{Name=Value}; the names are checked against the tables.
_PROPERTY = re.compile(r"\{([A-Za-z0-9_]*)(?:=([A-Za-z0-9_]*))?\}")
# Properties of strings (`v` flag) whose value needs no emoji data file:
# a keycap base, VS16, COMBINING ENCLOSING KEYCAP.  (RGI_Emoji and the
# other sequence properties are not available: they are SyntaxErrors.)
_STRING_PROPERTIES = {
    "Emoji_Keycap_Sequence": [(ord(c), 0xFE0F, 0x20E3) for c in "#*0123456789"],
}


class EscapeMixin:

    def character_escape(self, in_class):
        """At a backslash: parse a CharacterEscape (or, without `u`, an
        Annex B identity / octal escape) and return its value."""
        c = self.ch(1)
        if c in _CONTROL_ESCAPES:
            self.pos += 2
            return _CONTROL_ESCAPES[c]
        if c == "c":
            return self._control_letter(in_class)
        if c == "0" and not ("0" <= self.ch(2) <= "9"):
            self.pos += 2
            return 0
        if "0" <= c <= "7":
            # Decimal escapes that are not back references (only reachable
            # inside classes, or for octal-looking \N outside them).
            if self.unicode:
                raise self.error(E.INVALID_CLASS_ESCAPE)
            self.pos += 1
            return self.legacy_octal()
        if c == "x":
            self.pos += 2
            value = self.hex_digits(2)
            if value is not None:
                return value
            if self.unicode:
                raise self.error(E.INVALID_ESCAPE)
            return ord("x")
        if c == "u":
            self.pos += 2
            value = self.unicode_escape_body(self.unicode)
            if value is not None:
                return value
            if self.unicode:
                raise self.error(E.INVALID_UNICODE_ESCAPE)
            return ord("u")
        return self._identity_escape(c, in_class)

    def _control_letter(self, in_class):
        letter = self.ch(2)
        if letter.isascii() and letter.isalpha():
            self.pos += 3
            return ord(letter) & 0x1F
        if self.unicode:
            raise self.error(E.INVALID_UNICODE_ESCAPE)
        if in_class and (letter.isdigit() and letter.isascii() or letter == "_"):
            # Annex B ClassControlLetter: [\c1] [\c_].
            self.pos += 3
            return ord(letter) & 0x1F
        # Annex B: the backslash is a literal; 'c' is read next as itself.
        self.pos += 1
        return ord("\\")

    def _identity_escape(self, c, in_class):
        if self.unicode:
            if c not in _SYNTAX_OR_SLASH:
                raise self.error(E.INVALID_ESCAPE)
        elif c == "k" and self.has_named_groups():
            # With named groups, \k is never an identity escape; outside a
            # class it was taken as \k<name> already, so this is [\k].
            raise self.error(E.INVALID_ESCAPE)
        self.pos += 1
        return self.take_char()

    def legacy_octal(self):
        """Annex B LegacyOctalEscapeSequence at an octal digit: at most
        \\377, so '\\400' is '\\40' followed by '0'."""
        value = ord(self.ch()) - 48
        self.pos += 1
        if "0" <= self.ch() <= "7":
            value = value * 8 + ord(self.ch()) - 48
            self.pos += 1
            if value < 32 and "0" <= self.ch() <= "7":
                value = value * 8 + ord(self.ch()) - 48
                self.pos += 1
        return value

    def unicode_escape_body(self, unicode):
        """After `\\u`: XXXX, or with `unicode` also {X...} and a
        \\uLEAD\\uTRAIL pair joined into one code point.  Returns the value,
        or None (consuming nothing) if the escape is malformed."""
        start = self.pos
        if unicode and self.eat("{"):
            end = self.src.find("}", self.pos)
            digits = self.src[self.pos:end] if end >= 0 else ""
            if digits and all(d in "0123456789abcdefABCDEF" for d in digits):
                if int(digits, 16) <= 0x10FFFF:
                    self.pos = end + 1
                    return int(digits, 16)
            self.pos = start
            return None
        value = self.hex_digits(4)
        if value is None:
            return None
        if unicode and is_lead(value) and self.src.startswith("\\u", self.pos):
            self.pos += 2
            trail = self.hex_digits(4)
            if trail is not None and is_trail(trail):
                return join_pair(value, trail)
            self.pos -= 2 if trail is None else 6
        return value

    def group_name(self):
        """After `<`: a RegExpIdentifierName and the closing `>`; returns the
        name as UTF-16 units.  Surrogate pairs and \\u{...} work in names
        with and without `u` (ES2020)."""
        units = []
        while True:
            cp = self.take_char(join_surrogates=True) if not self.at_end() else -1
            if cp == 0x5C and self.eat("u"):
                cp = self.unicode_escape_body(True)
                if cp is None:
                    raise self.error(E.INVALID_UNICODE_ESCAPE)
            elif cp == 0x5C:
                raise self.error(E.INVALID_CAPTURE_GROUP_NAME)
            elif cp == 0x3E and units:
                return "".join(units)
            if not (is_id_continue(cp) if units else is_id_start(cp)):
                raise self.error(E.INVALID_CAPTURE_GROUP_NAME)
            units.append(_units(cp))

    def property_escape(self, in_class):
        """At `\\p` / `\\P` in u mode: the whole \\p{...} escape.  With
        `v`, a property of strings gives ClassStrings (as an atom, a
        class holding them)."""
        negated = self.ch(1) == "P"
        m = _PROPERTY.match(self.src, self.pos + 2)
        if m and self.unicode_sets and not negated and m.group(2) is None \
                and m.group(1) in _STRING_PROPERTIES:
            self.pos = m.end()
            strings = ClassStrings(_STRING_PROPERTIES[m.group(1)])
            return strings if in_class else CharClass([strings], False)
        found = m and unicode_props.lookup(m.group(1), m.group(2))
        if not found:
            raise self.error(E.INVALID_CLASS_PROPERTY_NAME if in_class
                             else E.INVALID_PROPERTY_NAME)
        self.pos = m.end()
        return UnicodeProperty(found[0], found[1], negated)


def _units(cp):
    if cp < 0x10000:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def _in_ranges(cp, ranges, starts):
    i = bisect.bisect_right(starts, cp) - 1
    return i >= 0 and cp <= ranges[i][1]


_ID_START_RE = re.compile(f"[$_{unicode_id.ID_START_BMP}]")
_ID_CONTINUE_RE = re.compile(f"[$_\u200c\u200d{unicode_id.ID_CONTINUE_BMP}]")
_START_ASTRAL = [lo for lo, _ in unicode_id.ID_START_ASTRAL]
_CONTINUE_ASTRAL = [lo for lo, _ in unicode_id.ID_CONTINUE_ASTRAL]


def is_id_start(cp):
    """RegExpIdentifierStart: ID_Start, $ or _ (cp -1 is the end)."""
    if cp < 0:
        return False
    if cp < 0x10000:
        return _ID_START_RE.match(chr(cp)) is not None
    return _in_ranges(cp, unicode_id.ID_START_ASTRAL, _START_ASTRAL)


def is_id_continue(cp):
    """RegExpIdentifierPart: ID_Continue, $, ZWNJ or ZWJ."""
    if cp < 0:
        return False
    if cp < 0x10000:
        return _ID_CONTINUE_RE.match(chr(cp)) is not None
    return _in_ranges(cp, unicode_id.ID_CONTINUE_ASTRAL, _CONTINUE_ASTRAL)
