// Proxy through the object model: typeof, IsArray, JSON, inspect, apply/construct, toString; Reflect errors.
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
show(() => new (new Proxy(function(){}, {construct: () => 1})));
show(() => new (new Proxy(function(){}, {construct: () => null})));
show(() => typeof new Proxy(function(){}, {}) + typeof new Proxy({}, {}) + typeof new Proxy(Date, {}));
var p = new Proxy([1,2], {});
show(() => Array.isArray(p) + " " + Object.prototype.toString.call(p) + " " + JSON.stringify(p) + " " + JSON.stringify({a: new Proxy({b: 1}, {})}));
show(() => p);
show(() => new Proxy({a: 1}, {}));
show(() => [new Proxy(function f(){}, {})]);
show(() => Object.prototype.toString.call(new Proxy(function(){}, {})));
show(() => { var r = Proxy.revocable({}, {}); r.revoke(); return Object.prototype.toString.call(r.proxy); });
show(() => { var r = Proxy.revocable([], {}); r.revoke(); return r.proxy; });
show(() => { var r = Proxy.revocable({}, {}); r.revoke(); return typeof r.proxy; });
show(() => Object.getOwnPropertyNames(Proxy).join() + " " + Proxy.length + " " + ("prototype" in Proxy));
show(() => Object.getOwnPropertyNames(Reflect).join());
show(() => Reflect[Symbol.toStringTag]);
show(() => Object.keys(Proxy.revocable({}, {})).join() + Proxy.revocable({}, {}).revoke.name + "|" + Proxy.revocable({}, {}).revoke.length);
show(() => Reflect.apply(1));
show(() => Reflect.construct(1, []));
show(() => Reflect.construct(function(){}, [], 1));
show(() => Reflect.get(1, "a"));
show(() => Reflect.defineProperty(1, "a", {}));
show(() => Reflect.ownKeys(1));
show(() => Reflect.getPrototypeOf(1));
show(() => Reflect.setPrototypeOf({}, 1));
show(() => Reflect.apply(function(){}, null, 1));
show(() => Reflect.has(1, "a"));
show(() => Reflect.isExtensible(1));
show(() => Reflect.set(1));
show(() => Reflect.getOwnPropertyDescriptor(1));
show(() => Reflect.deleteProperty(1));
show(() => Reflect.preventExtensions(1));
show(() => Reflect.setPrototypeOf(1, null));
var log = [];
var handler = new Proxy({}, {get(t, k) { log.push(k); return undefined; }});
var pp = new Proxy({a: 1, b: 2}, handler);
for (var k in pp) {} log.length = 0; Object.keys(pp); JSON.stringify(pp); "a" in pp; pp.a; pp.c = 1; delete pp.a; Object.assign({}, pp); ({...pp});
show(() => log.join());
var fnlog = [];
var fp = new Proxy(function(a, b) { return a + b; }, {apply(t, th, args) { fnlog.push(args.length); return t.apply(th, args) * 10; }});
show(() => fp(1, 2) + " " + fp.call(null, 2, 3) + " " + fp.apply(null, [3, 4]) + " " + [1].map(fp) + " " + fnlog.join());
show(() => pp instanceof Object);
show(() => Object.prototype.hasOwnProperty.call(new Proxy({}, {getOwnPropertyDescriptor() { return {value: 1, configurable: true} }}), 'z'));
var ncfg = {}; Object.defineProperty(ncfg, "x", {value: 1, configurable: false, writable: true});
show(() => Object.getOwnPropertyDescriptor(new Proxy(ncfg, {getOwnPropertyDescriptor: () => ({value: 1, writable: false, configurable: false})}), "x"));
show(() => Map.prototype.get.call(new Proxy({}, {})));
show(() => { "use strict"; var p = new Proxy(Object.freeze({a:1}), {}); p.a = 2; });
show(() => { "use strict"; var p = new Proxy(Object.preventExtensions({}), {}); p.b = 2; });
show(() => { "use strict"; var p = new Proxy(Object.freeze({a:1}), {}); delete p.a; });
show(() => { var p = new Proxy(Object.preventExtensions({}), {}); Object.defineProperty(p, "b", {value: 1}); });
show(() => { var p = new Proxy(Object.freeze({a: 1}), {}); Object.defineProperty(p, "a", {value: 2}); });
show(() => Function.prototype.toString.call(new Proxy(function f(){}, {})));
show(() => Object.keys(new Proxy({}, {ownKeys: () => [Symbol(), "a", "b"], getOwnPropertyDescriptor: (t, k) => ({value: 1, enumerable: k !== "b", configurable: true})})).join());
show(() => ({}) instanceof new Proxy(Object, {}));
show(() => [].concat(new Proxy([1,2], {})).length);
show(() => Array.prototype.slice.call(new Proxy([1,2,3], {}), 1));
show(() => String(new Proxy([1,2,3], {})));
show(() => Object.freeze(new Proxy({a: 1}, {})));
show(() => Object.isFrozen(new Proxy(Object.freeze({a: 1}), {})));
show(() => { var r = Proxy.revocable({}, {}); r.revoke(); r.revoke(); return 'x' });
show(() => Reflect.apply({}));
show(() => Reflect.apply("abc"));
show(() => Reflect.apply(undefined));
show(() => Reflect.apply(null));
show(() => Reflect.apply(Symbol()));
show(() => Reflect.construct({}, []));
show(() => Reflect.construct(Math.max, []));
show(() => Reflect.construct(function f(){}, [], Math.min));
show(() => Reflect.construct(function f(){}, 1));
show(() => Reflect.getOwnPropertyDescriptor({a: 1}, "a"));
show(() => Reflect.ownKeys({b: 1, 1: 2, [Symbol.iterator]: 3}));
show(() => Reflect.set({}, "a", 1, 1));
show(() => { var o = {}; var r = {}; Reflect.set(o, "a", 1, r); return JSON.stringify([o, r]); });
show(() => Reflect.get({get x() { return this; }}, "x", 42));
show(() => Reflect.defineProperty({}, "a", 1));
show(() => Reflect.construct(Date, [0], Object).constructor === Object);
show(() => Object.getOwnPropertyNames(Reflect).map(k => k + Reflect[k].length).join());
show(() => Reflect + "");
/* expected
TypeError: 'construct' on proxy: trap returned non-object ('1')
TypeError: 'construct' on proxy: trap returned non-object ('null')
functionobjectfunction
true [object Array] [1,2] {"a":{"b":1}}
[ 1, 2 ]
{ a: 1 }
[ [Function: f] ]
[object Function]
TypeError: Cannot perform 'Object.prototype.toString' on a proxy that has been revoked
<Revoked Proxy>
object
length,name,revocable 2 false
defineProperty,deleteProperty,apply,construct,get,getOwnPropertyDescriptor,getPrototypeOf,has,isExtensible,ownKeys,preventExtensions,set,setPrototypeOf
Reflect
proxy,revoke|0
TypeError: Function.prototype.apply was called on 1, which is a number and not a function
TypeError: 1 is not a constructor
TypeError: 1 is not a constructor
TypeError: Reflect.get called on non-object
TypeError: Reflect.defineProperty called on non-object
TypeError: Reflect.ownKeys called on non-object
TypeError: Reflect.getPrototypeOf called on non-object
TypeError: Object prototype may only be an Object or null: 1
TypeError: CreateListFromArrayLike called on non-object
TypeError: Reflect.has called on non-object
TypeError: Reflect.isExtensible called on non-object
TypeError: Reflect.set called on non-object
TypeError: Reflect.getOwnPropertyDescriptor called on non-object
TypeError: Reflect.deleteProperty called on non-object
TypeError: Reflect.preventExtensions called on non-object
TypeError: Reflect.setPrototypeOf called on non-object
ownKeys,getOwnPropertyDescriptor,getOwnPropertyDescriptor,get,ownKeys,getOwnPropertyDescriptor,getOwnPropertyDescriptor,get,get,has,get,set,getOwnPropertyDescriptor,defineProperty,deleteProperty,ownKeys,getOwnPropertyDescriptor,get,getOwnPropertyDescriptor,get,ownKeys,getOwnPropertyDescriptor,get,getOwnPropertyDescriptor,get
30 50 70 10 2,2,2,3
true
true
TypeError: 'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property 'x' which is non-configurable, non-writable in the proxy target
TypeError: Method Map.prototype.get called on incompatible receiver #<Object>
TypeError: Cannot assign to read only property 'a' of object '#<Object>'
TypeError: Cannot define property b, object is not extensible
TypeError: Cannot delete property 'a' of #<Object>
TypeError: Cannot define property b, object is not extensible
TypeError: Cannot redefine property: a
function () { [native code] }
a
true
2
[ 2, 3 ]
1,2,3
{ a: 1 }
true
x
TypeError: Function.prototype.apply was called on #<Object>, which is an object and not a function
TypeError: Function.prototype.apply was called on abc, which is a string and not a function
TypeError: Function.prototype.apply was called on undefined, which is a undefined and not a function
TypeError: Function.prototype.apply was called on null, which is null and not a function
TypeError: Function.prototype.apply was called on Symbol(), which is a symbol and not a function
TypeError: #<Object> is not a constructor
TypeError: function max() { [native code] } is not a constructor
TypeError: function min() { [native code] } is not a constructor
TypeError: CreateListFromArrayLike called on non-object
{ value: 1, writable: true, enumerable: true, configurable: true }
[ '1', 'b', Symbol(Symbol.iterator) ]
false
[{},{"a":1}]
[Number: 42]
TypeError: Property description must be an object: 1
true
defineProperty3,deleteProperty2,apply3,construct2,get2,getOwnPropertyDescriptor2,getPrototypeOf1,has2,isExtensible1,ownKeys1,preventExtensions1,set3,setPrototypeOf2
[object Reflect]
*/
