// setImmediate: FIFO, arguments, clearImmediate (also of a queued
// immediate from an earlier one), immediates queued by immediates run in
// the next loop iteration.
const log = [];
const out = (s) => log.push(s);
setTimeout(() => {
  setImmediate((a, b) => out("immediate 1 " + a + b), "x", "y");
  const second = setImmediate(() => out("never"));
  setImmediate(() => {
    out("immediate 3");
    setImmediate(() => out("immediate from immediate 3"));
  });
  setImmediate(function () { out("this is an " + this.constructor.name); });
  clearImmediate(second);
  const fourth = setImmediate(() => out("fourth (cleared too late)"));
  setImmediate(() => { out("immediate 6"); });
  setImmediate(() => clearImmediate(fourth));
}, 1);
const i = setImmediate(() => {});
console.log(i.hasRef(), i.unref().hasRef(), i.ref().hasRef());
clearImmediate(i);
clearImmediate(undefined);
process.on("exit", () => console.log(log.join("\n")));
/* expected
true false true
immediate 1 xy
immediate 3
this is an Immediate
fourth (cleared too late)
immediate 6
immediate from immediate 3
*/
