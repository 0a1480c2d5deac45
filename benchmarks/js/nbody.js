// N-body simulation: five bodies under Newtonian gravity (G = 1), their
// state in Float64Arrays, advanced with a symplectic Euler step; float
// math with Math.sqrt in a pairwise inner loop.  The bodies are made up
// (a heavy centre and four light ones on near-circular orbits).
// Returns floor(energy * 1e9) after the steps (an integer).
// The same algorithm in Python: benchmarks/python/nbody.py.
'use strict';

var REPS = 4; // repetitions at scale 1 (benchmarks/compare.py multiplies)

var N = 5;

function makeSystem() {
  var s = {
    x: new Float64Array(N), y: new Float64Array(N), z: new Float64Array(N),
    vx: new Float64Array(N), vy: new Float64Array(N), vz: new Float64Array(N),
    mass: new Float64Array(N)
  };
  var masses = [40.0, 0.04, 0.012, 0.0021, 0.0009];
  var radii = [0.0, 1.0, 2.0, 3.5, 5.0];
  for (var i = 0; i < N; i++) {
    var r = radii[i];
    s.mass[i] = masses[i];
    s.x[i] = r;
    s.y[i] = 0.0;
    s.z[i] = 0.01 * i;
    s.vx[i] = 0.0;
    s.vy[i] = r > 0.0 ? Math.sqrt(40.0 / r) : 0.0;
    s.vz[i] = 0.001 * i;
  }
  // Zero the total momentum by giving the centre the opposite of the rest.
  var px = 0.0, py = 0.0, pz = 0.0;
  for (var k = 1; k < N; k++) {
    px += s.vx[k] * s.mass[k];
    py += s.vy[k] * s.mass[k];
    pz += s.vz[k] * s.mass[k];
  }
  s.vx[0] = -px / s.mass[0];
  s.vy[0] = -py / s.mass[0];
  s.vz[0] = -pz / s.mass[0];
  return s;
}

function advance(s, dt, steps) {
  var x = s.x, y = s.y, z = s.z, vx = s.vx, vy = s.vy, vz = s.vz, mass = s.mass;
  for (var step = 0; step < steps; step++) {
    for (var i = 0; i < N; i++) {
      for (var j = i + 1; j < N; j++) {
        var dx = x[i] - x[j];
        var dy = y[i] - y[j];
        var dz = z[i] - z[j];
        var d2 = dx * dx + dy * dy + dz * dz;
        var mag = dt / (d2 * Math.sqrt(d2));
        var mi = mass[i] * mag;
        var mj = mass[j] * mag;
        vx[i] -= dx * mj;
        vy[i] -= dy * mj;
        vz[i] -= dz * mj;
        vx[j] += dx * mi;
        vy[j] += dy * mi;
        vz[j] += dz * mi;
      }
    }
    for (var k = 0; k < N; k++) {
      x[k] += dt * vx[k];
      y[k] += dt * vy[k];
      z[k] += dt * vz[k];
    }
  }
}

function energy(s) {
  var e = 0.0;
  for (var i = 0; i < N; i++) {
    e += 0.5 * s.mass[i] * (s.vx[i] * s.vx[i] + s.vy[i] * s.vy[i] + s.vz[i] * s.vz[i]);
    for (var j = i + 1; j < N; j++) {
      var dx = s.x[i] - s.x[j];
      var dy = s.y[i] - s.y[j];
      var dz = s.z[i] - s.z[j];
      e -= s.mass[i] * s.mass[j] / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

// One repetition is 3000 steps of dt = 0.001 from the same start.
function run(reps) {
  var total = 0;
  for (var r = 0; r < reps; r++) {
    var s = makeSystem();
    advance(s, 0.001, 3000);
    var v = Math.floor(energy(s) * 1e9);
    if (v !== -934801684) throw new Error('nbody energy * 1e9 = ' + v);
    total += v;
  }
  return total;
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  console.log('nbody: ' + run(reps));
}
