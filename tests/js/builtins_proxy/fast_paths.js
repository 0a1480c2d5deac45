// Proxies reached from every fast path of the engine: hot loops (inline
// caches, the baseline tier), keyed access, Array methods, iteration, JSON,
// Object statics, prototype chains, instanceof, with.
var log = [];
function logging(target) {
  return new Proxy(target, {
    get(t, k, r) { log.push("get " + String(k)); return Reflect.get(t, k, r); },
    set(t, k, v, r) { log.push("set " + String(k)); return Reflect.set(t, k, v, r); },
    has(t, k) { log.push("has " + String(k)); return Reflect.has(t, k); },
    ownKeys(t) { log.push("ownKeys"); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push("gopd " + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
    defineProperty(t, k, d) { log.push("define " + String(k)); return Reflect.defineProperty(t, k, d); },
    deleteProperty(t, k) { log.push("delete " + String(k)); return Reflect.deleteProperty(t, k); },
  });
}
function flush(label) { console.log(label + ": " + log.join(", ")); log = []; }

// a hot property load: plain objects first (the site caches their shape), then the proxy
var objs = [];
for (var i = 0; i < 50; i++) objs.push({ x: i });
var p = logging({ x: "proxied" });
objs.push(p);
var total = 0, last;
for (var round = 0; round < 40; round++)
  for (var j = 0; j < objs.length; j++) last = objs[j].x;
console.log(last, log.length);
log = [];
function readX(o) { return o.x; }
for (i = 0; i < 3000; i++) readX(objs[i % 50]);
console.log(readX(p)); flush("hot function");
// hot keyed loads and stores on a proxy of an array
var arr = [1, 2, 3];
var pa = logging(arr);
var sum = 0;
for (i = 0; i < 300; i++) sum += arr[i % 3];
for (i = 0; i < 3; i++) sum += pa[i];
pa[1] = 20;
console.log(sum, arr[1]); flush("keyed");
console.log(pa.length, Array.isArray(pa), typeof pa, Object.prototype.toString.call(pa)); flush("basics");
console.log(pa.map(function (v) { return v * 2; }).join()); flush("map");
console.log(pa.indexOf(3), pa.includes(20)); flush("search");
console.log(pa.join("-")); flush("join");
pa.push(4); flush("push");
console.log([...pa].join(), Array.from(pa).length); flush("spread");
for (var v of pa) {} flush("for-of");
console.log(JSON.stringify(pa), JSON.stringify({ a: logging({ b: 1 }) })); flush("JSON");
console.log(Object.keys(logging({ a: 1, b: 2 })).join()); flush("keys");
console.log(JSON.stringify(Object.assign({}, logging({ c: 3 })))); flush("assign");
console.log([0].concat(pa).length); flush("concat");
pa.reverse(); flush("reverse");
// proxies on the prototype chain
var child = Object.create(logging({ inherited: "yes" }));
console.log(child.inherited, "inherited" in child, child.own); flush("proto get/has");
child.fresh = 1;
console.log(Object.keys(child).join()); flush("proto set");
for (var k in child) {}
log = [];
function F() {}
F.prototype = logging({});
var f = new F();
console.log(f instanceof F, Object.getPrototypeOf(f) === F.prototype); flush("instanceof");
var callable = new Proxy(function (a) { return a + 1; }, {});
console.log(typeof callable, callable(1), callable.call(null, 2), [1, 2].map(callable).join(), callable.length, callable.name);
var C = new Proxy(function (x) { this.x = x; }, {});
console.log(new C(5).x, new C(5) instanceof C);
// (reading `w` itself: V8 skips the second `has` of GetBindingValue that
// the spec and test262 want; tests/compiler/test_resolved_references.py)
with (logging({ w: "with" })) { console.log("with", typeof nothere); }
flush("with");
console.log(Object.freeze(logging({ z: 1 })) !== undefined); flush("freeze");
console.log(Object.isFrozen(logging(Object.freeze({ z: 1 })))); flush("isFrozen");
/* expected
proxied 40
proxied
hot function: get x
606 20
keyed: get 0, get 1, get 2, set 1, gopd 1, define 1
3 true object [object Array]
basics: get length, get Symbol(Symbol.toStringTag)
2,40,6
map: get map, get length, get constructor, has 0, get 0, has 1, get 1, has 2, get 2
2 true
search: get indexOf, get length, has 0, get 0, has 1, get 1, has 2, get 2, get includes, get length, get 0, get 1
1-20-3
join: get join, get length, get 0, get 1, get 2
push: get push, get length, set 3, gopd 3, define 3, set length, gopd length, define length
1,20,3,4 4
spread: get Symbol(Symbol.iterator), get length, get 0, get length, get 1, get length, get 2, get length, get 3, get length, get Symbol(Symbol.iterator), get length, get 0, get length, get 1, get length, get 2, get length, get 3, get length
for-of: get Symbol(Symbol.iterator), get length, get 0, get length, get 1, get length, get 2, get length, get 3, get length
[1,20,3,4] {"a":{"b":1}}
JSON: get toJSON, get length, get 0, get 1, get 2, get 3, get toJSON, ownKeys, gopd b, get b
a,b
keys: ownKeys, gopd a, gopd b
{"c":3}
assign: ownKeys, gopd c, get c
5
concat: get Symbol(Symbol.isConcatSpreadable), get length, has 0, get 0, has 1, get 1, has 2, get 2, has 3, get 3
reverse: get reverse, get length, has 0, get 0, has 3, get 3, set 0, gopd 0, define 0, set 3, gopd 3, define 3, has 1, get 1, has 2, get 2, set 1, gopd 1, define 1, set 2, gopd 2, define 2
yes true undefined
proto get/has: get inherited, has inherited, get own
fresh
proto set: set fresh
true true
instanceof: 
function 2 3 2,3 1 
5 true
with undefined
with: has console, has nothere
true
freeze: ownKeys, gopd z, define z
true
isFrozen: ownKeys, gopd z
*/
