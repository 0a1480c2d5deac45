"""JSON.parse (ECMA-262 25.5.1) without the reviver: JSON text -> JS value.

Two parsers, one result:

* the fast path hands the text to Python's C json scanner (JSON's grammar
  and whitespace are Python's, with NaN/Infinity refused) and builds the
  JS objects in its hooks;
* the exact parser below is iterative (any nesting depth, like V8's) and
  is authoritative: it runs whenever the fast path declines (any error,
  deep nesting, "-0", escaped surrogate pairs which Python would join
  into one astral character) and reports V8's messages and positions,
  e.g. `Unexpected token '}', "{"a":}" is not valid JSON`.

Objects are built straight into fresh ordinary objects (CreateDataProperty
on a new object is a plain append; a duplicate key keeps its first
position and takes the last value, as in 25.5.1 via ParseJSON's object
literal semantics).  `__proto__` is an ordinary own property here.
"""

import json as _pyjson
import re

from minijs.runtime import errors
from minijs.runtime import realm as realms
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import WEC
from minijs.runtime.values import NULL, array_index

__all__ = ["parse_json_text", "make_plain_object", "json_syntax_error"]

_MAX_SAFE = 2 ** 53
_WS = " \t\n\r"
_HEX = "0123456789abcdefABCDEF"
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
            "n": "\n", "r": "\r", "t": "\t"}
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abAB]")
_CONTEXT = 10                       # V8 kMaxContextCharacters
_SPECIAL = ("[object Object]", "undefined", "Infinity", "NaN")


def _protos():
    intrinsics = realms.current().intrinsics
    op = intrinsics["ObjectPrototype"]
    return op, intrinsics.get("ArrayPrototype", op)


def make_plain_object(pairs, proto):
    """A new ordinary object with data properties from (key, value) pairs
    (CreateDataProperty on a fresh extensible object)."""
    obj = JSObject(proto)
    props = dict(pairs) if len(pairs) > 1 else pairs
    items = props.items() if type(props) is dict else props
    for k, v in items:
        idx = array_index(k)
        if idx is None:
            if k in obj.shape:          # only possible without the dict
                obj.set_fast(k, v)
            else:
                obj._add_named(k, v, WEC)
        else:
            obj._add_element(idx, v, WEC)
    return obj


# -- errors (V8 JsonParser::ReportUnexpectedToken) ------------------------

def json_syntax_error(message):
    return errors.syntax_error(message)


def _unexpected(s, pos):
    """The SyntaxError for the character at pos where a value (or a
    literal's next letter) was expected."""
    if pos >= len(s):
        return json_syntax_error("Unexpected end of JSON input")
    if s in _SPECIAL:
        return json_syntax_error('"%s" is not valid JSON' % s)
    ch = s[pos]
    n = len(s)
    if n < 2 * _CONTEXT + 1:
        return json_syntax_error("Unexpected token '%s', \"%s\" is not valid JSON" % (ch, s))
    if pos < _CONTEXT:
        ctx = '"%s"...' % s[:pos + _CONTEXT]
    elif pos < n - _CONTEXT:
        ctx = '..."%s"...' % s[pos - _CONTEXT:pos + _CONTEXT]
    else:
        ctx = '..."%s"' % s[pos - _CONTEXT:]
    return json_syntax_error("Unexpected token '%s', %s is not valid JSON" % (ch, ctx))


def _unexpected_token(s, pos):
    """LookUpErrorMessageForJsonToken for the token at pos."""
    c = s[pos] if pos < len(s) else ""
    if c == "-" or "0" <= c <= "9" and c:
        return _at("Unexpected number", pos)
    if c == '"':
        return _at("Unexpected string", pos)
    return _unexpected(s, pos)


def _at(message, pos):
    return json_syntax_error("%s in JSON at position %d" % (message, pos))


# -- the fast path ----------------------------------------------------------

class _Decline(Exception):
    pass


def _refuse_constant(name):
    raise _Decline()


def _int_hook(text):
    if len(text) > 300:
        return float(text)
    n = int(text)
    if -_MAX_SAFE <= n <= _MAX_SAFE:
        return n
    return float(n)


def _fast(s):
    if "-0" in s or _SURROGATE_ESCAPE.search(s):
        raise _Decline()
    op, ap = _protos()

    def on_object(pairs):
        for i, (k, v) in enumerate(pairs):
            if v is None:
                pairs[i] = (k, NULL)
            elif type(v) is list:
                pairs[i] = (k, _array(v))
        return make_plain_object(pairs, op)

    def _array(values):
        for i, v in enumerate(values):
            if v is None:
                values[i] = NULL
            elif type(v) is list:
                values[i] = _array(v)
        return create_array_from_list(values, ap)

    try:
        v = _pyjson.loads(s, object_pairs_hook=on_object, parse_int=_int_hook,
                          parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise _Decline() from None
    if v is None:
        return NULL
    if type(v) is list:
        return _array(v)
    return v


# -- the exact parser ---------------------------------------------------------

def _ws(s, pos, n):
    while pos < n and s[pos] in _WS:
        pos += 1
    return pos


def _string(s, pos, n):
    """The string token starting at s[pos] == '"': (value, next pos)."""
    i = pos + 1
    out = []
    start = i
    while True:
        if i >= n:
            raise _at("Unterminated string", n)
        c = s[i]
        if c == '"':
            out.append(s[start:i])
            return "".join(out), i + 1
        if c == "\\":
            out.append(s[start:i])
            i += 1
            if i >= n:
                raise json_syntax_error("Unexpected end of JSON input")
            e = s[i]
            if e == "u":
                for k in range(1, 5):
                    if i + k >= n or s[i + k] not in _HEX:
                        raise _at("Bad Unicode escape", i + k)
                out.append(chr(int(s[i + 1:i + 5], 16)))
                i += 5
            else:
                r = _ESCAPES.get(e)
                if r is None:
                    raise _at("Bad escaped character", i)
                out.append(r)
                i += 1
            start = i
        elif c < " ":
            raise _at("Bad control character in string literal", i)
        else:
            i += 1


def _digits(s, i, n):
    while i < n and "0" <= s[i] <= "9":
        i += 1
    return i


def _number(s, pos, n):
    """The number token at pos (a '-' or a digit): (value, next pos)."""
    i = pos
    if s[i] == "-":
        i += 1
        if i >= n or not "0" <= s[i] <= "9":
            raise _at("No number after minus sign", i)
    if s[i] == "0":
        i += 1
        if i < n and "0" <= s[i] <= "9":
            raise _at("Unexpected number", i)
    else:
        i = _digits(s, i, n)
    integral = True
    if i < n and s[i] == ".":
        i += 1
        if i >= n or not "0" <= s[i] <= "9":
            raise _at("Unterminated fractional number", i)
        i = _digits(s, i, n)
        integral = False
    if i < n and s[i] in "eE":
        i += 1
        if i < n and s[i] in "+-":
            i += 1
        if i >= n or not "0" <= s[i] <= "9":
            raise _at("Exponent part is missing a number", i)
        i = _digits(s, i, n)
        integral = False
    text = s[pos:i]
    if integral and len(text) < 300 and text != "-0":
        return _int_hook(text), i
    return float(text), i


_LITERALS = {"t": ("true", True), "f": ("false", False), "n": ("null", NULL)}


def _exact(s):
    n = len(s)
    op, ap = _protos()
    stack = []              # [list] for arrays, [pairs, key] for objects
    pos = _ws(s, 0, n)
    while True:
        # -- a value starts at pos --------------------------------------
        c = s[pos] if pos < n else ""
        if c == "{":
            pos = _ws(s, pos + 1, n)
            if pos < n and s[pos] == "}":
                value = JSObject(op)
                pos += 1
            else:
                if pos >= n or s[pos] != '"':
                    raise _at("Expected property name or '}'", pos)
                key, pos = _string(s, pos, n)
                pos = _ws(s, pos, n)
                if pos >= n or s[pos] != ":":
                    raise _at("Expected ':' after property name", pos)
                pos = _ws(s, pos + 1, n)
                stack.append([[], key])
                continue
        elif c == "[":
            pos = _ws(s, pos + 1, n)
            if pos < n and s[pos] == "]":
                value = create_array_from_list([], ap)
                pos += 1
            else:
                stack.append([[]])
                continue
        elif c == '"':
            value, pos = _string(s, pos, n)
        elif c == "-" or "0" <= c <= "9" and c:
            value, pos = _number(s, pos, n)
        elif c in _LITERALS and c:
            word, value = _LITERALS[c]
            for k in range(1, len(word)):
                if pos + k >= n or s[pos + k] != word[k]:
                    raise _unexpected(s, pos + k)
            pos += len(word)
        else:
            raise _unexpected(s, pos)
        # -- hand the value to the enclosing containers --------------------
        while True:
            if not stack:
                pos = _ws(s, pos, n)
                if pos < n:
                    raise json_syntax_error(
                        "Unexpected non-whitespace character after JSON at position %d" % pos)
                return value
            top = stack[-1]
            pos = _ws(s, pos, n)
            c = s[pos] if pos < n else ""
            if len(top) == 1:                       # array
                top[0].append(value)
                if c == ",":
                    pos = _ws(s, pos + 1, n)
                    break
                if c == "]":
                    pos += 1
                    stack.pop()
                    value = create_array_from_list(top[0], ap)
                    continue
                raise _at("Expected ',' or ']' after array element", pos)
            top[0].append((top[1], value))         # object
            if c == ",":
                pos = _ws(s, pos + 1, n)
                if pos >= n or s[pos] != '"':
                    raise _at("Expected double-quoted property name", pos)
                key, pos = _string(s, pos, n)
                pos = _ws(s, pos, n)
                if pos >= n or s[pos] != ":":
                    # V8 has no message of its own for this colon
                    raise _unexpected_token(s, pos)
                pos = _ws(s, pos + 1, n)
                top[1] = key
                break
            if c == "}":
                pos += 1
                stack.pop()
                value = make_plain_object(top[0], op)
                continue
            raise _at("Expected ',' or '}' after property value", pos)


def parse_json_text(s):
    """ParseJSON (25.5.1 steps 2-6) of the string s: the JS value, or a
    JSThrow carrying node's SyntaxError."""
    try:
        return _fast(s)
    except _Decline:
        pass
    return _exact(s)
