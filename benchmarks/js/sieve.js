// Sieve of Eratosthenes over an array of booleans.
// The same algorithm in Python: benchmarks/python/sieve.py.
'use strict';

var REPS = 20; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function sieve(n) {
  var flags = new Array(n + 1).fill(true);
  var count = 0;
  for (var i = 2; i <= n; i++) {
    if (flags[i]) {
      count++;
      for (var j = i * i; j <= n; j += i) {
        flags[j] = false;
      }
    }
  }
  return count;
}

// One repetition is sieve(20000): 2262 primes.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = sieve(20000);
    if (v !== 2262) throw new Error('sieve(20000) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('sieve: ' + run(reps));
}
