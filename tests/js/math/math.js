// Math: signed zeros, rounding, several-argument functions
function show(x) { return Object.is(x, -0) ? "-0" : String(x); }
function all(a, b, c, d, e, f) {
  var out = show(a) + " " + show(b) + " " + show(c) + " " + show(d) + " " + show(e);
  return f === undefined ? out : out + " " + show(f);
}
console.log(all(Math.round(-0.5), Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.round(-0)));
console.log(all(Math.ceil(-0.5), Math.floor(-0), Math.trunc(-0.9), Math.sign(-0), Math.sign(-3), Math.abs(-0)));
console.log(all(Math.max(), Math.min(), Math.max(0, -0), Math.min(0, -0), Math.max(1, NaN), Math.min("2", 3)));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(NaN, Infinity), Math.hypot(1, 2, 3), Math.hypot(-0));
console.log(Math.atan2(0, -0), show(Math.atan2(-0, 0)), Math.atan2(1, 1), Math.atan2(Infinity, -Infinity));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(1e40), Math.clz32(1), Math.clz32(0), Math.imul(0xffffffff, 5), Math.imul(3, 4));
console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2), Math.expm1(0), Math.log1p(-1), Math.pow(2, 0.5), Math.pow(NaN, 0), 2 ** -1074);
console.log(Math.sqrt(2), Math.sqrt(-1), show(Math.sqrt(-0)), Math.log(0), Math.log10(1000), Math.log2(8), Math.exp(0));
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.atanh(1), Math.acosh(0.5), Math.asin(2));
console.log(Math.PI, Math.E, Math.LN2, Math.SQRT2, Object.prototype.toString.call(Math), String(Math));
var r = Math.random();
console.log(r >= 0 && r < 1, typeof r);
/* expected
-0 3 -2 0 -0
-0 -0 -0 -0 -1 0
-Infinity Infinity 0 -0 NaN 2
5 0 Infinity 3.741657386773941 0
3.141592653589793 -0 0.7853981633974483 2.356194490192345
5.5 5.050000190734863 Infinity 31 32 -5 12
3 -2 1.2599210498948732 0 -Infinity 1.4142135623730951 1 5e-324
1.4142135623730951 NaN -0 -Infinity 3 3 1
0 1 0 Infinity NaN NaN
3.141592653589793 2.718281828459045 0.6931471805599453 1.4142135623730951 [object Math] [object Math]
true number
*/
