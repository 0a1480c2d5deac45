// Matrix multiply C = A x B of n x n matrices in row-major Float64Arrays
// (i-k-j loop order).  The entries are small integers stored as doubles,
// so every sum is exact and the checksum is an integer.
// The same algorithm in Python: benchmarks/python/matmul.py.
'use strict';

var REPS = 8; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function fill(n, seed) {
  var m = new Float64Array(n * n);
  for (var i = 0; i < n; i++) {
    for (var j = 0; j < n; j++) {
      m[i * n + j] = ((i * 7 + j * 3 + seed) % 11) - 5;
    }
  }
  return m;
}

function multiply(a, b, c, n) {
  for (var i = 0; i < n; i++) {
    var row = i * n;
    for (var j = 0; j < n; j++) c[row + j] = 0.0;
    for (var k = 0; k < n; k++) {
      var aik = a[row + k];
      var col = k * n;
      for (var j2 = 0; j2 < n; j2++) {
        c[row + j2] += aik * b[col + j2];
      }
    }
  }
}

function checksum(c, n) {
  var sum = 0.0;
  for (var i = 0; i < n * n; i++) {
    sum += c[i] * ((i % 13) + 1);
  }
  return sum;
}

// One repetition multiplies two 48 x 48 matrices.
function run(reps) {
  var n = 48;
  var a = fill(n, 1);
  var b = fill(n, 4);
  var c = new Float64Array(n * n);
  var total = 0;
  for (var r = 0; r < reps; r++) {
    multiply(a, b, c, n);
    var v = checksum(c, n);
    if (v !== -4382) throw new Error('matmul checksum = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('matmul: ' + run(reps));
}
