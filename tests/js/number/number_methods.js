// Number constructor, statics and prototype formatting
console.log(Number("  42  "), Number("0x1f"), Number("1e3"), Number(""), Number("abc"), Number(10n), Number(null), Number(" 5 "));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(Math.pow(2, 53)), Number.isNaN("x"), Number.isFinite("1"));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, parseInt("0x1F"), parseInt("12px", 10), parseInt("z", 36), parseFloat("3.14abc"));
console.log((255).toString(16), (255).toString(2), (-255.5).toString(2), (0.5).toString(36), (1e21).toString(), (123.456).toString(8));
console.log((1.005).toFixed(2), (0.5).toFixed(0), (1.45).toFixed(1), (-1.5e-7).toFixed(3), (1e21).toFixed(2), (123.456).toFixed());
console.log((123.456).toExponential(), (123.456).toExponential(2), (0).toExponential(3), (1e-10).toExponential(1));
console.log((123.456).toPrecision(4), (0.00001234).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision());
console.log((1234.5).toLocaleString(), (-1234567.891).toLocaleString(), (0.0005).toLocaleString(), (1e21).toLocaleString(), NaN.toLocaleString());
console.log(new Number(3) + 1, typeof new Number(3), Object(1.5).toFixed(1), (5).valueOf());
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
t(function () { return (1).toString(1); });
t(function () { return (1).toFixed(101); });
t(function () { return (1).toPrecision(0); });
t(function () { return (1).toExponential(-1); });
t(function () { return Number.prototype.toString.call("1"); });
t(function () { return Number.prototype.valueOf.call({}); });
t(function () { return Number(Symbol()); });
/* expected
42 31 1000 0 NaN 10 0 5
9007199254740991 -9007199254740991 2.220446049250313e-16 1.7976931348623157e+308 5e-324
true false false false false
true true 31 12 35 3.14
ff 11111111 -11111111.1 0.i 1e+21 173.3513615237574734
1.00 1 1.4 -0.000 1e+21 123
1.23456e+2 1.23e+2 0.000e+0 1.0e-10
123.5 0.000012 1.2e+5 1.5
1,234.5 -1,234,567.891 0.001 1,000,000,000,000,000,000,000 NaN
4 object 1.5 5
RangeError: toString() radix argument must be between 2 and 36
RangeError: toFixed() digits argument must be between 0 and 100
RangeError: toPrecision() argument must be between 1 and 100
RangeError: toExponential() argument must be between 0 and 100
TypeError: Number.prototype.toString requires that 'this' be a Number
TypeError: Number.prototype.valueOf requires that 'this' be a Number
TypeError: Cannot convert a Symbol value to a number
*/
