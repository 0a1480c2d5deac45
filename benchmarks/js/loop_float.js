// Floating-point loop: a damped accumulator in doubles (the "float loop"
// of DESIGN.md section 4).  Every operation is a plain IEEE double
// operation, so JS and Python compute bit-identical results.
// The same algorithm in Python: benchmarks/python/loop_float.py.
'use strict';

var REPS = 20; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function floatLoop(n) {
  var x = 0.0;
  var y = 1.0;
  for (var i = 0; i < n; i++) {
    x = x * 0.999 + i * 0.5;
    y = y + x / (i + 1.0);
  }
  return x + y;
}

// One repetition is floatLoop(20000); throws if the result is wrong.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = floatLoop(20000);
    if (v !== 17713514.531848084) throw new Error('floatLoop(20000) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('loop_float: ' + run(reps));
}
