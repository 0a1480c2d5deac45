// Mandelbrot set on a size x size grid of the complex plane: float math in
// a counted inner loop with an escape test.  Returns the number of points
// that never escape and the sum of iteration counts (both integers).
// The same algorithm in Python: benchmarks/python/mandelbrot.py.
'use strict';

var REPS = 6; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function mandelbrot(size, maxIter) {
  var inside = 0;
  var iterations = 0;
  for (var py = 0; py < size; py++) {
    var ci = (py * 2.5) / size - 1.25;
    for (var px = 0; px < size; px++) {
      var cr = (px * 3.0) / size - 2.0;
      var zr = 0.0;
      var zi = 0.0;
      var zr2 = 0.0;
      var zi2 = 0.0;
      var i = 0;
      while (i < maxIter && zr2 + zi2 <= 4.0) {
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        zr2 = zr * zr;
        zi2 = zi * zi;
        i++;
      }
      if (i === maxIter) inside++;
      iterations += i;
    }
  }
  return inside * 1000000 + iterations;
}

// One repetition is an 80 x 80 grid, at most 100 iterations per point.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = mandelbrot(80, 100);
    if (v !== 1345160902) throw new Error('mandelbrot(80, 100) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('mandelbrot: ' + run(reps));
}
