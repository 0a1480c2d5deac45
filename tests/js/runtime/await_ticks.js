// await and async functions take the spec's number of microtask turns
// (await of a native promise: 1; of a thenable or a promise subclass: 3;
// returning a promise from an async function: 3 more), so they
// interleave with a plain promise chain exactly as in V8.
const log = [];
const chain = (name, n) => {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => log.push(name + i));
};
chain("turn ", 8);
(async () => { await 1; log.push("await a value"); })();
(async () => { await Promise.resolve(); log.push("await a promise"); })();
(async () => { await { then(r) { r(); } }; log.push("await a thenable"); })();
(async () => { return 1; })().then(() => log.push("async returns a value"));
(async () => { return Promise.resolve(1); })().then(() => log.push("async returns a promise"));
(async () => { throw 1; })().catch(() => log.push("async throws"));
Promise.resolve().finally(() => log.push("finally callback")).then(() => log.push("after finally"));
Promise.reject(1).finally(() => log.push("finally callback (rejected)"))
  .catch(() => log.push("after finally (rejected)"));
(async () => {
  try { await Promise.reject(1); } catch { log.push("await rejection caught"); }
})();
class SubPromise extends Promise {}
(async () => { await SubPromise.resolve(1); log.push("await a subclass promise"); })();
(async () => { for (let i = 0; i < 3; i++) await null; log.push("three awaits"); })();
const arrow = async () => { await null; };
arrow().then(() => log.push("async arrow then"));
const obj = { async method() { await null; log.push("async method"); } };
obj.method();
async function withFinally(name) {
  try {
    await null;
    log.push(name + " body");
    return name;
  } finally {
    await null;
    log.push(name + " finally");
  }
}
withFinally("f").then((v) => log.push("then " + v));
(async () => {
  const inner = async () => await Promise.resolve("return await");
  log.push(await inner());
})();
(async () => {
  const [a, b] = await Promise.all([withFinally("all-a"), withFinally("all-b")]);
  log.push("all " + a + " " + b);
})();
process.on("exit", () => console.log(log.join("\n")));
/* expected
turn 1
await a value
await a promise
async returns a value
async throws
finally callback
finally callback (rejected)
await rejection caught
async method
f body
all-a body
all-b body
turn 2
await a thenable
async arrow then
f finally
return await
all-a finally
all-b finally
turn 3
async returns a promise
await a subclass promise
three awaits
then f
turn 4
after finally
after finally (rejected)
all all-a all-b
turn 5
turn 6
turn 7
turn 8
*/
