// Arithmetic and comparisons in baseline code (f runs hot as direct code) agree
// with node on every pair of interesting operands: a hash of all results.
function f(a, b) { return [a * b, a % b, a / b, a - b, a + b, a < b, a >= b, a & b, a | b, a ^ b, a % 3, a * 2, a / 2, -a * 0, a < 3 ? 1 : 2]; }
var vals = [0, -0, 1, -1, 5, -5, 7, 2.5, -2.5, NaN, Infinity, -Infinity, 2**52, 2**53, -(2**53), 9007199254740993, 3e20, "3", "x", null, undefined, true, 10n];
var out = [];
for (var k = 0; k < 3; k++)
for (var i = 0; i < vals.length; i++) for (var j = 0; j < vals.length; j++) {
  var a = vals[i], b = vals[j];
  try { out.push(f(a, b).map(function (v) { return Object.is(v, -0) ? "-0" : String(v); }).join(",")); } catch (e) { out.push(e.constructor.name); }
}
console.log(out.length, out.join(";").length);
var h = 0; var s = out.join(";"); for (var q = 0; q < s.length; q++) h = (h * 31 + s.charCodeAt(q)) | 0;
console.log(h);
// Strict equality (and its compare-and-branch superinstruction) likewise.
function eq(a, b) { return [a === b, a !== b, a === 0, 0 === a, a === "x", a === 1.5, a !== 0, a === b ? 1 : 2, a !== b ? 1 : 2, a === 0 ? 1 : 2]; }
var vals = [0, -0, 1, 1.5, NaN, "x", "0", null, undefined, true, false, {}, 10n, Infinity];
var out = [];
for (var k = 0; k < 3; k++) for (var i = 0; i < vals.length; i++) for (var j = 0; j < vals.length; j++) out.push(eq(vals[i], vals[j]).join(""));
var s = out.join(";"), h = 0; for (var q = 0; q < s.length; q++) h = (h * 31 + s.charCodeAt(q)) | 0;
console.log(out.length, h);
/* expected
1587 117299
425547412
588 1982106821
*/
