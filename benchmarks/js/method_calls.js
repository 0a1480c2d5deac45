// Prototype methods on constructor-made objects: a 2-D integer vector type
// and an accumulator, with method calls that allocate and that mutate.
// The same algorithm in Python: benchmarks/python/method_calls.py.
'use strict';

var REPS = 25; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function Vec(x, y) {
  this.x = x;
  this.y = y;
}
Vec.prototype.add = function (other) {
  return new Vec(this.x + other.x, this.y + other.y);
};
Vec.prototype.dot = function (other) {
  return this.x * other.x + this.y * other.y;
};
Vec.prototype.lengthSq = function () {
  return this.dot(this);
};

function Accumulator() {
  this.total = 0;
  this.count = 0;
}
Accumulator.prototype.add = function (value) {
  this.total += value;
  this.count++;
};
Accumulator.prototype.result = function () {
  return this.total * 7 + this.count;
};

function walk(n) {
  var acc = new Accumulator();
  var pos = new Vec(0, 0);
  var step = new Vec(1, -2);
  var axis = new Vec(3, 5);
  for (var i = 0; i < n; i++) {
    pos = pos.add(step);
    acc.add(pos.dot(axis) & 63);
    if (pos.lengthSq() > 10000) pos = new Vec(i % 10, 0);
  }
  return acc.result();
}

// One repetition is walk(3000): 3,000 iterations of 4 method calls each.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = walk(3000);
    if (v !== 664605) throw new Error('walk(3000) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('method_calls: ' + run(reps));
}
