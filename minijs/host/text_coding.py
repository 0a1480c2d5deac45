"""TextEncoder and TextDecoder (the WHATWG Encoding standard, as node's
`util` globals): encode / encodeInto to Uint8Array (UTF-8), decode from
ArrayBuffer / typed arrays / DataView with BOM handling, `fatal` and
streaming.  JS strings are UTF-16 code units: a lone surrogate encodes
as U+FFFD, as the standard says.  The decoder reads UTF-8, UTF-16LE,
UTF-16BE and the windows-1252 labels (latin1, ascii, ...), which node
decodes as ISO-8859-1 (every byte is its own code point); other legacy
encodings are not supported (node with full ICU has them)."""

import codecs

from minijs.builtins.support import (
    CONFIGURABLE, ENUMERABLE, WRITABLE, arg, define_accessor, define_methods,
    define_value, make_constructor)
from minijs.host.node_errors import invalid_arg_type, node_error
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import get_prototype_from_constructor
from minijs.runtime.ordinary import create_data_property_or_throw
from minijs.runtime.typed_arrays import KINDS, ArrayBufferObject, TypedArrayObject
from minijs.runtime.values import UNDEFINED, WELL_KNOWN, to_boolean
from minijs.syntax.source import to_utf16_units

__all__ = ["install_text_coding", "uint8_array", "input_bytes"]

# WHATWG label -> encoding name; each name -> the Python codec decoding it
_LABELS = {}
for _name, _labels in (
        ("utf-8", "utf-8 utf8 unicode-1-1-utf-8 unicode11utf8 unicode20utf8 x-unicode20utf8"),
        ("utf-16le", "utf-16le utf-16 ucs-2 unicode unicodefeff csunicode iso-10646-ucs-2"),
        ("utf-16be", "utf-16be unicodefffe"),
        ("windows-1252", "windows-1252 latin1 l1 iso-8859-1 iso8859-1 iso88591 iso_8859-1 "
                         "iso_8859-1:1987 iso-ir-100 ibm819 cp819 csisolatin1 cp1252 x-cp1252 "
                         "ascii us-ascii ansi_x3.4-1968")):
    for _label in _labels.split():
        _LABELS[_label] = _name
_CODECS = {"utf-8": "utf-8", "utf-16le": "utf-16-le", "utf-16be": "utf-16-be",
           "windows-1252": "latin-1"}
_UINT8 = next(k for k in KINDS if k.name == "Uint8Array")


class TextEncoderObject(JSObject):
    __slots__ = ()
    class_name = "TextEncoder"


class TextDecoderObject(JSObject):
    __slots__ = ("encoding", "fatal", "ignore_bom", "decoder", "bom_seen")
    class_name = "TextDecoder"


def _scalar_text(units):
    """JS string (UTF-16 units) -> Python text, lone surrogates -> U+FFFD."""
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def uint8_array(realm, data):
    from minijs.builtins.typed_array import create_typed_array
    ta = create_typed_array(_UINT8, realm.intrinsics["Uint8ArrayPrototype"], len(data))
    if data:
        ta.buffer.data[0:len(data)] = data
    return ta


def input_bytes(v):
    """The bytes of an ArrayBuffer or ArrayBufferView."""
    if isinstance(v, ArrayBufferObject):
        return bytes(v.data or b"")
    if isinstance(v, TypedArrayObject):
        data = v.buffer.data or b""
        return bytes(data[v.byte_offset:v.byte_offset + v.length() * v.kind.size])
    if getattr(v, "class_name", None) == "DataView":
        data = v.buffer.data or b""
        return bytes(data[v.byte_offset:v.byte_offset + (v.view_byte_length() or 0)])
    raise node_error("TypeError", "ERR_INVALID_ARG_TYPE",
                     'The "list" argument must be an instance of SharedArrayBuffer, '
                     "ArrayBuffer or ArrayBufferView.")


def install_text_coding(realm):
    if "Uint8ArrayPrototype" not in realm.intrinsics:
        return
    g = realm.global_object

    # -- TextEncoder -------------------------------------------------------------
    enc_proto = JSObject(realm.intrinsics["ObjectPrototype"])

    def encoder_call(this, args):
        raise errors.type_error(errors.msg_class_call("TextEncoder"))

    def encoder_construct(args, new_target):
        return TextEncoderObject(get_prototype_from_constructor(new_target, "TextEncoderPrototype"))

    def check_encoder(this):
        if not isinstance(this, TextEncoderObject):
            raise invalid_arg_type("this", "of type TextEncoder", this)

    def encode(this, args):
        check_encoder(this)
        value = arg(args, 0)
        text = "" if value is UNDEFINED else ops.to_string(value)
        return uint8_array(realm, _scalar_text(text).encode("utf-8"))

    def encode_into(this, args):
        check_encoder(this)
        source = ops.to_string(arg(args, 0))
        dest = arg(args, 1)
        if not isinstance(dest, TypedArrayObject) or dest.kind is not _UINT8:
            raise invalid_arg_type("dest", "an instance of Uint8Array", dest)
        room = dest.length()
        data = dest.buffer.data
        read = written = 0
        i = 0
        while i < len(source):
            width = 2 if (0xD800 <= ord(source[i]) <= 0xDBFF and i + 1 < len(source)
                          and 0xDC00 <= ord(source[i + 1]) <= 0xDFFF) else 1
            chunk = _scalar_text(source[i:i + width]).encode("utf-8")
            if written + len(chunk) > room:
                break
            start = dest.byte_offset + written
            data[start:start + len(chunk)] = chunk
            written += len(chunk)
            read += width
            i += width
        result = JSObject(realm.intrinsics["ObjectPrototype"])
        create_data_property_or_throw(result, "read", read)
        create_data_property_or_throw(result, "written", written)
        return result

    def encoding(this, args):
        return "utf-8"

    make_constructor(realm, "TextEncoder", 0, encoder_call, encoder_construct, enc_proto,
                     global_name=False)
    define_methods(realm, enc_proto, [("encode", encode, 0), ("encodeInto", encode_into, 2)])
    define_accessor(realm, enc_proto, "encoding", encoding, flags=ENUMERABLE | CONFIGURABLE)
    define_value(enc_proto, WELL_KNOWN.toStringTag, "TextEncoder", CONFIGURABLE)
    define_value(g, "TextEncoder", realm.intrinsics["TextEncoder"], WRITABLE | CONFIGURABLE)

    # -- TextDecoder -------------------------------------------------------------
    dec_proto = JSObject(realm.intrinsics["ObjectPrototype"])

    def decoder_call(this, args):
        raise errors.type_error(errors.msg_class_call("TextDecoder"))

    def decoder_construct(args, new_target):
        label = arg(args, 0)
        label = "utf-8" if label is UNDEFINED else ops.to_string(label)
        encoding = _LABELS.get(label.strip(" \t\n\f\r").lower())
        if encoding is None:
            raise node_error("RangeError", "ERR_ENCODING_NOT_SUPPORTED",
                             'The "%s" encoding is not supported' % label)
        options = arg(args, 1)
        d = TextDecoderObject(get_prototype_from_constructor(new_target, "TextDecoderPrototype"))
        d.encoding = encoding
        d.fatal = d.ignore_bom = False
        if isinstance(options, JSObject):
            d.fatal = to_boolean(options.get("fatal"))
            d.ignore_bom = to_boolean(options.get("ignoreBOM"))
        d.decoder = None
        d.bom_seen = False
        return d

    def check_decoder(this):
        if not isinstance(this, TextDecoderObject):
            raise invalid_arg_type("this", "of type TextDecoder", this)
        return this

    def decode(this, args):
        d = check_decoder(this)
        value = arg(args, 0)
        data = b"" if value is UNDEFINED else input_bytes(value)
        options = arg(args, 1)
        stream = isinstance(options, JSObject) and to_boolean(options.get("stream"))
        if d.decoder is None:
            d.decoder = codecs.getincrementaldecoder(_CODECS[d.encoding])(
                "strict" if d.fatal else "replace")
            d.bom_seen = False
        try:
            text = d.decoder.decode(data, final=not stream)
        except UnicodeDecodeError:
            d.decoder = None
            raise node_error("TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA",
                             "The encoded data was not valid for encoding %s" % d.encoding)
        if not d.bom_seen and text:
            d.bom_seen = True
            if d.encoding == "windows-1252":
                # node's latin1 fast path drops a leading 0xFF byte when
                # ignoreBOM is set (and keeps it otherwise)
                if d.ignore_bom and text.startswith("\xff"):
                    text = text[1:]
            elif not d.ignore_bom and text.startswith("\ufeff"):
                text = text[1:]
        if not stream:
            d.decoder = None
        return to_utf16_units(text)

    make_constructor(realm, "TextDecoder", 0, decoder_call, decoder_construct, dec_proto,
                     global_name=False)
    define_methods(realm, dec_proto, [("decode", decode, 0)])
    for name, read in (("encoding", lambda d: d.encoding), ("fatal", lambda d: d.fatal),
                       ("ignoreBOM", lambda d: d.ignore_bom)):
        define_accessor(realm, dec_proto, name,
                        lambda this, args, read=read: read(check_decoder(this)),
                        flags=ENUMERABLE | CONFIGURABLE)
    define_value(dec_proto, WELL_KNOWN.toStringTag, "TextDecoder", CONFIGURABLE)
    define_value(g, "TextDecoder", realm.intrinsics["TextDecoder"], WRITABLE | CONFIGURABLE)
