// Timers of one duration run in insertion order, each followed by its
// ticks and microtasks; a timer cleared by an earlier one never runs;
// a timer added during the phase waits for a later one.
const log = [];
const out = (s) => log.push(s);
setTimeout(() => {
  const a = setTimeout(() => {
    out("a");
    clearTimeout(c);
    process.nextTick(() => out("tick after a"));
    Promise.resolve().then(() => out("promise after a"));
  }, 5);
  const b = setTimeout(() => {
    out("b");
    setTimeout(() => out("d, added by b"), 5);
  }, 5);
  const c = setTimeout(() => out("c (cleared by a)"), 5);
  const iv = setInterval(() => {
    out("interval");
    clearInterval(iv);
  }, 5);
  process.nextTick(() => out("tick in outer"));
}, 1);
let depth = 0;
function recurse() {
  out("nextTick recursion " + depth);
  if (++depth < 3) process.nextTick(recurse);
}
process.nextTick(recurse);
Promise.resolve().then(() => out("promise after all ticks"));
process.on("exit", () => console.log(log.join("\n")));
/* expected
nextTick recursion 0
nextTick recursion 1
nextTick recursion 2
promise after all ticks
tick in outer
a
tick after a
promise after a
b
interval
d, added by b
*/
