// Proxy: invariant checks and revocation, with V8 messages.
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
"use strict";
var frozen = Object.freeze({a: 1});
var nonext = Object.preventExtensions({a: 1});
var ncfg = {}; Object.defineProperty(ncfg, "x", {value: 1, configurable: false, writable: true});
var ncfgro = {}; Object.defineProperty(ncfgro, "x", {value: 1, configurable: false, writable: false});
var ncfgacc = {}; Object.defineProperty(ncfgacc, "x", {set: function(){}, configurable: false});
show(() => new Proxy(1, {}));
show(() => new Proxy({}, 1));
show(() => Proxy({}, {}));
var r = Proxy.revocable({}, {}); r.revoke();
show(() => r.proxy.x);
show(() => { r.proxy.x = 1 });
show(() => "x" in r.proxy);
show(() => Object.keys(r.proxy));
show(() => Object.getPrototypeOf(r.proxy));
show(() => Object.setPrototypeOf(r.proxy, null));
show(() => Object.isExtensible(r.proxy));
show(() => Object.preventExtensions(r.proxy));
show(() => Object.getOwnPropertyDescriptor(r.proxy, "x"));
show(() => Object.defineProperty(r.proxy, "x", {}));
show(() => delete r.proxy.x);
show(() => Array.isArray(r.proxy));
var rf = Proxy.revocable(function(){}, {}); rf.revoke();
show(() => rf.proxy());
show(() => new rf.proxy());
show(() => typeof new Proxy(r.proxy, {}));
show(() => new Proxy({}, {get: 1}).x);
show(() => new Proxy({}, {get: {}}).x);
show(() => new Proxy(frozen, {get: () => 2}).a);
show(() => new Proxy(ncfgacc, {get: () => 2}).x);
show(() => { "use strict"; new Proxy({}, {set: () => false}).x = 1 });
show(() => { new Proxy({}, {set: () => false}).x = 1; return "sloppy ok" });
show(() => { new Proxy(frozen, {set: () => true}).a = 2 });
show(() => { new Proxy(ncfgacc, {set: () => true}).x = 2; return 'ok' });
var ncfgacc2 = {}; Object.defineProperty(ncfgacc2, "x", {get: function(){}, configurable: false});
show(() => { new Proxy(ncfgacc2, {set: () => true}).x = 2 });
show(() => "a" in new Proxy(frozen, {has: () => false}));
show(() => "a" in new Proxy(nonext, {has: () => false}));
show(() => delete new Proxy(frozen, {deleteProperty: () => true}).a);
show(() => delete new Proxy(nonext, {deleteProperty: () => true}).a);
show(() => { "use strict"; return delete new Proxy({}, {deleteProperty: () => false}).a });
show(() => Reflect.deleteProperty(new Proxy({}, {deleteProperty: () => false}), "a"));
show(() => Object.defineProperty(new Proxy({}, {defineProperty: () => false}), "a", {value: 1}));
show(() => Object.defineProperty(new Proxy({}, {defineProperty: () => true}), "a", {value: 1, configurable: false}));
show(() => Object.defineProperty(new Proxy(nonext, {defineProperty: () => true}), "b", {value: 1}));
show(() => Object.defineProperty(new Proxy(frozen, {defineProperty: () => true}), "a", {value: 2}));
show(() => Object.defineProperty(new Proxy(ncfg, {defineProperty: () => true}), "x", {value: 2, writable: false, configurable: false}));
show(() => Object.getOwnPropertyDescriptor(new Proxy({}, {getOwnPropertyDescriptor: () => 1}), "a"));
show(() => Object.getOwnPropertyDescriptor(new Proxy(frozen, {getOwnPropertyDescriptor: () => undefined}), "a"));
show(() => Object.getOwnPropertyDescriptor(new Proxy(nonext, {getOwnPropertyDescriptor: () => undefined}), "a"));
show(() => Object.getOwnPropertyDescriptor(new Proxy(nonext, {getOwnPropertyDescriptor: () => ({value: 1, configurable: true})}), "b"));
show(() => Object.getOwnPropertyDescriptor(new Proxy({}, {getOwnPropertyDescriptor: () => ({value: 1, configurable: false})}), "b"));
show(() => Object.getOwnPropertyDescriptor(new Proxy(frozen, {getOwnPropertyDescriptor: () => ({value: 2, configurable: false})}), "a"));
show(() => Object.getOwnPropertyDescriptor(new Proxy(ncfgro, {getOwnPropertyDescriptor: () => ({value: 1, writable: true, configurable: false})}), "x"));
show(() => Object.getPrototypeOf(new Proxy({}, {getPrototypeOf: () => 1})));
show(() => Object.getPrototypeOf(new Proxy(nonext, {getPrototypeOf: () => Array.prototype})));
show(() => Object.setPrototypeOf(new Proxy({}, {setPrototypeOf: () => false}), null));
show(() => Object.setPrototypeOf(new Proxy(nonext, {setPrototypeOf: () => true}), null));
show(() => Reflect.setPrototypeOf(new Proxy({}, {setPrototypeOf: () => false}), null));
show(() => Object.isExtensible(new Proxy({}, {isExtensible: () => false})));
show(() => Object.isExtensible(new Proxy(nonext, {isExtensible: () => true})));
show(() => Object.preventExtensions(new Proxy({}, {preventExtensions: () => true})));
show(() => Object.preventExtensions(new Proxy({}, {preventExtensions: () => false})));
show(() => Reflect.preventExtensions(new Proxy({}, {preventExtensions: () => false})));
show(() => Object.keys(new Proxy({}, {ownKeys: () => 1})));
show(() => Object.keys(new Proxy({}, {ownKeys: () => [1]})));
show(() => Object.keys(new Proxy({}, {ownKeys: () => ["a", "a"]})));
show(() => Object.keys(new Proxy(frozen, {ownKeys: () => []})));
show(() => Object.keys(new Proxy(nonext, {ownKeys: () => ["a", "b"]})));
show(() => new Proxy(function(){}, {construct: () => 1}));
var notCallable = new Proxy({}, {apply: () => 1});
show(() => notCallable());
var notConstructor = new Proxy({}, {construct: () => ({})});
show(() => new notConstructor());
var arrow = new Proxy(() => {}, {});
show(() => arrow);
show(() => new arrow());
/* expected
TypeError: Cannot create proxy with a non-object as target or handler
TypeError: Cannot create proxy with a non-object as target or handler
TypeError: Constructor Proxy requires 'new'
TypeError: Cannot perform 'get' on a proxy that has been revoked
TypeError: Cannot perform 'set' on a proxy that has been revoked
TypeError: Cannot perform 'has' on a proxy that has been revoked
TypeError: Cannot perform 'ownKeys' on a proxy that has been revoked
TypeError: Cannot perform 'getPrototypeOf' on a proxy that has been revoked
TypeError: Cannot perform 'setPrototypeOf' on a proxy that has been revoked
TypeError: Cannot perform 'isExtensible' on a proxy that has been revoked
TypeError: Cannot perform 'preventExtensions' on a proxy that has been revoked
TypeError: Cannot perform 'getOwnPropertyDescriptor' on a proxy that has been revoked
TypeError: Cannot perform 'defineProperty' on a proxy that has been revoked
TypeError: Cannot perform 'deleteProperty' on a proxy that has been revoked
TypeError: Cannot perform 'IsArray' on a proxy that has been revoked
TypeError: Cannot perform 'apply' on a proxy that has been revoked
TypeError: Cannot perform 'construct' on a proxy that has been revoked
object
TypeError: '1' returned for property 'get' of object '#<Object>' is not a function
TypeError: '#<Object>' returned for property 'get' of object '#<Object>' is not a function
TypeError: 'get' on proxy: property 'a' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '1' but got '2')
TypeError: 'get' on proxy: property 'x' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '2')
TypeError: 'set' on proxy: trap returned falsish for property 'x'
sloppy ok
TypeError: 'set' on proxy: trap returned truish for property 'a' which exists in the proxy target as a non-configurable and non-writable data property with a different value
ok
TypeError: 'set' on proxy: trap returned truish for property 'x' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter
TypeError: 'has' on proxy: trap returned falsish for property 'a' which exists in the proxy target as non-configurable
TypeError: 'has' on proxy: trap returned falsish for property 'a' but the proxy target is not extensible
TypeError: 'deleteProperty' on proxy: trap returned truish for property 'a' which is non-configurable in the proxy target
TypeError: 'deleteProperty' on proxy: trap returned truish for property 'a' but the proxy target is non-extensible
TypeError: 'deleteProperty' on proxy: trap returned falsish for property 'a'
false
TypeError: 'defineProperty' on proxy: trap returned falsish for property 'a'
TypeError: 'defineProperty' on proxy: trap returned truish for defining non-configurable property 'a' which is either non-existent or configurable in the proxy target
TypeError: 'defineProperty' on proxy: trap returned truish for adding property 'b'  to the non-extensible proxy target
TypeError: 'defineProperty' on proxy: trap returned truish for adding property 'a'  that is incompatible with the existing property in the proxy target
TypeError: 'defineProperty' on proxy: trap returned truish for defining non-configurable property 'x' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.
TypeError: 'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property 'a'
TypeError: 'getOwnPropertyDescriptor' on proxy: trap returned undefined for property 'a' which is non-configurable in the proxy target
TypeError: 'getOwnPropertyDescriptor' on proxy: trap returned undefined for property 'a' which exists in the non-extensible proxy target
TypeError: 'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property 'b' that is incompatible with the existing property in the proxy target
TypeError: 'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property 'b' which is either non-existent or configurable in the proxy target
TypeError: 'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property 'a' that is incompatible with the existing property in the proxy target
TypeError: 'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property 'x' that is incompatible with the existing property in the proxy target
TypeError: 'getPrototypeOf' on proxy: trap returned neither object nor null
TypeError: 'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype
TypeError: 'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'
TypeError: 'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target
false
TypeError: 'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is 'true')
TypeError: 'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is 'false')
TypeError: 'preventExtensions' on proxy: trap returned truish but the proxy target is extensible
TypeError: 'preventExtensions' on proxy: trap returned falsish
false
TypeError: CreateListFromArrayLike called on non-object
TypeError: 1 is not a valid property name
TypeError: 'ownKeys' on proxy: trap returned duplicate entries
TypeError: 'ownKeys' on proxy: trap result did not include 'a'
TypeError: 'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible
[Function (anonymous)]
TypeError: notCallable is not a function
TypeError: notConstructor is not a constructor
[Function (anonymous)]
TypeError: arrow is not a constructor
*/
