// BigInt function and prototype
console.log(BigInt(10), BigInt("0x1f"), BigInt(" -12 "), BigInt(true), BigInt(1e21), typeof BigInt(1));
console.log(BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(0, 5n));
console.log((255n).toString(16), (-255n).toString(36), (1234567n).toLocaleString(), Object(5n).valueOf(), String(2n ** 70n));
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
t(function () { return new BigInt(1); });
t(function () { return BigInt(1.5); });
t(function () { return BigInt("abc"); });
t(function () { return BigInt(undefined); });
t(function () { return BigInt(Symbol("s")); });
t(function () { return BigInt.asIntN(-1, 1n); });
t(function () { return BigInt.prototype.toString.call(1); });
t(function () { return (1n).toString(37); });
/* expected
10n 31n -12n 1n 1000000000000000000000n bigint
-1n 255n -9223372036854775808n 0n
ff -73 1,234,567 5n 1180591620717411303424
TypeError: BigInt is not a constructor
RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer
SyntaxError: Cannot convert abc to a BigInt
TypeError: Cannot convert undefined to a BigInt
TypeError: Cannot convert Symbol(s) to a BigInt
RangeError: Invalid value: not (convertible to) a safe integer
TypeError: BigInt.prototype.toString requires that 'this' be a BigInt
RangeError: toString() radix argument must be between 2 and 36
*/
