// Sieve of Eratosthenes on a Uint8Array (1 = composite): typed-array loads
// and stores with int32 indices.  sieve.js is the plain-array version.
// The same algorithm in Python: benchmarks/python/sieve_typed.py.
'use strict';

var REPS = 8; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function sieveTyped(n) {
  var composite = new Uint8Array(n + 1);
  for (var i = 2; i * i <= n; i++) {
    if (composite[i] === 0) {
      for (var j = i * i; j <= n; j += i) {
        composite[j] = 1;
      }
    }
  }
  var count = 0;
  for (var k = 2; k <= n; k++) {
    if (composite[k] === 0) count++;
  }
  return count;
}

// One repetition is sieveTyped(100000): 9592 primes.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = sieveTyped(100000);
    if (v !== 9592) throw new Error('sieveTyped(100000) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('sieve_typed: ' + run(reps));
}
