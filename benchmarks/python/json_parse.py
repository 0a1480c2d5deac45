"""A JSON tokenizer and recursive-descent parser (not the json module) over
a generated document; the result is walked for a checksum.
The same algorithm in JS: benchmarks/js/json_parse.js."""

import math
import sys

REPS = 3  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def make_document(count):
    parts = ["["]
    x = 7
    for i in range(count):
        x = (x * 16807) % 2147483647
        if i > 0:
            parts.append(",")
        parts.append(
            f'\n  {{"id": {i}, "name": "item-{i}", "price": {x % 10000}.{x % 97}'
            f', "ratio": {x % 9 + 1}.{x % 10}e-{x % 4 + 1}'
            f', "active": {"true" if x % 3 == 0 else "false"}'
            f', "tags": ["t{x % 7}", "t{x % 5}", "line\\nbreak \\"q\\" \\u00e9\\/"]'
            f', "owner": null, "nested": {{"depth": [1, [2, [-3, {{"leaf": {x % 1000}}}]]], "empty": {{}}, "none": []}}}}')
    parts.append("\n]\n")
    return "".join(parts)


class Token:
    __slots__ = ("type", "value", "pos")

    def __init__(self, type, value, pos):
        self.type = type
        self.value = value
        self.pos = pos


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}
_NUMBER_CHARS = frozenset("0123456789.eE+-")


def tokenize(text):
    tokens = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in " \n\r\t":
            i += 1
        elif ch in "{}[]:,":
            tokens.append(Token(ch, None, i))
            i += 1
        elif ch == '"':
            start = i
            out = ""
            i += 1
            while text[i] != '"':
                ch = text[i]
                if ch == "\\":
                    e = text[i + 1]
                    if e == "u":
                        out += chr(int(text[i + 2:i + 6], 16))
                        i += 4
                    else:
                        out += _ESCAPES.get(e, e)
                    i += 2
                else:
                    out += ch
                    i += 1
            i += 1
            tokens.append(Token("s", out, start))
        elif ch == "-" or "0" <= ch <= "9":
            s = i
            i += 1
            while i < n and text[i] in _NUMBER_CHARS:
                i += 1
            tokens.append(Token("n", float(text[s:i]), s))
        elif text.startswith("true", i):
            tokens.append(Token("t", True, i))
            i += 4
        elif text.startswith("false", i):
            tokens.append(Token("f", False, i))
            i += 5
        elif text.startswith("null", i):
            tokens.append(Token("z", None, i))
            i += 4
        else:
            raise SyntaxError(f"unexpected character at {i}")
    tokens.append(Token("$", None, n))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def expect(self, type):
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok.type != type:
            raise SyntaxError(f"expected {type} at {tok.pos}")
        return tok

    def value(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        t = tok.type
        if t == "{":
            obj = {}
            if self.tokens[self.pos].type == "}":
                self.pos += 1
                return obj
            while True:
                key = self.expect("s").value
                self.expect(":")
                obj[key] = self.value()
                if self.tokens[self.pos].type == ",":
                    self.pos += 1
                else:
                    break
            self.expect("}")
            return obj
        if t == "[":
            arr = []
            if self.tokens[self.pos].type == "]":
                self.pos += 1
                return arr
            while True:
                arr.append(self.value())
                if self.tokens[self.pos].type == ",":
                    self.pos += 1
                else:
                    break
            self.expect("]")
            return arr
        if t in "sntfz":
            return tok.value
        raise SyntaxError(f"unexpected {t} at {tok.pos}")


class Stats:
    def __init__(self):
        self.values = 0
        self.chars = 0
        self.numbers = 0.0
        self.trues = 0


def walk(v, stats):
    stats.values += 1
    if isinstance(v, str):
        stats.chars += len(v)
    elif v is True:
        stats.trues += 1
    elif isinstance(v, float):
        stats.numbers += v
    elif isinstance(v, list):
        for item in v:
            walk(item, stats)
    elif isinstance(v, dict):
        for key in list(v):
            stats.chars += len(key)
            walk(v[key], stats)


def parse_and_walk(text):
    parser = Parser(tokenize(text))
    doc = parser.value()
    parser.expect("$")
    stats = Stats()
    walk(doc, stats)
    return ((stats.values * 1000 + stats.chars) * 100 + stats.trues) % 1000000007 + \
        math.floor(stats.numbers * 1000)


def run(reps):
    """One repetition parses a 250-record document (about 50 KB)."""
    text = make_document(250)
    total = 0
    for _ in range(reps):
        v = parse_and_walk(text)
        if v != 1930113510:
            raise AssertionError(f"json_parse checksum = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("json_parse:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
