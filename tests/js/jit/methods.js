// Method calls in optimized code: obj.m(...) of a function found on the
// receiver's prototype is a native call with the receiver as `this`,
// behind guards on the receiver's shape and prototype, the prototype's
// shape and the function in its slot.  A receiver of another shape, a
// replaced method and a method added to the object itself all leave the
// native code, with the interpreter's results.
'use strict';

function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.dot = function (o) { return this.x * o.x + this.y * o.y; };
Vec.prototype.scale = function (k) { this.x *= k; this.y *= k; return this.x; };
Vec.prototype.norm2 = function () { return this.dot(this); };

function work(a, b, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += a.dot(b) + a.norm2();
    if (i % 1000 === 0) b.scale(1.0001);
  }
  return s;
}

const a = new Vec(1.5, 2), b = new Vec(-0.5, 3);
console.log(work(a, b, 300000).toFixed(4), b.x.toFixed(6));

// a receiver of another shape with the same prototype
const c = { x: 2, y: 1, z: 0 };
Object.setPrototypeOf(c, Vec.prototype);
console.log(work(c, b, 10).toFixed(4));

// an own property shadows the prototype's method
const d = new Vec(1, 1);
for (let i = 0; i < 3; i++) console.log(work(d, b, 2000).toFixed(4));
d.dot = function () { return 100; };
console.log(work(d, b, 2000).toFixed(4));

// the prototype's method is replaced
Vec.prototype.dot = function (o) { return -1; };
console.log(work(a, b, 1000).toFixed(4));

// a method that recurses through `this`
function Counter(n) { this.n = n; }
Counter.prototype.down = function (k) { return k <= 0 ? this.n : this.down(k - 1) + 1; };
const counter = new Counter(7);
let t = 0;
for (let i = 0; i < 3000; i++) t += counter.down(i % 20);
console.log(t);
/* expected
3473941.6080 -0.515226
70.6109
9153.5526
9154.5834
9155.6143
400000.0000
-2000.0000
49500
*/
