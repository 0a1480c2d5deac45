// A top-level await that never settles: the loop runs dry, 'exit' gets
// code 0, and node's own 'exit' listener (registered before the module
// ran, so it runs first) makes the exit status 13.
process.on("exit", (code) => console.log("exit", code, process.exitCode));
console.log("listeners while evaluating:", process.listenerCount("exit"));
setTimeout(() => console.log("timers still run"), 1);
await new Promise(() => {});
console.log("never");
// exit: 13
/* expected
listeners while evaluating: 2
timers still run
exit 0 13
*/
