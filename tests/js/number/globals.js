// global value properties and functions
console.log(typeof globalThis, globalThis.NaN, Infinity, undefined, isNaN("x"), isNaN("1"), isFinite("1e3"), isFinite(Infinity));
console.log(encodeURI("http://x.y/a b?c=d&e=é#f"), encodeURIComponent("a b&c=d/é"), decodeURI("%41%20%23"), decodeURIComponent("%41%20%23"));
console.log(decodeURIComponent("%F0%9F%98%80").length, escape("a b+é\u1234"), unescape("%u1234%41%zz"));
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
t(function () { return decodeURI("%"); });
t(function () { return decodeURIComponent("%C0%80"); });
t(function () { return encodeURI("\ud800"); });
var d = Object.getOwnPropertyDescriptor(globalThis, "NaN");
console.log(d.writable, d.enumerable, d.configurable);
d = Object.getOwnPropertyDescriptor(globalThis, "globalThis");
console.log(d.writable, d.enumerable, d.configurable);
/* expected
object NaN Infinity undefined true false true false
http://x.y/a%20b?c=d&e=%C3%A9#f a%20b%26c%3Dd%2F%C3%A9 A %23 A #
2 a%20b+%E9%u1234 ሴA%zz
URIError: URI malformed
URIError: URI malformed
URIError: URI malformed
false false false
true false true
*/
