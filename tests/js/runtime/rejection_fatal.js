// An unhandled rejection without listeners is fatal once the microtask
// queue is drained: jobs already queued still run, timers do not.
Promise.reject(new Error("nobody handles this"));
Promise.resolve().then(() => console.log("microtask before the report"));
process.nextTick(() => console.log("tick before the report"));
setTimeout(() => console.log("never"), 0);
process.on("exit", (code) => console.log("exit", code));
// exit: 1
/* expected
tick before the report
microtask before the report
exit 1
*/
