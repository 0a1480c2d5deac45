// Found by the differential fuzzer (minijs/fuzz): V8 gives sloppy
// `function` functions own `arguments` and `caller` data properties
// (null, non-writable, non-configurable); strict functions, arrows,
// methods and classes have none.  minijs keeps them null always (no
// path from a function to its caller; V8 shows a sloppy caller).
function sloppy() {}
console.log(Object.getOwnPropertyNames(sloppy).join());
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(sloppy, 'caller')));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(sloppy, 'arguments')));
console.log(Object.getOwnPropertyNames(function () { 'use strict'; }).join());
console.log(Object.getOwnPropertyNames(() => 1).join());
console.log(Object.getOwnPropertyNames({ m() {} }.m).join());
console.log(Object.getOwnPropertyNames(class {}).join());
console.log(Object.getOwnPropertyNames(function* () {}).join());
console.log(Object.getOwnPropertyNames(Function('return 1')).join());
console.log((function f() { 'use strict'; try { return f.caller; } catch (e) { return e.name; } })());
console.log([1].map(function g() { return g.caller; })[0]);
sloppy.caller = 5;
console.log(sloppy.caller, delete sloppy.caller);
/* expected
length,name,arguments,caller,prototype
{"value":null,"writable":false,"enumerable":false,"configurable":false}
{"value":null,"writable":false,"enumerable":false,"configurable":false}
length,name,prototype
length,name
length,name
length,name,prototype
length,name,prototype
length,name,arguments,caller,prototype
TypeError
null
null false
*/
