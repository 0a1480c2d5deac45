// Resolving with a promise or thenable costs the spec's extra jobs
// (NewPromiseResolveThenableJob, then the `then` reaction): chains
// interleave exactly as in V8.
const log = [];
const tick = (name, n) => {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(name + i));
};
tick("t", 6);
new Promise((resolve) => resolve(Promise.resolve("x"))).then((v) => log.push("adopted " + v));
Promise.resolve().then(() => Promise.resolve("y")).then((v) => log.push("returned promise " + v));
Promise.resolve({ then(r) { log.push("then called"); r("z"); } }).then((v) => log.push("thenable " + v));
Promise.resolve(Promise.resolve("same")).then((v) => log.push("PromiseResolve keeps " + v));
const p = Promise.resolve(1);
console.log(Promise.resolve(p) === p);
Promise.reject(p).catch((v) => log.push("rejected with promise " + (v === p)));
const thenGetter = { get then() { log.push("then read"); return undefined; } };
Promise.resolve(thenGetter).then((v) => log.push("plain object " + (v === thenGetter)));
const throwing = { get then() { throw new Error("getter"); } };
Promise.resolve(throwing).catch((e) => log.push("then getter threw " + e.message));
const badThen = { then() { throw new Error("inside then"); } };
Promise.resolve(badThen).catch((e) => log.push("then threw " + e.message));
const lateThrow = { then(r) { r("ok"); throw new Error("ignored"); } };
Promise.resolve(lateThrow).then((v) => log.push("resolved before throw " + v));
setTimeout(() => console.log(log.join("\n")), 0);
/* expected
true
then read
t1
then called
PromiseResolve keeps same
rejected with promise true
plain object true
then getter threw getter
t2
thenable z
then threw inside then
resolved before throw ok
t3
adopted x
t4
returned promise y
t5
t6
*/
