// freeze / seal / preventExtensions and their tests; setPrototypeOf.
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
console.log(Object.freeze(1), Object.seal("s"), Object.preventExtensions(true));
console.log(Object.isFrozen(1), Object.isSealed(1), Object.isExtensible(1));
var o = { a: 1 };
console.log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
Object.seal(o);
o.a = 2;
o.b = 3;
delete o.a;
console.log(JSON.stringify(o), Object.isSealed(o), Object.isFrozen(o));
Object.freeze(o);
o.a = 5;
console.log(o.a, Object.isFrozen(o), JSON.stringify(Object.getOwnPropertyDescriptor(o, "a")));
console.log(Object.isFrozen(Object.preventExtensions({})), Object.isSealed(Object.preventExtensions({ x: 1 })));
var arr = Object.freeze([1, 2]);
show(function () { "use strict"; arr[0] = 9; });
show(function () { "use strict"; arr.push(3); });
show(function () { "use strict"; o.a = 1; });
show(function () { "use strict"; Object.preventExtensions({}).z = 1; });
var acc = {};
Object.defineProperty(acc, "g", { get: function () { return 1; }, configurable: true });
Object.freeze(acc);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(acc, "g").configurable), Object.isFrozen(acc));
var b = {};
console.log(Object.setPrototypeOf(b, null) === b, Object.getPrototypeOf(b));
console.log(Object.setPrototypeOf(1, null), Object.getPrototypeOf("x") === String.prototype);
show(function () { return Object.setPrototypeOf(null, {}); });
show(function () { return Object.setPrototypeOf({}, 2); });
show(function () { return Object.setPrototypeOf(Object.preventExtensions({}), {}); });
show(function () { var x = {}; var y = Object.create(x); return Object.setPrototypeOf(x, y); });
show(function () { return Object.getPrototypeOf(null); });
/* expected
1 s true
true true false
false false true
{"a":2} true false
2 true {"value":2,"writable":false,"enumerable":true,"configurable":false}
true false
TypeError: Cannot assign to read only property '0' of object '[object Array]'
TypeError: Cannot add property 2, object is not extensible
TypeError: Cannot assign to read only property 'a' of object '#<Object>'
TypeError: Cannot add property z, object is not extensible
false true
true null
1 true
TypeError: Object.setPrototypeOf called on null or undefined
TypeError: Object prototype may only be an Object or null: 2
TypeError: #<Object> is not extensible
TypeError: Cyclic __proto__ value
TypeError: Cannot convert undefined or null to object
*/
