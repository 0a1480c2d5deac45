// 'beforeExit' fires when the loop is empty and may schedule more work;
// 'exit' fires once, with process.exitCode, which sets the exit status.
let rounds = 0;
process.on("beforeExit", (code) => {
  console.log("beforeExit", code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log("more work", rounds), 1);
});
process.once("exit", (code) => {
  console.log("exit", code);
  process.nextTick(() => console.log("never: no ticks after exit"));
});
process.on("exit", function (code) { console.log("second listener", this === process); });
const listener = () => console.log("removed");
process.on("exit", listener);
process.off("exit", listener);
console.log(process.listenerCount("exit"), process.listeners("beforeExit").length);
process.exitCode = 3;
// exit: 3
/* expected
2 1
beforeExit 3 0
more work 1
beforeExit 3 1
more work 2
beforeExit 3 2
exit 3
second listener true
*/
