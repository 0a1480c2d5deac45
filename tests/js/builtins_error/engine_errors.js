// Errors thrown by the engine are real instances of the realm's constructors.
function catchIt(f) { try { f(); } catch (e) { return e; } }
var e1 = catchIt(function () { null.x; });
console.log(e1 instanceof TypeError, e1.constructor === TypeError, Object.getOwnPropertyNames(e1).join());
console.log(e1.name, e1.message, Object.prototype.toString.call(e1));
var e2 = catchIt(function () { undefinedVariable; });
console.log(e2 instanceof ReferenceError, String(e2));
var e3 = catchIt(function () { new Array(-1); });
console.log(e3 instanceof RangeError, String(e3));
var e4 = catchIt(function () { Object.defineProperty(1, "x", {}); });
console.log(e4 instanceof TypeError, e4.stack.split("\n")[0]);
TypeError.prototype.extra = "shared";
console.log(catchIt(function () { undefined(); }).extra);
/* expected
true true stack,message
TypeError Cannot read properties of null (reading 'x') [object Error]
true ReferenceError: undefinedVariable is not defined
true RangeError: Invalid array length
true TypeError: Object.defineProperty called on non-object
shared
*/
