// WeakMap, WeakSet, WeakRef, FinalizationRegistry.
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
var k1 = {}, k2 = function () {}, sym = Symbol("s");
var wm = new WeakMap([[k1, 1]]);
console.log(wm.get(k1), wm.set(k2, 2) === wm, wm.get(k2), wm.has(k1), wm.delete(k1), wm.has(k1), wm.delete(k1));
console.log(wm.get(1), wm.has("x"), wm.delete(null));
wm.set(sym, "symbol key");
console.log(wm.get(sym));
show(function () { return wm.set(1, 2); });
show(function () { return wm.set(Symbol.for("registered"), 2); });
show(function () { return WeakMap(); });
show(function () { return WeakMap.prototype.get.call(new Map(), k1); });
show(function () { return new WeakMap([[1, 2]]); });
var ws = new WeakSet([k1]);
console.log(ws.has(k1), ws.add(k2) === ws, ws.has(k2), ws.delete(k2), ws.has(k2), ws.has(1), ws.delete("a"));
show(function () { return ws.add(1); });
show(function () { return WeakSet.prototype.has.call({}, k1); });
console.log(Object.getOwnPropertyNames(WeakMap.prototype).join(), Object.getOwnPropertyNames(WeakSet.prototype).join());
console.log(wm, ws, Object.prototype.toString.call(wm), Object.prototype.toString.call(ws));
var target = { name: "t" };
var ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().name, ref, Object.prototype.toString.call(ref));
console.log(new WeakRef(sym).deref() === sym);
show(function () { return new WeakRef(1); });
show(function () { return new WeakRef(Symbol.for("x")); });
show(function () { return WeakRef({}); });
show(function () { return WeakRef.prototype.deref.call({}); });
var fr = new FinalizationRegistry(function (held) { console.log("cleanup", held); });
var token = {};
var kept = [{}, {}, {}];   // alive: whether a dead target's cleanup runs depends on the collector
console.log(fr.register(kept[0], "a", token), fr.register(kept[1], "b", token), fr.register(kept[2], "c"));
console.log(fr.unregister(token), fr.unregister(token), fr.unregister({}));
show(function () { return fr.register(1, "x"); });
show(function () { return fr.register(target, target); });
show(function () { return fr.register(target, 1, 1); });
show(function () { return fr.unregister(1); });
show(function () { return new FinalizationRegistry(1); });
show(function () { return FinalizationRegistry.prototype.register.call({}, {}); });
console.log(fr, Object.prototype.toString.call(fr), FinalizationRegistry.length, WeakRef.length);
/* expected
1 true 2 true true false false
undefined false false
symbol key
TypeError: Invalid value used as weak map key
TypeError: Invalid value used as weak map key
TypeError: Constructor WeakMap requires 'new'
TypeError: Method WeakMap.prototype.get called on incompatible receiver #<Map>
TypeError: Invalid value used as weak map key
true true true true false false false
TypeError: Invalid value used in weak set
TypeError: Method WeakSet.prototype.has called on incompatible receiver #<Object>
constructor,delete,get,set,has constructor,delete,has,add
WeakMap { <items unknown> } WeakSet { <items unknown> } [object WeakMap] [object WeakSet]
true t WeakRef {} [object WeakRef]
true
TypeError: WeakRef: invalid target
TypeError: WeakRef: invalid target
TypeError: Constructor WeakRef requires 'new'
TypeError: Method WeakRef.prototype.deref called on incompatible receiver #<Object>
undefined undefined undefined
true false false
TypeError: FinalizationRegistry.prototype.register: invalid target
TypeError: FinalizationRegistry.prototype.register: target and holdings must not be same
TypeError: Invalid unregisterToken ('1')
TypeError: Invalid unregisterToken ('1')
TypeError: FinalizationRegistry: cleanup must be callable
TypeError: Method FinalizationRegistry.prototype.register called on incompatible receiver #<Object>
FinalizationRegistry {} [object FinalizationRegistry] 1 1
*/
