// Array work: push, indexed reads over .length, in-place reversal by
// swapping, and pop until half is left.
// The same algorithm in Python: benchmarks/python/array_work.py.
'use strict';

var REPS = 40; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function arrayWork(n) {
  var a = [];
  for (var i = 0; i < n; i++) {
    a.push((i * 3) % 17);
  }
  var sum = 0;
  for (var k = 0; k < a.length; k++) {
    sum += a[k] * (k & 7);
  }
  for (var lo = 0, hi = a.length - 1; lo < hi; lo++, hi--) {
    var t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
  while (a.length > n / 2) {
    sum += a.pop();
  }
  return sum + a[0] * 1000 + a.length;
}

// One repetition is arrayWork(5000).
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = arrayWork(5000);
    if (v !== 165495) throw new Error('arrayWork(5000) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('array_work: ' + run(reps));
}
