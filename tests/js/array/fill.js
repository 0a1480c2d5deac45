// Array.prototype.fill over the storage shapes an array can have: no
// elements yet (new Array(n)), a few holes before the start, far past the
// storage (stays sparse), with an index setter on the prototype (must be
// called for the holes), and on a non-extensible array (throws).
var a = new Array(5).fill(1);
console.log(a, a.length);
var b = new Array(10);
b.fill(7, 3, 6);
console.log(b);
var c = new Array(1e9);
c.fill(2, 1e9 - 3);
console.log(c.length, c[1e9 - 1], c[5], Object.keys(c).length);
var big = new Array(20001).fill(true);
console.log(big.length, big[0], big[20000], big.indexOf(false));
var calls = [];
Object.defineProperty(Array.prototype, 3, { set(v) { calls.push(v); }, configurable: true });
var d = new Array(5).fill(9);
delete Array.prototype[3];
console.log(JSON.stringify(calls), d.length, 3 in d, d[4]);
var e = Object.preventExtensions(new Array(3));
try { e.fill(1); } catch (x) { console.log(x.constructor.name); }
console.log(e.length, 0 in e);
/* expected
[ 1, 1, 1, 1, 1 ] 5
[ <3 empty items>, 7, 7, 7, <4 empty items> ]
1000000000 2 undefined 3
20001 true true -1
[9] 5 false 9
TypeError
3 false
*/
