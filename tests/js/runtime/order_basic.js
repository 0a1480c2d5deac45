// Sync code, then process.nextTick, then promise reactions, then timers
// and immediates; nextTick and microtasks drain after every callback.
const log = [];
const out = (s) => log.push(s);

setTimeout(() => {
  out("timeout");
  // From inside a timer, an immediate always runs before a new timer.
  setTimeout(() => out("timeout from timeout"), 0);
  setImmediate(() => {
    out("immediate 1");
    process.nextTick(() => out("tick in immediate 1"));
    Promise.resolve().then(() => out("promise in immediate 1"));
  });
  setImmediate(() => out("immediate 2"));
  process.nextTick(() => out("tick in timeout"));
  Promise.resolve().then(() => out("promise in timeout"));
}, 0);
Promise.resolve().then(() => {
  out("promise 1");
  process.nextTick(() => out("tick from promise 1"));
}).then(() => out("promise 2"));
queueMicrotask(() => out("microtask"));
process.nextTick(() => {
  out("tick 1");
  Promise.resolve().then(() => out("promise from tick 1"));
  process.nextTick(() => out("tick from tick 1"));
});
process.nextTick(() => out("tick 2"));
out("sync");

process.on("exit", () => console.log(log.join("\n")));
/* expected
sync
tick 1
tick 2
tick from tick 1
promise 1
microtask
promise from tick 1
promise 2
tick from promise 1
timeout
tick in timeout
promise in timeout
immediate 1
tick in immediate 1
promise in immediate 1
immediate 2
timeout from timeout
*/
