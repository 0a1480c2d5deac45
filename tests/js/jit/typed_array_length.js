// a.length of a typed array read natively while the array has no own
// properties and the prototype chain and its getter are the original ones
// (checked once on entry; otherwise a deopt).
'use strict';
function sum(a) { var s = 0; for (var i = 0; i < a.length; i++) s += a[i]; return s; }
var a = new Float64Array(1000); for (var i = 0; i < 1000; i++) a[i] = i;
for (var r = 0; r < 5; r++) console.log(sum(a));
var b = new Int32Array(500).fill(3);
console.log(sum(b), sum(b));
b.foo = 1; console.log(sum(b));
// (node's own console uses typed arrays: restore the getter before printing)
var TA = Object.getPrototypeOf(Int32Array.prototype);
var original = Object.getOwnPropertyDescriptor(TA, 'length');
Object.defineProperty(TA, 'length', { get() { return 2; }, configurable: true });
var results = [sum(new Int32Array(500).fill(3)), sum(a)];
Object.defineProperty(TA, 'length', original);
console.log(results.join(' '), sum(a));

/* expected
499500
499500
499500
499500
499500
1500 1500
1500
6 1 499500
*/
