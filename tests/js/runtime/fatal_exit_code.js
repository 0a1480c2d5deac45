// An uncaught error with no 'uncaughtException' listener: the 'exit'
// listeners run with code 1 (they may change process.exitCode), then the
// process ends with process.exitCode; later work never runs.
process.on("exit", (code) => {
  console.log("exit listener", code, process.exitCode);
  process.exitCode = 4;
});
setTimeout(() => console.log("never"), 0);
Promise.resolve().then(() => console.log("never either"));
console.log("before the throw");
throw new RangeError("fatal");
// exit: 4
/* expected
before the throw
exit listener 1 1
*/
