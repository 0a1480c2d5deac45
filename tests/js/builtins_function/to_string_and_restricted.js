// Function.prototype.toString of built-ins and the caller/arguments poison pills.
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
console.log(Math.max.toString(), Object.keys.toString());
console.log(Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").get.toString());
console.log(Symbol.prototype[Symbol.toPrimitive].toString());
console.log(Function.prototype.toString());
show(function () { return Function.prototype.toString.call({}); });
show(function () { return Function.prototype.toString.call(1); });
show(function () { return Function.prototype.caller; });
show(function () { return Function.prototype.arguments; });
var desc = Object.getOwnPropertyDescriptor(Function.prototype, "caller");
console.log(typeof desc.get, desc.get === desc.set, desc.enumerable, desc.configurable);
console.log(desc.get === Object.getOwnPropertyDescriptor(Function.prototype, "arguments").get);
console.log(Object.isExtensible(desc.get), desc.get.length, JSON.stringify(desc.get.name));
show(function () { "use strict"; return (function () { "use strict"; }).caller; });
/* expected
function max() { [native code] } function keys() { [native code] }
function get __proto__() { [native code] }
function [Symbol.toPrimitive]() { [native code] }
function () { [native code] }
TypeError: Function.prototype.toString requires that 'this' be a Function
TypeError: Function.prototype.toString requires that 'this' be a Function
TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
function true false true
true
false 0 ""
TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
*/
