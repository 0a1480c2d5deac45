// 'unhandledRejection' listeners receive (reason, promise) after the
// microtask queue drains; a rejection handled in time is not reported;
// one handled later emits 'rejectionHandled'.
const late = Promise.reject(new Error("handled later"));
const p = Promise.reject(42);
Promise.reject("handled in time").catch(() => console.log("caught in time"));
const chained = Promise.resolve().then(() => { throw new Error("in a reaction"); });
process.on("unhandledRejection", (reason, promise) => {
  console.log("unhandled:", reason instanceof Error ? reason.message : reason,
              promise === p || promise === late || promise === chained);
});
process.on("rejectionHandled", (promise) => console.log("rejectionHandled", promise === late));
setTimeout(() => late.catch(() => console.log("late catch")), 1);
process.on("exit", (code) => console.log("exit code", code));
/* expected
caught in time
unhandled: handled later true
unhandled: 42 true
unhandled: in a reaction true
late catch
rejectionHandled true
exit code 0
*/
