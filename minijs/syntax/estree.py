"""Serialise the AST as acorn's JSON: `JSON.stringify(acorn.parse(src, {
ecmaVersion: 2022, sourceType, locations: true}))`, byte for byte.

Notes on acorn's output that this reproduces:
  * keys: type, start, end, loc, then the node's fields in acorn's order;
    `directive` only on directive-prologue statements, `regex`/`bigint`
    only on those literals;
  * a regex literal's `value` is a RegExp object, which JSON writes as {};
    a BigInt `value` cannot be written at all (JSON.stringify throws), so we
    write null -- the ESTree convention for values the host cannot hold;
  * numbers are written as JavaScript writes them (1e+21, 5e-7, no `.0`);
  * strings are UTF-16 code units: surrogate pairs are written as the
    character, lone surrogates as \\udXXX escapes (well-formed JSON.stringify).
"""

import json
import math
import re

from minijs.numconv import number_to_string
from minijs.syntax.ast import Node, JSON_NAME
from minijs.syntax.source import LineTable, to_display, to_utf16_units

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_encode_basic = json.JSONEncoder(ensure_ascii=False).encode


def _string(s):
    text = to_display(s)
    out = _encode_basic(text)
    if _LONE_SURROGATE.search(out):
        out = _LONE_SURROGATE.sub(lambda m: "\\u%04x" % ord(m.group()), out)
    return out


def _number(x):
    if isinstance(x, float) and (math.isinf(x) or x != x):
        return "null"
    return number_to_string(x)


class _Writer:
    def __init__(self, source):
        self.lines = LineTable(source)
        self.out = []

    def position(self, offset):
        line, col = self.lines.position(offset)
        return '{"line":%d,"column":%d}' % (line, col)

    def value(self, v):
        w = self.out.append
        if v is None:
            w("null")
        elif v is True:
            w("true")
        elif v is False:
            w("false")
        elif isinstance(v, Node):
            self.node(v)
        elif isinstance(v, str):
            w(_string(v))
        elif isinstance(v, list):
            w("[")
            for i, item in enumerate(v):
                if i:
                    w(",")
                self.value(item)
            w("]")
        elif isinstance(v, dict):
            w("{")
            for i, (k, item) in enumerate(v.items()):
                if i:
                    w(",")
                w(_string(k) + ":")
                self.value(item)
            w("}")
        elif isinstance(v, float):
            w(_number(v))
        elif isinstance(v, int):   # BigInt literal value: not representable in JSON
            w("null")
        else:
            raise TypeError("cannot serialise %r" % (v,))

    def node(self, n):
        w = self.out.append
        w('{"type":"%s","start":%d,"end":%d,"loc":{"start":%s,"end":%s}'
          % (n.type, n.start, n.end, self.position(n.start), self.position(n.end)))
        kind = n.type
        for attr in n.fields:
            v = getattr(n, attr, None)
            if kind == "Literal":
                if attr == "value" and getattr(n, "regex", None) is not None:
                    w(',"value":{}')
                    continue
                if attr in ("regex", "bigint") and v is None:
                    continue
            elif attr == "directive" and v is None:
                continue
            w(',"%s":' % JSON_NAME.get(attr, attr))
            self.value(v)
        w("}")


def to_json(node, source):
    """acorn-identical JSON text of `node` (parsed from `source`)."""
    writer = _Writer(to_utf16_units(source))   # no-op if already converted
    writer.value(node)
    return "".join(writer.out)
