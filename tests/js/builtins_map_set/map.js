// Map: SameValueZero keys, insertion order, iteration during mutation, errors.
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
var o = {};
var m = new Map([[1, "one"], ["1", "string one"], [o, "obj"], [NaN, "nan"], [-0, "zero"]]);
console.log(m.size, m.get(1), m.get("1"), m.get(o), m.get(NaN), m.get(0), m.get(+0), m.has(-0), m.get({}));
console.log(m.set(true, "t") === m, m.get(1) === m.get(true), [...m.keys()].map(String).join());
console.log(Object.is([...m.keys()][4], -0), 1 / [...m.keys()][4]);
console.log(m.delete(NaN), m.delete(NaN), m.size, m.has(NaN));
m.set(1, "uno");
console.log([...m].join(" | "));
m.clear();
console.log(m.size, [...m].length);
// live iteration: deleted entries are skipped, added ones visited
var live = new Map([[1, 1], [2, 2], [3, 3]]);
var seen = [];
for (var [k] of live) {
  seen.push(k);
  if (k === 1) { live.delete(2); live.set(4, 4); }
  if (k === 4) live.set(1, "again");   // an existing key keeps its place
}
console.log(seen.join(), [...live.values()].join());
// a Map used as a queue: many deletions while one iterator is open
var q = new Map();
for (var i = 0; i < 100; i++) q.set(i, i);
var it = q.keys();
it.next();
for (i = 0; i < 90; i++) q.delete(i);
q.set("late", 1);
console.log(it.next().value, [...it].length, q.size);
// clear during iteration, then new entries are still visited
var c = new Map([[1, 1], [2, 2]]);
var ci = c.entries();
console.log(JSON.stringify(ci.next().value));
c.clear(); c.set("x", 9);
console.log(JSON.stringify(ci.next()), JSON.stringify(ci.next()));
c.set("y", 1);
console.log(JSON.stringify(ci.next()));       // finished iterators stay finished
m = new Map([["a", 1], ["b", 2]]);
m.forEach(function (v, k, map) { console.log(k, v, map === m, this.x); if (k === "a") map.set("c", 3); }, { x: "this" });
show(function () { return Map(); });
show(function () { return new Map(5); });
show(function () { return new Map([1]); });
show(function () { return Map.prototype.get.call({}, 1); });
show(function () { return Map.prototype.set.call(new Set(), 1); });
show(function () { return Object.getOwnPropertyDescriptor(Map.prototype, "size").get.call([]); });
show(function () { return new Map().forEach(1); });
show(function () { return m.keys().next.call(new Set().values()); });
var saved = Map.prototype.set;
Map.prototype.set = 1;
show(function () { return new Map([]); });
Map.prototype.set = function (k, v) { console.log("set", k, v); return saved.call(this, k, v); };
new Map([["p", 1]]);
Map.prototype.set = saved;
console.log(Object.getOwnPropertyNames(Map.prototype).join());
console.log(Map.prototype.entries === Map.prototype[Symbol.iterator], Map.length, Map.name, Map[Symbol.species] === Map);
console.log(Object.prototype.toString.call(m), Object.prototype.toString.call(m.entries()), String(m.keys()[Symbol.toStringTag]));
console.log(Object.getPrototypeOf(Object.getPrototypeOf(m.keys())) === Object.getPrototypeOf(Object.getPrototypeOf([].keys())));
console.log(m, new Map(), new Map([[{ a: [1, 2] }, new Map([[1, 2]])]]));
console.log(m.keys(), m.values(), m.entries(), new Map().entries());
var e = m.entries(); e.next(); e.next(); e.next();
console.log(e, [new Map([[NaN, 1]])]);
m.extra = true;
console.log(m);
/* expected
5 one string one obj nan zero zero true undefined
true false 1,1,[object Object],NaN,0,true
false Infinity
true false 5 false
1,uno | 1,string one | [object Object],obj | 0,zero | true,t
0 0
1,3,4 again,3,4
90 10 11
[1,1]
{"value":["x",9],"done":false} {"done":true}
{"done":true}
a 1 true this
b 2 true this
c 3 true this
TypeError: Constructor Map requires 'new'
TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: Iterator value 1 is not an entry object
TypeError: Method Map.prototype.get called on incompatible receiver #<Object>
TypeError: Method Map.prototype.set called on incompatible receiver #<Set>
TypeError: Method get Map.prototype.size called on incompatible receiver [object Array]
TypeError: number 1 is not a function
TypeError: Method Map Iterator.prototype.next called on incompatible receiver #<Object>
TypeError: '1' returned for property 'set' of object '#<Map>' is not a function
set p 1
constructor,get,set,has,delete,clear,entries,forEach,keys,size,values
true 0 Map true
[object Map] [object Map Iterator] Map Iterator
true
Map(3) { 'a' => 1, 'b' => 2, 'c' => 3 } Map(0) {} Map(1) { { a: [ 1, 2 ] } => Map(1) { 1 => 2 } }
[Map Iterator] { 'a', 'b', 'c' } [Map Iterator] { 1, 2, 3 } [Map Entries] { [ 'a', 1 ], [ 'b', 2 ], [ 'c', 3 ] } [Map Entries] {  }
[Map Entries] {  } [ Map(1) { NaN => 1 } ]
Map(3) { 'a' => 1, 'b' => 2, 'c' => 3, extra: true }
*/
