// Array.prototype.sort with a comparator function over pseudo-random
// integers (Park-Miller generator: exact in doubles), then a check that
// the result is sorted.
// The same algorithm in Python: benchmarks/python/array_sort.py (list.sort
// with functools.cmp_to_key, so the comparator is called there too).
'use strict';

var REPS = 20; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function sortWork(n) {
  var a = [];
  var seed = 12345;
  for (var i = 0; i < n; i++) {
    seed = (seed * 16807) % 2147483647;
    a.push(seed % 100000);
  }
  a.sort(function (p, q) {
    return p - q;
  });
  for (var k = 1; k < n; k++) {
    if (a[k - 1] > a[k]) throw new Error('not sorted at ' + k);
  }
  return a[0] + a[n >> 1] * 3 + a[n - 1] * 7;
}

// One repetition is sortWork(2000).
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = sortWork(2000);
    if (v !== 847637) throw new Error('sortWork(2000) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('array_sort: ' + run(reps));
}
