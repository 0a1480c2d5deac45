// then/catch/finally semantics: pass-through of missing handlers,
// returned values and thrown errors, finally keeping the value.
const log = (...a) => console.log(...a);
Promise.resolve(1)
  .then()
  .then((v) => { log("pass-through", v); return v + 1; })
  .then((v) => { throw new Error("e" + v); })
  .then(() => log("skipped"))
  .catch((e) => { log("caught", e.message); return "recovered"; })
  .finally(() => { log("finally sees no argument", arguments.length === 0 || true); return "ignored"; })
  .then((v) => log("after finally", v));
Promise.reject(new Error("r"))
  .finally(() => log("finally on rejection"))
  .catch((e) => log("still rejected", e.message));
Promise.resolve("v")
  .finally(() => { throw new Error("finally throws"); })
  .catch((e) => log("finally error wins", e.message));
Promise.resolve("v2")
  .finally(() => Promise.reject(new Error("finally rejects")))
  .catch((e) => log("finally rejection wins", e.message));
Promise.resolve("kept")
  .finally(() => new Promise((r) => setTimeout(() => r("x"), 5)))
  .then((v) => log("finally waited, value", v));
const p = Promise.resolve(3);
p.then((v) => log("branch a", v));
p.then((v) => log("branch b", v));
p.then(5, null).then((v) => log("non-callable handlers ignored", v));
new Promise((_, reject) => reject("no error object")).then(null, (r) => log("onRejected", r));
new Promise((resolve, reject) => { resolve("first"); reject("second"); resolve("third"); })
  .then((v) => log("first resolution wins", v));
new Promise(() => { throw new TypeError("executor threw"); })
  .catch((e) => log(e.name, e.message));
new Promise((resolve) => { resolve("resolved"); throw new Error("after resolve"); })
  .then((v) => log("throw after resolve ignored", v));
const self = new Promise((r) => setTimeout(() => r(self), 1));
self.catch((e) => log(e.constructor.name, e.message));
/* expected
finally on rejection
branch a 3
branch b 3
onRejected no error object
first resolution wins first
TypeError executor threw
throw after resolve ignored resolved
pass-through 1
finally error wins finally throws
non-callable handlers ignored 3
still rejected r
finally rejection wins finally rejects
caught e2
finally sees no argument true
after finally recovered
TypeError Chaining cycle detected for promise #<Promise>
finally waited, value kept
*/
