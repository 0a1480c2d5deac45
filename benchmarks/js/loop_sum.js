// Integer loop: a counted for-loop with +, * and % on small integers.
// The same algorithm in Python: benchmarks/python/loop_sum.py.
'use strict';

var REPS = 20; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function sumLoop(n) {
  var sum = 0;
  var sumSq = 0;
  for (var i = 0; i < n; i++) {
    sum += i;
    sumSq += (i * i) % 1000;
  }
  return sum + sumSq;
}

// One repetition is sumLoop(20000); throws if the result is wrong.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = sumLoop(20000);
    if (v !== 209220000) throw new Error('sumLoop(20000) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('loop_sum: ' + run(reps));
}
