// Nested counted loops with integer arithmetic, a bitwise and and a branch.
// The same algorithm in Python: benchmarks/python/nested_loops.py.
'use strict';

var REPS = 30; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function nested(n) {
  var acc = 0;
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n; j++) {
      if ((i + j) % 3 === 0) {
        acc += (i * j) & 255;
      } else {
        acc -= 1;
      }
    }
  }
  return acc;
}

// One repetition is nested(140) (19,600 inner iterations).
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = nested(140);
    if (v !== 791314) throw new Error('nested(140) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('nested_loops: ' + run(reps));
}
