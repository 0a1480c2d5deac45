// The driver `minijs bench` runs in every engine's process:
//
//     ENGINE bench_driver.js FILE REPS [toplevel]
//
// It loads one benchmark program and times its kernel in this process, so
// the engine's start-up is left out but everything the kernel costs once
// running (JIT warm-up and compilation included) is counted:
//   - a run(reps) program: the module is loaded first, then the call
//     run(reps) is timed;
//   - a top-level program (`// bench: toplevel`): the program sees itself
//     as the main script with REPS as its argument, and its whole module
//     evaluation is timed (there is nothing else to time);
//   - a run(reps) that returns a promise (a program of timers and promise
//     jobs) is timed until that promise fulfils, the event loop's work
//     included (a rejection fails the run).
// It prints one machine-readable line, `@@bench {...}`, with the wall time
// (process.hrtime) and the process's CPU time (process.cpuUsage, all
// threads) in milliseconds.  A program that throws makes the process fail,
// which the bench reports as a wrong result.
//
// Hook for JIT statistics: when the engine offers `process.jitStats()`
// (no engine does today; minijs may add it with its JIT), the object it
// returns is passed through as "jit", e.g. {compile_ms, compiled, deopts},
// and `minijs bench` shows those figures apart from the times; its
// first_native_ms becomes interpreted_ms, the time from the kernel's start
// to the first native code.
'use strict';

var file = process.argv[2];
var reps = Number(process.argv[3]);
var toplevel = process.argv[4] === 'toplevel';

function cpuMs() {
  if (typeof process.cpuUsage !== 'function') return null;
  var usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

var run = null;
if (toplevel) {
  process.argv = [process.argv[0], file, String(reps)];
} else {
  run = require(file);
  if (typeof run !== 'function') throw new TypeError(file + ' does not export run(reps)');
}

function report(t0, cpu0) {
  var t1 = process.hrtime.bigint();
  var cpu1 = cpuMs();
  var result = { wall_ms: Number(t1 - t0) / 1e6, cpu_ms: cpu0 === null ? null : cpu1 - cpu0 };
  if (typeof process.jitStats === 'function') {
    var jit = process.jitStats();
    if (typeof jit.first_native_ms === 'number') {
      // how long the kernel ran before its first native code was in
      jit.interpreted_ms = Math.max(0, jit.first_native_ms - Number(t0) / 1e6);
      delete jit.first_native_ms;
    }
    result.jit = jit;
  }
  console.log('@@bench ' + JSON.stringify(result));
}

var cpu0 = cpuMs();
var t0 = process.hrtime.bigint();
var returned = toplevel ? require(file) : run(reps);
if (!toplevel && returned !== null && typeof returned === 'object' && typeof returned.then === 'function') {
  // an event-loop program: its kernel ends when the promise it returned settles
  returned.then(function () { report(t0, cpu0); },
                function (error) { process.nextTick(function () { throw error; }); });
} else {
  report(t0, cpu0);
}
