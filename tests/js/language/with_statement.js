var o = { a: 1, f() { return this === o; }, [Symbol.unscopables]: { hidden: true }, hidden: "no" };
var hidden = "outer hidden";
with (o) { console.log(a, f(), hidden); a = 2; var declared = 3; b = 4; }
console.log(o.a, declared, typeof b, o.b);
function inFn(obj) { with (obj) { return [x, typeof y, (() => x)()]; } }
console.log(inFn({ x: 10 }));
var fns = [];
with ({ v: 1 }) { for (let i = 0; i < 2; i++) fns.push(() => v + i); }
console.log(fns.map(f => f()));
function brk() { for (var i = 0; i < 3; i++) { with ({ i2: i }) { if (i2 === 1) break; } } return i; }
console.log(brk());
function thr() { try { with ({}) { throw new Error("w"); } } catch (e) { return e.message + typeof e; } }
console.log(thr());
with (Math) console.log(max(1, 2), PI > 3);
with ({ eval: 1 }) { console.log(typeof eval); }
/* expected
1 true outer hidden
2 3 number undefined
[ 10, 'undefined', 10 ]
[ 1, 2 ]
1
wobject
2 true
number
*/
