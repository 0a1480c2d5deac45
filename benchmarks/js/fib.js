// Recursive fib: one call per node of the call tree, no memo.
// The same algorithm in Python: benchmarks/python/fib.py.
'use strict';

var REPS = 30; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

// One repetition is fib(20) (21,891 calls); throws if the result is wrong.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = fib(20);
    if (v !== 6765) throw new Error('fib(20) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('fib: ' + run(reps));
}
