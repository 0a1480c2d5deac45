// process.on('uncaughtException') keeps the process alive: the error of
// a timer callback, a tick or a microtask reaches the listener with its
// origin, and the loop goes on.
process.on("uncaughtException", (err, origin) => {
  console.log("caught:", err.message, origin);
});
setTimeout(() => { throw new Error("from timer"); }, 1);
setTimeout(() => console.log("next timer still runs"), 2);
process.nextTick(() => { throw new Error("from tick"); });
queueMicrotask(() => { throw new Error("from microtask"); });
setTimeout(() => setImmediate(() => { throw new Error("from immediate"); }), 5);
process.on("exit", (code) => console.log("exit", code));
throw new Error("from main");
/* expected
caught: from main uncaughtException
caught: from tick uncaughtException
caught: from timer uncaughtException
caught: from microtask uncaughtException
next timer still runs
caught: from immediate uncaughtException
exit 0
*/
