// Property reads and writes on plain objects with several fields: a small
// particle simulation that bounces integer particles inside a box.
// The same algorithm in Python: benchmarks/python/property_access.py.
'use strict';

var REPS = 60; // repetitions at scale 1 (benchmarks/compare.py multiplies)

function makeParticle(i) {
  return { x: i % 50, y: (i * 7) % 50, z: (i * 13) % 50, vx: 1, vy: -1, vz: (i % 3) - 1 };
}

function simulate(count, steps) {
  var particles = [];
  for (var i = 0; i < count; i++) {
    particles.push(makeParticle(i));
  }
  for (var s = 0; s < steps; s++) {
    for (var k = 0; k < count; k++) {
      var p = particles[k];
      p.x += p.vx;
      p.y += p.vy;
      p.z += p.vz;
      if (p.x <= 0 || p.x >= 50) p.vx = -p.vx;
      if (p.y <= 0 || p.y >= 50) p.vy = -p.vy;
      if (p.z <= 0 || p.z >= 50) p.vz = -p.vz;
    }
  }
  var checksum = 0;
  for (var m = 0; m < count; m++) {
    var q = particles[m];
    checksum += q.x * 3 + q.y * 5 + q.z * 7 + q.vx + q.vy + q.vz;
  }
  return checksum;
}

// One repetition is simulate(100, 40): 4,000 particle updates.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var v = simulate(100, 40);
    if (v !== 35571) throw new Error('simulate(100, 40) = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('property_access: ' + run(reps));
}
