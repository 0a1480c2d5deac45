// process.emitWarning (and node's own warnings) reach 'warning' listeners
// on the next tick, as Error objects named after the warning type.
process.on("warning", (w) => console.log("warning:", w.name, JSON.stringify(w.message), w.code, w instanceof Error));
process.emitWarning("custom", "MyWarning", "CODE1");
process.emitWarning("plain");
process.emitWarning("with options", { type: "OptWarning", code: "OPT" });
setTimeout(() => {}, 2 ** 31);
console.countReset("missing");
console.log("sync output comes first");
Promise.resolve().then(() => console.log("promise jobs run after the warnings' tick"));
/* expected
sync output comes first
warning: MyWarning "custom" CODE1 true
warning: Warning "plain" undefined true
warning: OptWarning "with options" OPT true
warning: TimeoutOverflowWarning "2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1." undefined true
warning: Warning "Count for 'missing' does not exist" undefined true
promise jobs run after the warnings' tick
*/
