// Timeout.refresh restarts a timer (even one that fired); unref'ed timers
// and immediates do not keep the process alive but still run while it is.
const start = Date.now();
const log = [];
let fires = 0;
const t = setTimeout(() => {
  log.push("refreshed timer fired " + ++fires);
  // refresh() re-arms a timer that has already fired.
  if (fires === 1) t.refresh();
}, 60);
setTimeout(() => t.refresh(), 10);
const u = setTimeout(() => log.push("never: unref'ed and nothing else alive"), 5000);
u.unref();
const u2 = setTimeout(() => log.push("unref'ed timer runs while the loop lives"), 5);
u2.unref();
// (its place among the timers depends on how long the main script takes)
let immediateRan = false;
const im = setImmediate(() => { immediateRan = true; });
im.unref();
const cleared = setTimeout(() => log.push("never: cleared"), 1);
cleared.refresh();
clearTimeout(cleared);
cleared.refresh();
let n = 0;
const iv = setInterval(() => {
  log.push("interval " + ++n);
  if (n === 2) clearInterval(iv);
}, 20);
process.on("exit", () => {
  console.log(log.join("\n"));
  console.log("unref'ed immediate ran:", immediateRan);
  console.log(Date.now() - start < 4000);
});
/* expected
unref'ed timer runs while the loop lives
interval 1
interval 2
refreshed timer fired 1
refreshed timer fired 2
unref'ed immediate ran: true
true
*/
