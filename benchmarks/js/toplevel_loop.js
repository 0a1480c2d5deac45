// bench: toplevel
// A hot loop at the top level of the script, not inside a function called
// repeatedly: only on-stack replacement can run it in native code.  There
// is no run(reps) export: the whole module is the kernel, and the bench
// runners time the module's evaluation (`minijs bench` passes the
// repetitions as the script's first argument, as a standalone run does).
// The same algorithm in Python: benchmarks/python/toplevel_loop.py.
'use strict';

var REPS = 6; // repetitions at scale 1 (benchmarks/compare.py multiplies)

var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
var total = 0;
for (var r = 0; r < reps; r++) {
  // One repetition: 300,000 iterations of int32 and float arithmetic.
  var acc = 0;
  var x = 0.0;
  for (var i = 0; i < 300000; i++) {
    acc = (acc + i * 7) % 1000003;
    x = x * 0.75 + (i % 10) * 0.25;
  }
  var v = acc + Math.floor(x * 1000);
  if (v !== 11602) throw new Error('toplevel loop = ' + v);
  total += v;
}
console.log('toplevel_loop: ' + total);
