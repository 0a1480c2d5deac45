// TextDecoder beyond UTF-8: the UTF-16LE / UTF-16BE labels (BOM, surrogate
// pairs, streaming, fatal) and the windows-1252 labels, which node
// decodes as ISO-8859-1.
const bytes = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0xe9, 0x00]);
for (const label of ["utf-16le", "utf-16", "UTF-16LE", " unicode ", "ucs-2", "latin1", "iso-8859-1", "ascii", "windows-1252", "us-ascii", "l1", "utf8"]) {
  try {
    const d = new TextDecoder(label);
    console.log(JSON.stringify(label), d.encoding, JSON.stringify(d.decode(bytes)), JSON.stringify(new TextDecoder(label, { ignoreBOM: true }).decode(bytes)));
  } catch (e) { console.log(label, e.name, e.code, e.message); }
}
console.log(JSON.stringify(new TextDecoder("latin1").decode(new Uint8Array([0x80, 0x9f, 0xa0, 0xff, 0x41]))));
const odd = new TextDecoder("utf-16le");
console.log(JSON.stringify(odd.decode(new Uint8Array([0x41, 0x00, 0x42]), { stream: true })), JSON.stringify(odd.decode(new Uint8Array([0x00]))));
console.log(JSON.stringify(new TextDecoder("utf-16le").decode(new Uint8Array([0x41, 0x00, 0x42]))));
console.log(JSON.stringify(new TextDecoder("utf-16le").decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00]))));
try { new TextDecoder("utf-16le", { fatal: true }).decode(new Uint8Array([0x00, 0xd8])); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder("latin1", { fatal: true }); console.log("latin1 fatal ok"); } catch (e) { console.log(e.name, e.code, e.message); }
try { new TextDecoder("utf-16be"); console.log("be ok"); } catch (e) { console.log(e.name, e.code, e.message); }
const codes = (s) => Array.from(s, (c) => c.charCodeAt(0).toString(16)).join(",");
console.log(codes(new TextDecoder("latin1").decode(new Uint8Array([0x80, 0x9f, 0xa0, 0xff, 0x41]))));
console.log(codes(new TextDecoder("latin1", { ignoreBOM: true }).decode(new Uint8Array([0x41, 0x42]))));
console.log(codes(new TextDecoder("latin1").decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))));
const d = new TextDecoder("latin1"); console.log(d.fatal, d.ignoreBOM, codes(d.decode(new Uint8Array([0x41]), { stream: true })), codes(d.decode(new Uint8Array([0xff]))));
console.log(new TextDecoder("utf-16be").encoding, codes(new TextDecoder("utf-16be").decode(new Uint8Array([0xfe, 0xff, 0, 0x41]))));
console.log(codes(new TextDecoder("utf-16le").decode(new Uint8Array([0xff, 0xfe, 0xff, 0xfe, 0x41, 0]))));
const s = new TextDecoder("utf-16le"); console.log(codes(s.decode(new Uint8Array([0xff]), { stream: true })), codes(s.decode(new Uint8Array([0xfe, 0x41]), { stream: true })), codes(s.decode(new Uint8Array([0]))));
console.log(codes(new TextDecoder("utf-16le").decode(new Uint8Array([0x3d, 0xd8, 0x3d, 0xd8, 0x00, 0xde]))));
/* expected
"utf-16le" utf-16le "Hi😀é" "﻿Hi😀é"
"utf-16" utf-16le "Hi😀é" "﻿Hi😀é"
"UTF-16LE" utf-16le "Hi😀é" "﻿Hi😀é"
" unicode " utf-16le "Hi😀é" "﻿Hi😀é"
"ucs-2" utf-16le "Hi😀é" "﻿Hi😀é"
"latin1" windows-1252 "ÿþH\u0000i\u0000=Ø\u0000Þé\u0000" "þH\u0000i\u0000=Ø\u0000Þé\u0000"
"iso-8859-1" windows-1252 "ÿþH\u0000i\u0000=Ø\u0000Þé\u0000" "þH\u0000i\u0000=Ø\u0000Þé\u0000"
"ascii" windows-1252 "ÿþH\u0000i\u0000=Ø\u0000Þé\u0000" "þH\u0000i\u0000=Ø\u0000Þé\u0000"
"windows-1252" windows-1252 "ÿþH\u0000i\u0000=Ø\u0000Þé\u0000" "þH\u0000i\u0000=Ø\u0000Þé\u0000"
"us-ascii" windows-1252 "ÿþH\u0000i\u0000=Ø\u0000Þé\u0000" "þH\u0000i\u0000=Ø\u0000Þé\u0000"
"l1" windows-1252 "ÿþH\u0000i\u0000=Ø\u0000Þé\u0000" "þH\u0000i\u0000=Ø\u0000Þé\u0000"
"utf8" utf-8 "��H\u0000i\u0000=�\u0000��\u0000" "��H\u0000i\u0000=�\u0000��\u0000"
" ÿA"
"A" "B"
"A�"
"�A"
TypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-16le
latin1 fatal ok
be ok
80,9f,a0,ff,41
41,42
ef,bb,bf,42
false false 41 ff
utf-16be 41
feff,41
  41
fffd,d83d
*/
