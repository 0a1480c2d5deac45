// Object statics: keys/values/entries order, assign, create, define*, descriptors.
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
var o = { b: 1, 2: "x", a: 2, 1: "y" };
Object.defineProperty(o, "hidden", { value: 3, enumerable: false });
console.log(Object.keys(o), Object.values(o));
console.log(JSON.stringify(Object.entries("ab")));
console.log(Object.getOwnPropertyNames(o), Object.getOwnPropertyNames("ab"));
var t = Object.assign({ a: 1 }, "ab", null, 1, { c: 3 });
console.log(JSON.stringify(t));
show(function () { return Object.assign(Object.freeze({ a: 1 }), { a: 2 }); });
show(function () { return Object.create(1); });
show(function () { return Object.create(); });
var p = { greet: function () { return "hi " + this.n; } };
var c = Object.create(p, { n: { value: "c", enumerable: true }, m: { get: function () { return 7; } } });
console.log(c.greet(), c.m, Object.keys(c), Object.getPrototypeOf(c) === p);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(c, "n")));
console.log(JSON.stringify(Object.getOwnPropertyDescriptors([1])));
show(function () { return Object.defineProperty(1); });
show(function () { return Object.defineProperty({}, "a", 1); });
show(function () { return Object.defineProperties({}, { a: 1 }); });
show(function () { return Object.defineProperty({}, "a", { get: 1 }); });
show(function () { var f = Object.defineProperty({}, "x", { value: 1 }); Object.defineProperty(f, "x", { value: 2 }); });
show(function () { Object.defineProperty(Object.preventExtensions({}), "z", { value: 1 }); });
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is("a", "a"));
console.log(Object.hasOwn({ a: 1 }, "a"), Object.hasOwn({ a: 1 }, "toString"), Object.hasOwn("ab", 1));
show(function () { return Object.hasOwn(null, "x"); });
show(function () { return Object.keys(); });
var s = Symbol("s");
var withSym = {};
withSym[s] = 1;
withSym.k = 2;
console.log(Object.getOwnPropertySymbols(withSym).length, Object.getOwnPropertySymbols(withSym)[0] === s);
/* expected
[ '1', '2', 'b', 'a' ] [ 'y', 'x', 1, 2 ]
[["0","a"],["1","b"]]
[ '1', '2', 'b', 'a', 'hidden' ] [ '0', '1', 'length' ]
{"0":"a","1":"b","a":1,"c":3}
TypeError: Cannot assign to read only property 'a' of object '#<Object>'
TypeError: Object prototype may only be an Object or null: 1
TypeError: Object prototype may only be an Object or null: undefined
hi c 7 [ 'n' ] true
{"value":"c","writable":false,"enumerable":true,"configurable":false}
{"0":{"value":1,"writable":true,"enumerable":true,"configurable":true},"length":{"value":1,"writable":true,"enumerable":false,"configurable":false}}
TypeError: Object.defineProperty called on non-object
TypeError: Property description must be an object: 1
TypeError: Property description must be an object: 1
TypeError: Getter must be a function: 1
TypeError: Cannot redefine property: x
TypeError: Cannot define property z, object is not extensible
true false true
true false true
TypeError: Cannot convert undefined or null to object
TypeError: Cannot convert undefined or null to object
1 true
*/
