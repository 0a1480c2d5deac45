// Recursive fib(30): 1,664,079 calls per repetition, no memo.  The JIT's
// call-heavy kernel: int32 arithmetic and a direct recursive call.
// (fib.js is the same algorithm sized for the interpreter, fib(20).)
// The same algorithm in Python: benchmarks/python/fib30.py.
'use strict';

var REPS = 1; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

// One repetition is fib(30); throws if the result is wrong.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = fib(30);
    if (v !== 832040) throw new Error('fib(30) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('fib30: ' + run(reps));
}
