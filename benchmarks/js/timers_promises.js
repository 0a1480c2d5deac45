// The event loop under load: at scale 1 (REPS = 10), 100,000 timers
// pending at once and 1,000,000 chained promise reactions.  Each
// repetition adds 10,000 timers over 50 durations (a tenth of them
// cleared before they fire, a few re-armed with refresh()) and 100,000
// reactions: 20 `then` chains of 2,500 links and 20 async functions
// awaiting 2,500 times, all interleaving in the microtask queue.
// run(reps) returns a promise (bench_driver.js waits for it) that
// checks what node guarantees: every live timer fired once, no earlier
// than its delay, timers of one duration in the order they were set,
// no cleared timer fired, and every chain reached its length.
// No Python twin: the kernel is the host's event loop.
'use strict';

var REPS = 10; // repetitions at scale 1 (benchmarks/compare.py multiplies)

var TIMERS = 10000;       // per repetition
var DURATIONS = 50;       // timer delays 1..50 ms
var CHAINS = 20;          // then-chains per repetition (and as many async loops)
var LINKS = 2500;         // reactions per chain or awaits per async loop

function scheduleTimers(count, done) {
  var fired = 0;
  var expected = 0;
  var lastIdByDuration = [];
  var refreshed = [];
  var problems = [];
  var handles = [];
  function onTimeout(id, delay, setAt) {
    if (Date.now() - setAt < delay - 1) problems.push('timer ' + id + ' fired early');
    if (!refreshed[id]) {       // refresh() moves a timer to the end of its list
      if (lastIdByDuration[delay] > id) problems.push('timer ' + id + ' ran out of order');
      lastIdByDuration[delay] = id;
    }
    if (++fired === expected) done(fired, problems);
  }
  for (var i = 0; i < count; i++) {
    var delay = 1 + (i * 7) % DURATIONS;
    handles.push(setTimeout(onTimeout, delay, i, delay, Date.now()));
  }
  expected = count;
  for (var j = 3; j < count; j += 10) {
    clearTimeout(handles[j]);
    expected--;
  }
  for (var k = 5; k < count; k += 1000) {
    refreshed[k] = true;
    handles[k].refresh();
  }
  return expected;
}

function thenChain(start) {
  var p = Promise.resolve(start);
  for (var i = 0; i < LINKS; i++) p = p.then(function (v) { return v + 1; });
  return p;
}

async function awaitLoop(start) {
  var v = start;
  for (var i = 0; i < LINKS; i++) v = await v + 1;
  return v;
}

function run(reps) {
  return new Promise(function (resolve, reject) {
    var timerCount = reps * TIMERS;
    var expected = scheduleTimers(timerCount, function (fired, problems) {
      if (problems.length) reject(new Error(problems.slice(0, 3).join('; ')));
      else timersDone(fired);
    });
    var chains = [];
    for (var c = 0; c < reps * CHAINS; c++) {
      chains.push(thenChain(c));
      chains.push(awaitLoop(c));
    }
    var reactions = Promise.all(chains).then(function (ends) {
      var sum = 0;
      for (var i = 0; i < ends.length; i++) {
        if (ends[i] !== (i >> 1) + LINKS) throw new Error('chain ' + i + ' ended at ' + ends[i]);
        sum += ends[i];
      }
      return sum;
    });
    function timersDone(fired) {
      if (fired !== expected) return reject(new Error(fired + ' timers fired, not ' + expected));
      reactions.then(function (sum) { resolve(fired + sum); }, reject);
    }
  });
}

module.exports = run;
if (module.id === '.') {
  var reps = process.argv.length > 2 ? Number(process.argv[2]) : REPS;
  run(reps).then(function (v) { console.log('timers_promises: ' + v); });
}
