// process.exit(code) runs the 'exit' listeners, then stops at once:
// no more timers, ticks or promise jobs.
process.on("exit", (code) => console.log("exit listener", code, process.exitCode));
setTimeout(() => console.log("never"), 0);
Promise.resolve().then(() => {
  console.log("promise job runs before the tick that exits");
});
process.nextTick(() => {
  console.log("tick");
  process.exit(5);
  console.log("never after exit");
});
console.log("main");
// exit: 5
/* expected
main
tick
exit listener 5 5
*/
