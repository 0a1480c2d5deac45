// TextEncoder / TextDecoder (UTF-8): encode, encodeInto, BOM, fatal,
// streaming, the inputs decode accepts and node's errors.
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode("héllo €𝄞"), enc.encode(), enc.encode("\ud800x"));
const dest = new Uint8Array(5);
console.log(enc.encodeInto("a€b", dest), dest);
console.log(enc.encodeInto("€€", new Uint8Array(4)));
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
console.log(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 104, 195, 169, 0xff, 0xf0, 0x9d, 0x84, 0x9e])));
console.log(JSON.stringify(new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 65]))));
console.log(dec.decode(new Uint8Array([104, 105]).buffer), dec.decode(new DataView(new Uint8Array([106]).buffer)), JSON.stringify(dec.decode()));
try { new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
try { dec.decode("str"); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new TextDecoder("UTF8").encoding, new TextDecoder(" unicode-1-1-utf-8 ").encoding);
const s = new TextDecoder(); console.log(JSON.stringify(s.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + s.decode(new Uint8Array([0xac]))));
console.log(Object.prototype.toString.call(enc), Object.prototype.toString.call(dec), typeof TextEncoder, TextEncoder.name);
/* expected
utf-8 Uint8Array(14) [
  104, 195, 169, 108,
  108, 111,  32, 226,
  130, 172, 240, 157,
  132, 158
] Uint8Array(0) [] Uint8Array(4) [ 239, 191, 189, 120 ]
{ read: 3, written: 5 } Uint8Array(5) [ 97, 226, 130, 172, 98 ]
{ read: 1, written: 3 }
utf-8 false false
hé�𝄞
"﻿A"
hi j ""
TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8
TypeError ERR_INVALID_ARG_TYPE The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.
utf-8 utf-8
"€"
[object TextEncoder] [object TextDecoder] function TextEncoder
*/
