// iterator closing: break, return, throw, labelled jumps, destructuring
function it(name, n, opts) {
  opts = opts || {};
  var i = 0;
  var iter = {
    [Symbol.iterator]() { return this; },
    next() {
      i++;
      if (opts.nextThrows === i) throw new Error(name + " next threw");
      return { value: i, done: i > n };
    },
  };
  if (!opts.noReturn) {
    iter.return = function () {
      console.log(name, "return() at", i);
      if (opts.returnThrows) throw new Error(name + " return threw");
      return opts.returnPrimitive ? 1 : {};
    };
  }
  return iter;
}
for (var v of it("A", 3)) {}
for (var v of it("B", 3)) { if (v === 2) break; }
function r() { for (var v of it("C", 3)) { if (v === 1) return "returned " + v; } }
console.log(r());
try { for (var v of it("D", 3)) { throw new Error("body threw"); } } catch (e) { console.log(e.message); }
try { for (var v of it("E", 3, { returnThrows: true })) { throw new Error("body threw first"); } } catch (e) { console.log(e.message); }
try { for (var v of it("F", 3, { returnThrows: true })) { break; } } catch (e) { console.log(e.message); }
try { for (var v of it("G", 3, { returnPrimitive: true })) { break; } } catch (e) { console.log(e.message); }
try { for (var v of it("H", 3, { nextThrows: 2 })) {} } catch (e) { console.log(e.message); }
outer: for (var a of it("outer", 2)) {
  for (var b of it("inner", 3)) {
    if (b === 2) continue outer;
    if (a === 2) break outer;
  }
}
lbl: { for (var v of it("block", 3)) { break lbl; } }
function nested() {
  for (var a of it("n1", 2)) for (var b of it("n2", 2)) return [a, b];
}
console.log(nested());
function viaFinally() {
  for (var v of it("fin", 3)) {
    try { return "from try"; } finally { console.log("finally runs before close"); }
  }
}
console.log(viaFinally());
function finallyOverrides() {
  try { for (var v of it("fo", 3)) { return 1; } } finally { console.log("outer finally"); }
}
console.log(finallyOverrides());
for (var v of it("no-return", 2, { noReturn: true })) { break; }
try { for (var [x] of [1]) {} } catch (e) { console.log(e.constructor.name); }
var [d1, d2] = it("destructure", 5);
console.log(d1, d2);
var [e1, ...erest] = it("rest", 3);
console.log(e1, erest);
var [] = it("empty", 3);
try { var [z = (() => { throw new Error("default threw"); })()] = it("default", 3); } catch (e) { console.log(e.message); }
try { var [q] = it("q", 3, { nextThrows: 1 }); } catch (e) { console.log(e.message); }
var [h1, , h3] = it("holes", 1);
console.log(h1, h3);
var obj = {};
[obj.a, obj["b"], ...obj.c] = [1, 2, 3, 4];
console.log(obj);
var [[n1, n2], { p: [n3] }] = [[1, 2], { p: [3] }];
console.log(n1, n2, n3);
var count = 0;
for (var s of [1, 2, 3]) { if (s === 2) continue; count += s; }
console.log(count);
var arr = [1, 2, 3];
for (var el of arr) { if (arr.length < 6) arr.push(el * 10); }
console.log(arr);
var seen = [];
for (var [k, val] of Object.entries({ x: 1, y: 2 })) seen.push(k + val);
console.log(seen.join());
for (let w of [1]) { let w2 = w; console.log(w2); }
/* expected
B return() at 2
C return() at 1
returned 1
D return() at 1
body threw
E return() at 1
body threw first
F return() at 1
F return threw
G return() at 1
Iterator result 1 is not an object
H next threw
inner return() at 2
inner return() at 1
outer return() at 2
block return() at 1
n2 return() at 1
n1 return() at 1
[ 1, 1 ]
finally runs before close
fin return() at 1
from try
fo return() at 1
outer finally
1
TypeError
destructure return() at 2
1 2
1 [ 2, 3 ]
empty return() at 0
default return() at 1
q next threw
1 undefined
{ a: 1, b: 2, c: [ 3, 4 ] }
1 2 3
4
[ 1, 2, 3, 10, 20, 30 ]
x1,y2
1
*/
