"""Character classes [...] (ES2022 CharacterClass, with Annex B's
ranges-with-class-escapes when there is no `u` flag).  Parser mixin."""

from minijs.syntax.regexp import errors as E
from minijs.syntax.regexp.nodes import CharClass, ClassEscape, ClassRange

_CLASS_ESCAPES = frozenset("dDsSwW")


class ClassMixin:

    def char_class(self):
        """At `[`: parse through the closing `]`."""
        self.pos += 1
        negated = self.eat("^")
        items = []
        while not self.at_end() and self.ch() != "]":
            first = self.class_atom()
            if self.ch() != "-":
                items.append(_item(first))
                continue
            self.pos += 1
            if self.at_end():
                break
            if self.ch() == "]":
                # A trailing '-' is literal: [a-].
                items += [_item(first), ClassRange(0x2D, 0x2D)]
                break
            second = self.class_atom()
            if not isinstance(first, int) or not isinstance(second, int):
                # [\d-z]: an error with `u`; Annex B reads it as three items.
                if self.unicode:
                    raise self.error(E.INVALID_CHARACTER_CLASS)
                items += [_item(first), ClassRange(0x2D, 0x2D), _item(second)]
                continue
            if first > second:
                raise self.error(E.OUT_OF_ORDER_CHARACTER_CLASS)
            items.append(ClassRange(first, second))
        if self.at_end():
            raise self.error(E.UNTERMINATED_CHARACTER_CLASS)
        self.pos += 1
        return CharClass(items, negated)

    def class_atom(self):
        """One ClassAtom: a character value (int), or a ClassEscape /
        UnicodeProperty node for \\d... and \\p{...}."""
        if self.ch() != "\\":
            return self.take_char()
        c = self.ch(1)
        if c == "":
            raise self.error(E.ESCAPE_AT_END)
        if c == "b":
            self.pos += 2
            return 0x08
        if c == "-" and self.unicode:
            self.pos += 2
            return 0x2D
        if c in _CLASS_ESCAPES:
            self.pos += 2
            return ClassEscape(c)
        if c in "pP" and self.unicode:
            return self.property_escape(in_class=True)
        return self.character_escape(in_class=True)


def _item(atom):
    return ClassRange(atom, atom) if isinstance(atom, int) else atom
