"""The cursor the pattern parser reads with, and the capture prescan.

The pattern is a str of UTF-16 code units.  Syntax characters are ASCII, so
the parser mostly looks at single units (`ch`); only literal characters
are read as whole code points (`take_char`), which in u mode joins a
surrogate pair into one value.
"""

from minijs.syntax.regexp import errors


def is_lead(unit):
    return 0xD800 <= unit <= 0xDBFF


def is_trail(unit):
    return 0xDC00 <= unit <= 0xDFFF


def join_pair(lead, trail):
    return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00)


class Reader:
    def __init__(self, pattern, flags):
        self.src = pattern
        self.flags = flags
        self.unicode_sets = "v" in flags
        self.unicode = "u" in flags or self.unicode_sets
        self.pos = 0
        self._prescan = None

    # -- looking and moving --------------------------------------------

    def ch(self, k=0):
        """The unit k places ahead as a 1-char str, '' past the end."""
        i = self.pos + k
        return self.src[i] if i < len(self.src) else ""

    def at_end(self):
        return self.pos >= len(self.src)

    def eat(self, text):
        """Consume `text` if the pattern continues with it."""
        if self.src.startswith(text, self.pos):
            self.pos += len(text)
            return True
        return False

    def take_char(self, join_surrogates=None):
        """Consume one literal character and return its value: a code point
        (a surrogate pair joined) in u mode, else a code unit."""
        join = self.unicode if join_surrogates is None else join_surrogates
        unit = ord(self.src[self.pos])
        self.pos += 1
        if join and is_lead(unit) and self.pos < len(self.src):
            trail = ord(self.src[self.pos])
            if is_trail(trail):
                self.pos += 1
                return join_pair(unit, trail)
        return unit

    def hex_digits(self, count):
        """Consume exactly `count` hex digits and return their value, or
        return None and consume nothing."""
        text = self.src[self.pos:self.pos + count]
        if len(text) != count or any(c not in _HEX for c in text):
            return None
        self.pos += count
        return int(text, 16)

    def decimal(self):
        """Consume a run of decimal digits; its value, or None if none."""
        start = self.pos
        while self.ch() and self.ch() in "0123456789":
            self.pos += 1
        return int(self.src[start:self.pos]) if self.pos > start else None

    def error(self, reason):
        return errors.pattern_error(self.src, self.flags, reason)

    # -- prescan ---------------------------------------------------------

    def total_captures(self):
        """Capturing groups in the whole pattern: decides whether \\N is a
        back reference (it may refer to a group further right)."""
        return self._scan()[0]

    def has_named_groups(self):
        """Whether the pattern has (?<name>: without `u`, that decides
        whether \\k is an identity escape (ES2022 B.1.2, the [N] parameter)."""
        return self._scan()[1]

    def _scan(self):
        # A lexical pass like V8's: skip escapes and classes, count '(' that
        # is not '(?' and '(?<' that is not '(?<=' / '(?<!'.
        if self._prescan is None:
            src, i, n = self.src, 0, len(self.src)
            count, named = 0, False
            while i < n:
                c = src[i]
                i += 1
                if c == "\\":
                    i += 1
                elif c == "[":
                    depth = 1           # `v` classes nest
                    while i < n:
                        d = src[i]
                        if d == "\\":
                            i += 2
                            continue
                        i += 1
                        if d == "[" and self.unicode_sets:
                            depth += 1
                        elif d == "]":
                            depth -= 1
                            if depth == 0:
                                break
                elif c == "(":
                    if not src.startswith("?", i):
                        count += 1
                    elif src.startswith("?<", i) and src[i + 2:i + 3] not in ("=", "!"):
                        count += 1
                        named = True
            self._prescan = (count, named)
        return self._prescan


_HEX = frozenset("0123456789abcdefABCDEF")
