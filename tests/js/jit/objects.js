// Object fields in optimized code: loads and stores behind a shape
// (hidden class) guard, typed from the objects the compiler saw; a field
// of another type, an object of another shape and a field that holds an
// object where a number was stored all deoptimize, and the interpreter
// finishes with the same result.
function sumX(ps) {
  var s = 0;
  for (var k = 0; k < ps.length; k++) { var p = ps[k]; s += p.x * 2 + p.y; }
  return s;
}
function step(ps, n) {
  for (var r = 0; r < n; r++) {
    for (var k = 0; k < ps.length; k++) {
      var p = ps[k];
      p.x += p.vx;
      if (p.x <= 0 || p.x >= 50) p.vx = -p.vx;
    }
  }
}
var ps = [];
for (var i = 0; i < 100; i++) ps.push({ x: i % 50, y: i * 0.5, vx: 1 });
var t = 0;
for (var i = 0; i < 500; i++) t += sumX(ps);
step(ps, 300);
console.log(t, sumX(ps), ps[3].x, ps[3].vx);
ps[5].x = 1.5;                      // a field of another type
for (var i = 0; i < 50; i++) t += sumX(ps);
console.log(t);
ps[7] = { y: 1, x: 2 };             // another shape
for (var i = 0; i < 50; i++) t += sumX(ps);
console.log(t);
var o = { x: 1, y: 2, vx: 1 };
o.x = { toString() { return '3'; } };   // an object where numbers were
ps[9] = o;
console.log(sumX(ps));

// nested objects and boolean fields
function Body(x, y) { this.pos = { x: x, y: y }; this.alive = true; this.mass = 2; }
function energy(bodies, rounds) {
  var e = 0;
  for (var r = 0; r < rounds; r++) {
    for (var i = 0; i < bodies.length; i++) {
      var b = bodies[i];
      if (b.alive) e += b.mass * (b.pos.x * b.pos.x + b.pos.y * b.pos.y);
      b.mass = b.mass + 1;
    }
  }
  return e;
}
var bodies = [];
for (var i = 0; i < 20; i++) bodies.push(new Body(i, 20 - i));
bodies[4].alive = false;
console.log(energy(bodies, 200), bodies[0].mass);
bodies[6].pos = { x: 0.5, y: 0.25 };
console.log(energy(bodies, 200), bodies[6].mass);
bodies[8].mass = 'heavy';           // a store over a string field deopts
console.log(energy(bodies, 3), bodies[8].mass);
/* expected
3687500 7375 3 1
4055900
4423675
7341
102880400 202
291629643.75 402
NaN heavy111
*/
