// Object.prototype methods, __proto__, Annex B accessor helpers, toString tags.
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
var ts = Object.prototype.toString;
console.log(ts.call(undefined), ts.call(null), ts.call([]), ts.call(function () {}));
console.log(ts.call(new Error("x")), ts.call(new TypeError()), ts.call(Error.prototype));
console.log(ts.call(true), ts.call(1), ts.call(""), ts.call(Symbol()), ts.call(new Boolean(false)));
console.log(ts.call((function () { return arguments; })()), ts.call(new Date(0)), ts.call(Math), ts.call(JSON));
var tagged = {};
tagged[Symbol.toStringTag] = "Custom";
console.log(ts.call(tagged), String(tagged));
var a = [];
a[Symbol.toStringTag] = "NotArray";
console.log(ts.call(a));
console.log({}.hasOwnProperty("x"), ({ x: 1 }).hasOwnProperty("x"), [1].propertyIsEnumerable("length"));
show(function () { return Object.prototype.hasOwnProperty.call(null, "x"); });
show(function () { return Object.prototype.isPrototypeOf.call(null, 1); });
show(function () { return Object.prototype.isPrototypeOf.call(null, {}); });
show(function () { return Object.prototype.toLocaleString.call(null); });
var proto = { p: 1 };
var child = Object.create(proto);
console.log(proto.isPrototypeOf(child), child.isPrototypeOf(proto), Object.prototype.isPrototypeOf(child));
console.log(child.__proto__ === proto, {}.__proto__ === Object.prototype);
child.__proto__ = { q: 2 };
console.log(child.p, child.q);
child.__proto__ = 5;
console.log(child.q);
show(function () { proto.__proto__ = Object.create(proto); });
show(function () { var ne = Object.preventExtensions({}); ne.__proto__ = {}; });
show(function () { Object.prototype.__proto__ = {}; });
show(function () { return Object.setPrototypeOf(Object.prototype, null) === Object.prototype; });
var g = {};
g.__defineGetter__("x", function () { return "got"; });
g.__defineSetter__("x", function (v) { this.saved = v; });
g.x = 9;
console.log(g.x, g.saved, typeof g.__lookupGetter__("x"), typeof Object.create(g).__lookupSetter__("x"));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(g, "x").enumerable));
show(function () { ({}).__defineGetter__("x", 1); });
show(function () { ({}).__defineSetter__("x", 1); });
show(function () { Object.freeze({}).__defineGetter__("x", function () {}); });
console.log(Object.getOwnPropertyNames(Object.prototype).join());
console.log(Object.getOwnPropertyDescriptor(Object.prototype, "__proto__").set.name);
console.log(Object.prototype.constructor === Object, Object.length, Object.name);
/* expected
[object Undefined] [object Null] [object Array] [object Function]
[object Error] [object Error] [object Object]
[object Boolean] [object Number] [object String] [object Symbol] [object Boolean]
[object Arguments] [object Date] [object Math] [object JSON]
[object Custom] [object Custom]
[object NotArray]
false true false
TypeError: Cannot convert undefined or null to object
false
TypeError: Cannot convert undefined or null to object
TypeError: Object.prototype.toLocaleString called on null or undefined
true false true
true true
undefined 2
2
TypeError: Cyclic __proto__ value
TypeError: #<Object> is not extensible
TypeError: Immutable prototype object 'Object.prototype' cannot have their prototype set
true
got 9 function function
true
TypeError: Object.prototype.__defineGetter__: Expecting function
TypeError: Object.prototype.__defineSetter__: Expecting function
TypeError: Cannot define property x, object is not extensible
constructor,__defineGetter__,__defineSetter__,hasOwnProperty,__lookupGetter__,__lookupSetter__,isPrototypeOf,propertyIsEnumerable,toString,valueOf,__proto__,toLocaleString
set __proto__
true 1 Object
*/
