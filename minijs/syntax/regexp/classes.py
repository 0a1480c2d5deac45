"""Character classes [...] (ES2022 CharacterClass, with Annex B's
ranges-with-class-escapes when there is no `u` flag, and the ES2024
ClassSetExpression of the `v` flag: nested classes, && and --, \\q{...}).
Parser mixin."""

from minijs.syntax.regexp import errors as E
from minijs.syntax.regexp.nodes import (
    CharClass, ClassEscape, ClassRange, ClassSetOperation, ClassStrings, UnicodeProperty)

_CLASS_ESCAPES = frozenset("dDsSwW")
# `v` mode (22.2.1): characters that must be escaped in a class, the
# punctuators that may be escaped, and those that may not be doubled.
_SET_SYNTAX = frozenset("()[]{}/-\\|")
_SET_RESERVED_PUNCTUATOR = frozenset("&-!#%,:;<=>@`~")
_SET_DOUBLE_PUNCTUATOR = frozenset("&!#$%*+,.:;<=>?@^`~")


class ClassMixin:

    def char_class(self):
        """At `[`: parse through the closing `]`."""
        if self.unicode_sets:
            return self.class_set()
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


class ClassSetMixin:
    """The `v` flag's classes (22.2.1 ClassSetExpression)."""

    def class_set(self):
        """At `[`: a CharClass whose items are a union, or one
        ClassSetOperation."""
        self.pos += 1
        negated = self.eat("^")
        items = self._class_set_contents()
        if self.at_end():
            raise self.error(E.UNTERMINATED_CHARACTER_CLASS)
        self.pos += 1
        node = CharClass(items, negated)
        if negated and any(may_contain_strings(i) for i in items):
            raise self.error(E.NEGATED_CLASS_STRINGS)
        return node

    def _class_set_contents(self):
        if self.ch() == "]" or self.at_end():
            return []
        first, is_range = self._class_set_union_item()
        for op, kind in (("&&", "intersection"), ("--", "subtraction")):
            if self.src.startswith(op, self.pos):
                if is_range:
                    raise self.error(E.INVALID_SET_OPERATION)
                operands = [first]
                while self.eat(op):
                    if op == "&&" and self.ch() == "&":
                        raise self.error(E.INVALID_CLASS_CHARACTER)
                    operands.append(_item(self._class_set_operand()))
                if self.ch() != "]" and not self.at_end():
                    raise self.error(E.INVALID_SET_OPERATION)
                return [ClassSetOperation(kind, operands)]
        items = [first]
        while self.ch() != "]" and not self.at_end():
            if self.src.startswith("&&", self.pos) or self.src.startswith("--", self.pos):
                raise self.error(E.INVALID_SET_OPERATION)
            items.append(self._class_set_union_item()[0])
        return items

    def _class_set_union_item(self):
        """A ClassSetRange or a ClassSetOperand; (item, is_range)."""
        operand = self._class_set_operand()
        if isinstance(operand, int):
            if self.ch() == "-" and self.ch(1) != "-":
                self.pos += 1
                last = self._class_set_character()
                if operand > last:
                    raise self.error(E.OUT_OF_ORDER_CHARACTER_CLASS)
                return ClassRange(operand, last), True
            return ClassRange(operand, operand), False
        return operand, False

    def _class_set_operand(self):
        """A NestedClass, ClassStringDisjunction or ClassSetCharacter (int)."""
        c = self.ch()
        if c == "[":
            return self.class_set()
        if c == "\\":
            d = self.ch(1)
            if d in _CLASS_ESCAPES:
                self.pos += 2
                return ClassEscape(d)
            if d in "pP":
                return self.property_escape(in_class=True)
            if d == "q" and self.ch(2) == "{":
                return self._class_strings()
        if c == "":
            raise self.error(E.UNTERMINATED_CHARACTER_CLASS)
        return self._class_set_character()

    def _class_set_character(self):
        c = self.ch()
        if c == "\\":
            d = self.ch(1)
            if d == "b":
                self.pos += 2
                return 0x08
            if d in _SET_RESERVED_PUNCTUATOR:
                self.pos += 2
                return ord(d)
            return self.character_escape(in_class=True)
        if c == "" or c in _SET_SYNTAX:
            raise self.error(E.INVALID_CLASS_CHARACTER if c else E.UNTERMINATED_CHARACTER_CLASS)
        if c in _SET_DOUBLE_PUNCTUATOR and self.ch(1) == c:
            raise self.error(E.INVALID_SET_OPERATION)
        return self.take_char()

    def _class_strings(self):
        """At \\q{: the strings up to `}`."""
        self.pos += 3
        strings, current = [], []
        while True:
            c = self.ch()
            if c == "":
                raise self.error(E.UNTERMINATED_CHARACTER_CLASS)
            if c == "}":
                self.pos += 1
                strings.append(tuple(current))
                return ClassStrings(strings)
            if c == "|":
                self.pos += 1
                strings.append(tuple(current))
                current = []
                continue
            current.append(self._class_set_character())


def may_contain_strings(item):
    """MayContainStrings (22.2.1.6) of a `v` class item."""
    if isinstance(item, ClassStrings):
        return any(len(s) != 1 for s in item.strings)
    if isinstance(item, CharClass):
        return not item.negated and any(may_contain_strings(i) for i in item.items)
    if isinstance(item, ClassSetOperation):
        if item.kind == "intersection":
            return all(may_contain_strings(o) for o in item.operands)
        return may_contain_strings(item.operands[0])
    if isinstance(item, UnicodeProperty):
        return False        # no properties of strings here
    return False
