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
*/
