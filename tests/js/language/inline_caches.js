// Inline caches stay correct when prototypes, shapes and setters change
// under hot sites (the sites run as baseline code).
'use strict';
function P() { this.a = 1; }
P.prototype.m = function () { return 'P.m'; };
function getM(o) { return o.m(); }
function getX(o) { return o.x; }
function setX(o, v) { o.x = v; return o; }
var p = new P();
for (var i = 0; i < 5; i++) getM(p);
console.log(getM(p));
P.prototype.m = function () { return 'P.m2'; };          // value change: same shape
console.log(getM(p));
p.m = function () { return 'own'; };                      // shadowing own property
console.log(getM(p), getM(new P()));
Object.setPrototypeOf(P.prototype, { m: function () { return 'grand'; }, x: 'gx' });
delete P.prototype.m;                                     // now found one level further
console.log(getM(new P()), getX(new P()));
// polymorphic and megamorphic loads
var shapes = [{ x: 1 }, { y: 0, x: 2 }, { z: 0, y: 0, x: 3 }, { w: 0, x: 4 }, { v: 0, x: 5 }, { u: 0, x: 6 }];
var out = [];
for (var k = 0; k < 3; k++) for (var j = 0; j < shapes.length; j++) out.push(getX(shapes[j]));
console.log(out.join(''));
// same shape, different prototypes
function A() { this.q = 1; } A.prototype.who = function () { return 'A'; };
function B() { this.q = 1; } B.prototype.who = function () { return 'B'; };
function who(o) { return o.who(); }
var ab = [];
for (var n = 0; n < 6; n++) ab.push(who(n % 2 ? new A() : new B()));
console.log(ab.join(''));
// store transitions and a setter added to the prototype later
function C() {}
var log = [];
for (var r = 0; r < 4; r++) setX(new C(), r);
Object.defineProperty(C.prototype, 'x', { set: function (v) { log.push('set ' + v); }, configurable: true });
var c = setX(new C(), 9);
console.log(log.join(','), Object.keys(c).length);
Object.defineProperty(C.prototype, 'x', { value: 'ro', writable: false, configurable: true });
try { setX(new C(), 10); } catch (e) { console.log(e.constructor.name, e.message); }
delete C.prototype.x;
var frozen = Object.freeze({ x: 1 });
try { setX(frozen, 2); } catch (e) { console.log(e.constructor.name, e.message); }
var sealedLater = new C(); setX(sealedLater, 1); Object.preventExtensions(sealedLater); setX(sealedLater, 5); console.log(sealedLater.x);
var ne = Object.preventExtensions(new C());
try { setX(ne, 3); } catch (e) { console.log(e.constructor.name, e.message); }
// getters on the prototype are never cached as data
var g = 0;
function G() {} Object.defineProperty(G.prototype, 'x', { get: function () { return ++g; } });
var gg = new G(); getX(gg); getX(gg); console.log(getX(gg));
// arrays: own named properties and prototype methods
var arr = [1, 2, 3];
function len(a) { return a.length; } function push(a, v) { return a.push(v); }
for (var t = 0; t < 4; t++) push(arr, t);
console.log(len(arr), arr.join(''));
/* expected
P.m
P.m2
own P.m2
grand gx
123456123456123456
BABABA
set 9 0
TypeError Cannot assign to read only property 'x' of object '#<C>'
TypeError Cannot assign to read only property 'x' of object '#<Object>'
5
TypeError Cannot add property x, object is not extensible
3
7 1230123
*/
