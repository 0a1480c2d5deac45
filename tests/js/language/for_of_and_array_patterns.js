var fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map(f => f()));
var fns3 = [];
for (const k in { a: 1, b: 2 }) fns3.push(() => k);
console.log(fns3.map(f => f()));
var fns4 = [];
for (const v of [10, 20, 30]) { if (v === 20) continue; fns4.push(() => v); }
console.log(fns4.map(f => f()));
for (const [a, b] of [[1, 2], [3, 4]]) console.log(a + b);
var [x, , y = 5, ...rest] = [1, 2, undefined, 4, 5];
console.log(x, y, rest);
function it(n) {
  var i = 0;
  return { [Symbol.iterator]() { return this; }, next() { i++; return { value: i, done: i > n }; },
           return() { console.log("closed at", i); return {}; } };
}
for (var v of it(5)) { if (v === 2) break; }
function ret() { for (var v of it(5)) { if (v === 3) return v * 10; } }
console.log(ret());
try { for (var v of it(5)) { throw new Error("boom"); } } catch (e) { console.log(e.message); }
outer: for (var a of it(3)) { for (var b of it(3)) { if (b === 2) continue outer; } }
var [p, q] = it(10);
console.log(p, q);
var [p2, ...q2] = it(3);
console.log(p2, q2);
var {a: aa, ...others} = {a: 1, b: 2, c: 3};
console.log(aa, others);
function params([m, n] = [7, 8], {o, ...more} = {o: 1, z: 2}) { return [m, n, o, more]; }
console.log(params(), params([1]));
var s1, s2;
[s1, s2] = [s2, s1] = [1, 2];
console.log(s1, s2);
for (const ch of "h\u{1F600}i") console.log(ch.length);
try { var [z1] = {}; } catch (e) { console.log(e.message); }
try { for (var z of 5) {} } catch (e) { console.log(e.message); }
function fin() { for (var v of it(3)) { try { return v; } finally { console.log("finally"); } } }
console.log(fin());
var a = [1, , 3];
Array.prototype[1] = "from proto";
for (var v of a) console.log(v);
delete Array.prototype[1];
var [x, y, z] = a;
console.log(x, y, z);
var saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () { var done = false; return { next() { var r = { value: "patched", done }; done = true; return r; } }; };
for (var v of [1, 2]) console.log(v);
var [p] = [9];
console.log(p);
Array.prototype[Symbol.iterator] = saved;
var arr = [5, 6];
arr[Symbol.iterator] = function () { return [7][Symbol.iterator](); };
for (var v of arr) console.log(v);
var AIP = Object.getPrototypeOf([][Symbol.iterator]());
AIP.return = function () { console.log("return called"); return {}; };
for (var v of [1, 2]) break;
delete AIP.return;
var shrink = [1, 2, 3, 4];
for (var v of shrink) { console.log(v); shrink.length = 2; }
/* expected
[ 0, 1, 2 ]
[ 'a', 'b' ]
[ 10, 30 ]
3
7
1 5 [ 4, 5 ]
closed at 2
closed at 3
30
closed at 1
boom
closed at 2
closed at 2
closed at 2
closed at 2
1 2
1 [ 2, 3 ]
1 { b: 2, c: 3 }
[ 7, 8, 1, { z: 2 } ] [ 1, undefined, 1, { z: 2 } ]
1 2
1
2
1
{} is not iterable
5 is not iterable
finally
closed at 1
1
1
from proto
3
1 undefined 3
patched
patched
7
return called
1
2
*/
