// Constructors in optimized code: this.x = ... adds a property by a shape
// transition (the store feedback's), behind guards on the shape, on
// extensibility and on the prototype chain up to null.  A prototype that
// gains a property or a setter, and a non-extensible receiver, deopt.
'use strict';
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.len2 = function () { return this.x * this.x + this.y * this.y; };
function Node(v, l, r) { this.value = v; this.left = l; this.right = r; this.ok = true; }
let s = 0, last = null;
for (let i = 0; i < 3000; i++) {
  const v = new Vec(i, i * 0.5);
  s += v.len2();
  last = new Node(i, last, null);
}
let c = 0; for (let n = last; n !== null; n = n.left) c += n.value;
console.log(s, c, Object.keys(new Vec(1, 2)).join(), JSON.stringify(new Node(1, null, { a: 1 })));
Vec.prototype.x = 5;                   // a property on the prototype: still an own add (no setter)
console.log(JSON.stringify(new Vec(7, 8)));
Object.defineProperty(Vec.prototype, 'y', { set(v) { this._y = v * 10; }, configurable: true });
const w = new Vec(1, 2);               // the setter intercepts: the chain guard deopts
console.log(JSON.stringify(w), w._y);
const frozen = Object.preventExtensions(Object.create(Vec.prototype));
try { Vec.call(frozen, 1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
/* expected
11244375625 4498500 x,y {"value":1,"left":null,"right":{"a":1},"ok":true}
{"x":7,"y":8}
{"x":1,"_y":20} 20
TypeError Cannot add property x, object is not extensible
*/
