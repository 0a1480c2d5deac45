"""internalBinding('buffer'): byte <-> string conversions of node's
Buffer encodings (utf8, hex, base64, base64url, latin1/binary, ascii,
utf16le/ucs2), on Uint8Arrays.  JS strings are UTF-16 code units: a lone
surrogate encodes to U+FFFD in UTF-8, as node does."""

import base64
import binascii
import re

from minijs.builtins.support import arg
from minijs.host.core_modules.bindings import binding_object
from minijs.host.text_coding import input_bytes, uint8_array
from minijs.runtime import operations as ops
from minijs.syntax.source import to_utf16_units

ENCODINGS = {"utf8": "utf8", "utf-8": "utf8", "hex": "hex", "base64": "base64",
             "base64url": "base64url", "latin1": "latin1", "binary": "latin1",
             "ascii": "ascii", "ucs2": "utf16le", "ucs-2": "utf16le", "utf16le": "utf16le",
             "utf-16le": "utf16le"}

_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/]")
_HEX_PAIRS = re.compile(r"(?:[0-9a-fA-F]{2})*")


def normalize_encoding(name):
    """node's normalizeEncoding: the canonical name, None if unknown."""
    return ENCODINGS.get(name.lower()) if type(name) is str else None


def encode_text(units, encoding):
    """The bytes of JS string `units` in `encoding` (a canonical name)."""
    if encoding == "utf8":
        text = units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return text.encode("utf-8")
    if encoding in ("latin1", "ascii"):
        return bytes(ord(c) & 0xFF for c in units)
    if encoding == "utf16le":
        return units.encode("utf-16-le", "surrogatepass")
    if encoding == "hex":
        # node stops at the first pair that is not hex
        return bytes.fromhex(_HEX_PAIRS.match(units).group())
    # base64 and base64url both read either alphabet and skip other characters
    cleaned = _NOT_BASE64.sub("", units.replace("-", "+").replace("_", "/").split("=")[0])
    cleaned = cleaned[:len(cleaned) - (len(cleaned) % 4 == 1)]
    try:
        return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4))
    except (binascii.Error, ValueError):
        return b""


def decode_bytes(data, encoding):
    """A JS string of `data` read in `encoding`."""
    if encoding == "utf8":
        return to_utf16_units(data.decode("utf-8", "replace"))
    if encoding == "latin1":
        return data.decode("latin-1")
    if encoding == "ascii":
        return bytes(b & 0x7F for b in data).decode("ascii")
    if encoding == "utf16le":
        data = data[:len(data) & ~1]
        return "".join(chr(data[i] | data[i + 1] << 8) for i in range(0, len(data), 2))
    if encoding == "hex":
        return data.hex()
    if encoding == "base64":
        return base64.b64encode(data).decode("ascii")
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def make_binding(host):
    realm = host.realm

    def encode(this, args):
        return uint8_array(realm, encode_text(ops.to_string(arg(args, 0)), arg(args, 1)))

    def decode(this, args):
        data = input_bytes(arg(args, 0))
        start = int(ops.to_number(arg(args, 2)))
        end = int(ops.to_number(arg(args, 3)))
        return decode_bytes(data[start:end], arg(args, 1))

    def byte_length(this, args):
        return len(encode_text(ops.to_string(arg(args, 0)), arg(args, 1)))

    return binding_object(realm, [("encode", encode, 2), ("decode", decode, 4),
                                  ("byteLength", byte_length, 2)])
