"""atob and btoa, as node v20 defines them (lib/buffer.js): btoa encodes
a string of Latin-1 characters as base64; atob decodes WHATWG's
"forgiving base64" (ASCII whitespace ignored, padding optional) into a
string of Latin-1 characters.  Bad input throws node's DOMException
InvalidCharacterError; no argument at all, ERR_MISSING_ARGS."""

import base64

from minijs.builtins.support import CONFIGURABLE, ENUMERABLE, WRITABLE, define_value, make_function
from minijs.host.dom_exception import dom_exception
from minijs.host.node_errors import node_error
from minijs.runtime import operations as ops
from minijs.runtime.errors import JSThrow

__all__ = ["install_base64"]

_WHITESPACE = frozenset("\t\n\f\r ")
_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def _input(args):
    if not args:
        raise node_error("TypeError", "ERR_MISSING_ARGS", 'The "input" argument must be specified')
    return ops.to_string(args[0])


def _invalid(realm, message="Invalid character"):
    return JSThrow(dom_exception(realm, message, "InvalidCharacterError"))


def _forgiving_base64_data(realm, text):
    """The base64 characters of `text` without whitespace, checked as
    node checks them (`=` only at the end, at most two, none when the
    length leaves a remainder)."""
    chars = []
    equals = 0
    for c in text:
        if c in _WHITESPACE:
            continue
        if c == "=":
            equals += 1
            if equals > 2:
                raise _invalid(realm)
        elif c not in _ALPHABET or equals:
            raise _invalid(realm)
        chars.append(c)
    remainder = len(chars) % 4
    if not remainder:
        remainder = (len(chars) - equals) % 4
    elif equals:
        raise _invalid(realm)
    if remainder == 1:
        raise _invalid(realm, "The string to be decoded is not correctly encoded.")
    data = "".join(chars).rstrip("=")
    return data + "=" * (-len(data) % 4)


def install_base64(realm):
    def btoa(this, args):
        text = _input(args)
        if any(ord(c) > 0xFF for c in text):
            raise _invalid(realm)
        return base64.b64encode(text.encode("latin-1")).decode("ascii")

    def atob(this, args):
        data = _forgiving_base64_data(realm, _input(args))
        return base64.b64decode(data).decode("latin-1")

    for name, fn in (("atob", atob), ("btoa", btoa)):
        define_value(realm.global_object, name, make_function(realm, fn, name, 1),
                     WRITABLE | ENUMERABLE | CONFIGURABLE)
