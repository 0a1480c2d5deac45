// process.nextTick runs before promise jobs; ticks queued by promise jobs
// wait until the microtask queue is empty; queueMicrotask shares the
// promise job queue (FIFO with promise reactions).
const log = [];
const out = (s) => log.push(s);
Promise.resolve().then(() => {
  out("p1");
  process.nextTick(() => out("tick from p1"));
  queueMicrotask(() => out("microtask from p1"));
  Promise.resolve().then(() => out("p from p1"));
});
Promise.resolve().then(() => out("p2"));
queueMicrotask(() => {
  out("m1");
  process.nextTick(() => {
    out("tick from m1");
    queueMicrotask(() => out("microtask from tick from m1"));
    process.nextTick(() => out("tick from tick from m1"));
  });
});
process.nextTick((a, b) => out("tick args " + a + " " + b), 1, 2);
process.nextTick(() => {
  out("t2");
  process.nextTick(() => out("tick from t2"));
  queueMicrotask(() => out("microtask from t2"));
});
out("main");
setTimeout(() => {
  out("timeout");
  process.nextTick(() => out("tick in timeout"));
  Promise.resolve().then(() => out("promise in timeout"));
  process.nextTick(() => Promise.resolve().then(() => out("promise from tick in timeout")));
}, 1);
setTimeout(() => out("second timeout sees everything drained"), 1);
setTimeout(() => console.log(log.join("\n")), 20);
/* expected
main
tick args 1 2
t2
tick from t2
p1
p2
m1
microtask from t2
microtask from p1
p from p1
tick from p1
tick from m1
tick from tick from m1
microtask from tick from m1
timeout
tick in timeout
promise in timeout
promise from tick in timeout
second timeout sees everything drained
*/
