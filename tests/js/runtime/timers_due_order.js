// Timer lists run by expiry (start time + duration, the start taken when
// the timer is set, as node's getLibuvNow does), timers of one duration
// in insertion order.  From an immediate, a timer that is due by the
// next loop turn runs before an immediate queued with it.  Busy waits
// make every case deterministic (a slow machine only widens the gaps).
const log = [];
const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
setTimeout(() => log.push("b: 5 ms"), 5);
setTimeout(() => log.push("a: 10 ms"), 10);
busy(4);
setTimeout(() => log.push("c: 5 ms, set 4 ms later, same list as b"), 5);
setTimeout(() => log.push("d: 7 ms, set 4 ms later, expires after a"), 7);
busy(20);
setTimeout(() => {
  log.push("e");
  setTimeout(() => log.push("g: 2 ms from e"), 2);
  busy(5);
  setTimeout(() => log.push("h: 1 ms from e, 5 ms later"), 1);
  setTimeout(() => {
    log.push("i: 3 ms from e, 5 ms later");
    setImmediate(() => {
      log.push("immediate");
      setImmediate(() => log.push("immediate from immediate"));
      setTimeout(() => log.push("timeout from immediate, due at the next turn"), 1);
      busy(3);
    });
  }, 3);
}, 30);
process.on("exit", () => console.log(log.join("\n")));
/* expected
b: 5 ms
c: 5 ms, set 4 ms later, same list as b
a: 10 ms
d: 7 ms, set 4 ms later, expires after a
e
g: 2 ms from e
h: 1 ms from e, 5 ms later
i: 3 ms from e, 5 ms later
immediate
timeout from immediate, due at the next turn
immediate from immediate
*/
