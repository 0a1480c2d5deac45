// `this` in optimized code: methods of plain objects read and write their
// fields through `this` (the native entry checks that `this` is a plain
// object; a receiver of another shape deoptimises at its shape guard), a
// loop inside a method is entered by OSR with its `this`, and a strict
// function called with no receiver reads `this` as undefined.
'use strict';

function Particle(x, v) { this.x = x; this.v = v; this.hits = 0; }
Particle.prototype.step = function (dt) {
  this.x += this.v * dt;
  if (this.x > 10 || this.x < -10) { this.v = -this.v; this.hits++; }
  return this.x;
};
Particle.prototype.run = function (n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    this.x += this.v * 0.01;
    if (this.x > 10 || this.x < -10) { this.v = -this.v; this.hits++; }
    s += this.x;
  }
  return s;
};

const ps = [];
for (let i = 0; i < 4; i++) ps.push(new Particle(i, 1.5 + i));
let total = 0;
for (let k = 0; k < 3000; k++) for (const p of ps) total += p.step(0.01);
console.log(total.toFixed(6), ps.map(p => p.hits).join(','));

const q = new Particle(0.5, 2.25);
console.log(q.run(200000).toFixed(6), q.hits);

// another receiver: a plain object of another shape, then not a plain object
const odd = { v: 1, x: 0, hits: 0, extra: true };
console.log(Particle.prototype.step.call(odd, 0.5), odd.x, odd.hits);
const arr = [1, 2];
arr.x = 9.5; arr.v = 1; arr.hits = 0;
console.log(Particle.prototype.step.call(arr, 1), arr.hits);
for (let k = 0; k < 2000; k++) q.step(0.001);
console.log(q.x.toFixed(6), q.hits);

// a strict function called with no receiver: `this` is undefined
function noReceiver(n) { return this === undefined ? n + 1 : -1; }
let t = 0;
for (let i = 0; i < 3000; i++) t += noReceiver(i);
console.log(t);
function callsIt(n) { let s = 0; for (let i = 0; i < n; i++) s += noReceiver(i); return s; }
console.log(callsIt(5000));

/* expected
5361.520000 2,4,5,7
4867.615000 225
0.5 0.5 0
10.5 1
0.635000 225
4501500
12502500
*/
