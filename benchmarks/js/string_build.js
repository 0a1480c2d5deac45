// String building: += concatenation one character at a time, a hash over
// charCodeAt, and Array.prototype.join of numbered pieces.
// The same algorithm in Python: benchmarks/python/string_build.py.
'use strict';

var REPS = 35; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function buildStrings(n) {
  var s = '';
  for (var i = 0; i < n; i++) {
    s += String.fromCharCode(97 + (i % 26));
  }
  var hash = 0;
  for (var k = 0; k < s.length; k++) {
    hash = (hash * 31 + s.charCodeAt(k)) % 1000003;
  }
  var parts = [];
  for (var m = 0; m < n / 4; m++) {
    parts.push('item' + m);
  }
  var joined = parts.join(',');
  return hash + joined.length + s.length;
}

// One repetition is buildStrings(5000).
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = buildStrings(5000);
    if (v !== 622836) throw new Error('buildStrings(5000) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('string_build: ' + run(reps));
}
