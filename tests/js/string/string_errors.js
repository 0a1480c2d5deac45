// TypeErrors and RangeErrors of String built-ins (V8's messages)
function t(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
t(function () { return String.prototype.trim.call(null); });
t(function () { return String.prototype.trimStart.call(undefined); });
t(function () { return String.prototype.at.call(undefined, 0); });
t(function () { return "a".repeat(-1); });
t(function () { return "a".repeat(Infinity); });
t(function () { return "a".padEnd(Math.pow(2, 31)); });
t(function () { return "a".normalize("nope"); });
t(function () { return String.fromCodePoint(-1); });
t(function () { return String.fromCodePoint(1.5); });
t(function () { return String.prototype.toString.call(1); });
t(function () { return String.prototype.valueOf.call({}); });
t(function () { return new String(Symbol()); });
t(function () { return String.raw(); });
t(function () { return "".concat(Symbol()); });
/* expected
TypeError: String.prototype.trim called on null or undefined
TypeError: String.prototype.trimLeft called on null or undefined
TypeError: String.prototype.at called on null or undefined
RangeError: Invalid count value: -1
RangeError: Invalid count value: Infinity
RangeError: Invalid string length
RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.
RangeError: Invalid code point -1
RangeError: Invalid code point 1.5
TypeError: String.prototype.toString requires that 'this' be a String
TypeError: String.prototype.valueOf requires that 'this' be a String
TypeError: Cannot convert a Symbol value to a string
TypeError: Cannot convert undefined or null to object
TypeError: Cannot convert a Symbol value to a string
*/
