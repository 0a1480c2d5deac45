// An unsettled top-level await keeps an exit code the program set; once
// the main module settled, its exit listener is gone.
process.exitCode = 5;
const { settled } = await import("./fixtures/tla_settles.mjs");
console.log("after a settled import:", settled, process.listenerCount("exit"));
await new Promise(() => {});
// exit: 5
/* expected
after a settled import: yes 1
*/
