"""URI handling functions of the global object (ECMA-262 19.2.6) and the
Annex B escape/unescape (B.2.1).  Strings are UTF-16 code units; the URI
functions go through UTF-8, so lone surrogates cannot be encoded and
malformed or overlong UTF-8 cannot be decoded (URIError "URI malformed")."""

from minijs.builtins.string_unicode import code_point_at, code_point_to_utf16
from minijs.builtins.support import arg
from minijs.runtime import errors
from minijs.runtime.operations import to_string

__all__ = ["encode_uri", "encode_uri_component", "decode_uri",
           "decode_uri_component", "escape", "unescape"]

_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_URI_RESERVED = ";/?:@&=+$,"
_URI_UNESCAPED = frozenset(_ALNUM + "-_.!~*'()")
_URI_UNESCAPED_PLUS = frozenset(_URI_UNESCAPED | frozenset(_URI_RESERVED + "#"))
_DECODE_RESERVED = frozenset(_URI_RESERVED + "#")
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPE_SAFE = frozenset(_ALNUM + "@*_+-./")


def uri_error():
    return errors.JSThrow(errors.make_error("URIError", "URI malformed"))


def _encode(s, unescaped):
    """Encode (19.2.6.5)."""
    out = []
    k = 0
    n = len(s)
    while k < n:
        c = s[k]
        if c in unescaped:
            out.append(c)
            k += 1
            continue
        cp, size, unpaired = code_point_at(s, k)
        if unpaired:
            raise uri_error()
        out.extend("%%%02X" % b for b in chr(cp).encode("utf-8"))
        k += size
    return "".join(out)


def _hex_byte(s, k):
    """The byte written as two hex digits at s[k:k+2], or URIError."""
    if k + 2 > len(s) or s[k] not in _HEX or s[k + 1] not in _HEX:
        raise uri_error()
    return int(s[k:k + 2], 16)


def _leading_ones(b):
    n = 0
    while b & 0x80:
        n += 1
        b = (b << 1) & 0xFF
    return n


def _decode(s, reserved):
    """Decode (19.2.6.6)."""
    out = []
    k = 0
    n = len(s)
    while k < n:
        c = s[k]
        if c != "%":
            j = s.find("%", k)
            if j < 0:
                j = n
            out.append(s[k:j])
            k = j
            continue
        start = k
        b = _hex_byte(s, k + 1)
        k += 3
        if b < 0x80:
            ch = chr(b)
            out.append(s[start:k] if ch in reserved else ch)
            continue
        count = _leading_ones(b)
        if count == 1 or count > 4:
            raise uri_error()
        octets = [b]
        for _ in range(count - 1):
            if k >= n or s[k] != "%":
                raise uri_error()
            octets.append(_hex_byte(s, k + 1))
            k += 3
        try:
            text = bytes(octets).decode("utf-8")
        except UnicodeDecodeError:
            raise uri_error() from None
        out.append(code_point_to_utf16(ord(text)))
    return "".join(out)


def encode_uri(this, args):
    return _encode(to_string(arg(args, 0)), _URI_UNESCAPED_PLUS)


def encode_uri_component(this, args):
    return _encode(to_string(arg(args, 0)), _URI_UNESCAPED)


def decode_uri(this, args):
    return _decode(to_string(arg(args, 0)), _DECODE_RESERVED)


def decode_uri_component(this, args):
    return _decode(to_string(arg(args, 0)), frozenset())


def escape(this, args):
    """escape(string) (B.2.1.1)."""
    s = to_string(arg(args, 0))
    out = []
    for c in s:
        if c in _ESCAPE_SAFE:
            out.append(c)
        elif ord(c) < 256:
            out.append("%%%02X" % ord(c))
        else:
            out.append("%%u%04X" % ord(c))
    return "".join(out)


def unescape(this, args):
    """unescape(string) (B.2.1.2)."""
    s = to_string(arg(args, 0))
    out = []
    k = 0
    n = len(s)
    while k < n:
        c = s[k]
        if c == "%":
            if k + 6 <= n and s[k + 1] == "u" and all(h in _HEX for h in s[k + 2:k + 6]):
                out.append(chr(int(s[k + 2:k + 6], 16)))
                k += 6
                continue
            if k + 3 <= n and s[k + 1] in _HEX and s[k + 2] in _HEX:
                out.append(chr(int(s[k + 1:k + 3], 16)))
                k += 3
                continue
        out.append(c)
        k += 1
    return "".join(out)
