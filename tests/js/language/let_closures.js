// per-iteration bindings (CreatePerIterationEnvironment) and closures
var fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map(f => f()));
var pairs = [];
for (let i = 0, j = 10; i < 3; i++, j--) pairs.push(function () { return i + ":" + j; });
console.log(pairs.map(f => f()));
var mut = [];
for (let i = 0; i < 3; i++) { mut.push(() => i); i++; }
console.log(mut.map(f => f()));
var cont = [];
for (let i = 0; i < 5; i++) { if (i % 2) continue; cont.push(() => i); }
console.log(cont.map(f => f()));
var brk = [];
for (let i = 0; ; i++) { brk.push(() => i); if (i === 2) break; }
console.log(brk.map(f => f()));
var setters = [];
var getters = [];
for (let i = 0; i < 2; i++) { setters.push(v => { i = v; }); getters.push(() => i); }
setters[0](100);
console.log(getters.map(f => f()));
var inKeys = [];
for (let k in { a: 1, b: 2, c: 3 }) inKeys.push(() => k);
console.log(inKeys.map(f => f()));
var ofVals = [];
for (const v of ["x", "y"]) ofVals.push(() => v);
console.log(ofVals.map(f => f()));
var destr = [];
for (const [a, b] of [[1, 2], [3, 4]]) destr.push(() => a * b);
console.log(destr.map(f => f()));
var objd = [];
for (const { n } of [{ n: 5 }, { n: 6 }]) objd.push(() => n);
console.log(objd.map(f => f()));
var nested = [];
for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) nested.push(() => [i, j].join(""));
console.log(nested.map(f => f()));
var label = [];
outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; label.push(() => i + j); } }
console.log(label.map(f => f()));
try { for (let x of [x]) {} } catch (e) { console.log(e.constructor.name, e.message); }
try { for (let y in { y }) {} } catch (e) { console.log(e.constructor.name, e.message); }
function inFunction() {
  var out = [];
  for (let i = 0; i < 3; i++) { try { if (i === 1) throw i; out.push(() => i); } catch (e) { out.push(() => "caught " + e); } }
  return out.map(f => f());
}
console.log(inFunction());
function returnsFromLoop() { for (let i = 0; i < 5; i++) { if (i === 3) return () => i; } }
console.log(returnsFromLoop()());
var constHead = [];
for (const c = 1; constHead.length < 2;) constHead.push(() => c);
console.log(constHead.map(f => f()));
var g = function self(n) { return n ? [0].map(() => self(n - 1))[0] : "base"; };
console.log(g(3));
/* named function expressions with locals in registers */
var h = function named(a) { var x = 1, y = 2; return a + x + y; };
console.log(h(1));
/* expected
[ 0, 1, 2 ]
[ '0:10', '1:9', '2:8' ]
[ 1, 3 ]
[ 0, 2, 4 ]
[ 0, 1, 2 ]
[ 100, 1 ]
[ 'a', 'b', 'c' ]
[ 'x', 'y' ]
[ 2, 12 ]
[ 5, 6 ]
[ '00', '01', '10', '11' ]
[ 0, 1, 2 ]
ReferenceError Cannot access 'x' before initialization
ReferenceError Cannot access 'y' before initialization
[ 0, 'caught 1', 2 ]
3
[ 1, 1 ]
base
4
*/
