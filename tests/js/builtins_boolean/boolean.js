// Boolean function and constructor, Boolean.prototype.
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
console.log(Boolean(), Boolean(0), Boolean(""), Boolean("0"), Boolean(NaN), Boolean({}), Boolean([]), Boolean(Symbol()));
var b = new Boolean(false);
console.log(typeof b, b.valueOf(), b.toString(), b ? "truthy" : "falsy", b instanceof Boolean);
console.log(true.toString(), false.valueOf(), (true).constructor === Boolean);
console.log(Object.prototype.toString.call(Boolean.prototype), Boolean.prototype.valueOf(), Boolean.prototype.toString());
show(function () { return Boolean.prototype.toString.call(1); });
show(function () { return Boolean.prototype.valueOf.call("x"); });
show(function () { return Boolean.prototype.valueOf.call(Object(Symbol())); });
console.log(Boolean.length, Boolean.name, Object.getOwnPropertyNames(Boolean.prototype).join());
console.log(new Boolean(1) == true, new Boolean(0) === false, JSON.stringify([new Boolean(true)]));
/* expected
false false false true false true true true
object false false truthy true
true false true
[object Boolean] false false
TypeError: Boolean.prototype.toString requires that 'this' be a Boolean
TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean
TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean
1 Boolean constructor,toString,valueOf
true false [true]
*/
