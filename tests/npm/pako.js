// pako: zlib deflate/inflate (typed arrays, bit twiddling, CRC/Adler).
const pako = require("pako");

const text = "The quick brown fox jumps over the lazy dog. ".repeat(40) + "héllo wörld €";
const input = new TextEncoder().encode(text);
for (const level of [1, 6, 9]) {
  const packed = pako.deflate(input, { level });
  const back = pako.inflate(packed);
  console.log(level, input.length, packed.length, Array.from(packed.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join(""),
              new TextDecoder().decode(back) === text);
}
const gz = pako.gzip("hello hello hello hello");
console.log(gz.length, pako.ungzip(gz, { to: "string" }));
const raw = pako.deflateRaw(new Uint8Array(1000).map((_, i) => (i * 7) & 255));
console.log(raw.length, Array.from(pako.inflateRaw(raw).slice(0, 10)));
try { pako.inflate(new Uint8Array([1, 2, 3, 4])); } catch (e) { console.log("error:", String(e.message || e)); }
