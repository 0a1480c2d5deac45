// Astral characters take two UTF-16 code units: offsets and columns count units.
var s = "😀"; var after = 1;
var t = "😀😁😂", u = t;
// comment with 😀 emoji 😀
/* block 😀 */ var v = 2;
var w = `😀${s}😀`;
var x = 'é😀é' + '\u{1F600}';
var 𐊧 = "💩"; 𐊧;
var re = /😀+/u, re2 = /[😀-🙏]/u;
tag`😀${x}😀`;
var o = { "😀": 1, 𐊧: 2 };
/* 😀
😀 */ var y = "𐀀􏿿";
var z = "😀" + "😀"; // 😀
