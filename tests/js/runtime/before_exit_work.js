// 'beforeExit' listeners that queue a tick, a promise job and an
// immediate keep the loop going; each round drains them in node's order.
let rounds = 0;
process.on("beforeExit", (code) => {
  console.log("beforeExit", code, rounds);
  if (rounds++ < 2) {
    setImmediate(() => console.log("immediate from beforeExit"));
    Promise.resolve().then(() => console.log("promise from beforeExit"));
    process.nextTick(() => console.log("tick from beforeExit"));
  }
});
process.on("exit", (code) => console.log("exit", code, rounds));
/* expected
beforeExit 0 0
tick from beforeExit
promise from beforeExit
immediate from beforeExit
beforeExit 0 1
tick from beforeExit
promise from beforeExit
immediate from beforeExit
beforeExit 0 2
exit 0 3
*/
