// Set: SameValueZero values, order, live iteration, forEach, inspect.
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
var s = new Set([1, 1, "1", NaN, NaN, -0, 0, true, undefined, null]);
console.log(s.size, s.has(NaN), s.has(-0), s.has(0), s.has("1"), s.has(false), [...s].map(String).join());
console.log(s.add(2) === s, s.delete(1), s.delete(1), s.size);
var seen = [];
var live = new Set(["a", "b", "c"]);
live.forEach(function (v, k, set) {
  seen.push(v + k);
  if (v === "a") { set.delete("b"); set.add("d"); }
});
console.log(seen.join(), set_list(live));
function set_list(x) { return Array.from(x).join(); }
var it = live.values();
console.log(it.next().value, live.keys === undefined, Set.prototype.keys === Set.prototype.values);
live.clear(); live.add("z");
console.log(it.next().value, it.next().done);
var big = new Set();
for (var i = 0; i < 200; i++) big.add(i);
var bi = big.values();
for (i = 0; i < 150; i++) big.delete(i);
console.log(bi.next().value, [...bi].length);
console.log(JSON.stringify([...new Set([3, 4]).entries()]));
show(function () { return Set(); });
show(function () { return Set.prototype.add.call(new Map(), 1); });
show(function () { return new Set().forEach(null); });
show(function () { return new Set({}); });
console.log(Object.getOwnPropertyNames(Set.prototype).join(), Set.prototype[Symbol.iterator] === Set.prototype.values);
console.log(new Set([1, "a", [2], { b: 3 }]), new Set(), new Set([new Set([1])]));
console.log(new Set([1, 2]).values(), new Set([1, 2]).entries(), [new Set("abc")]);
var many = new Set();
for (i = 0; i < 30; i++) many.add(i * 1000);
console.log(many);
console.log(String(new Set()), Object.prototype.toString.call(new Set().values()));
/* expected
7 true true true true false 1,1,NaN,0,true,undefined,null
true true false 7
aa,cc,dd a,c,d
a false true
z true
150 49
[[3,3],[4,4]]
TypeError: Constructor Set requires 'new'
TypeError: Method Set.prototype.add called on incompatible receiver #<Map>
TypeError: object null is not a function
TypeError: object is not iterable (cannot read property Symbol(Symbol.iterator))
constructor,has,add,delete,clear,entries,forEach,size,values,keys true
Set(4) { 1, 'a', [ 2 ], { b: 3 } } Set(0) {} Set(1) { Set(1) { 1 } }
[Set Iterator] { 1, 2 } [Set Entries] { [ 1, 1 ], [ 2, 2 ] } [ Set(3) { 'a', 'b', 'c' } ]
Set(30) {
  0,
  1000,
  2000,
  3000,
  4000,
  5000,
  6000,
  7000,
  8000,
  9000,
  10000,
  11000,
  12000,
  13000,
  14000,
  15000,
  16000,
  17000,
  18000,
  19000,
  20000,
  21000,
  22000,
  23000,
  24000,
  25000,
  26000,
  27000,
  28000,
  29000
}
[object Set] [object Set Iterator]
*/
