// Async functions: run synchronously until the first await, resume in
// promise jobs with the spec's tick counts (interleavings equal node's).
const log = [];
const tick = (label) => Promise.resolve().then(() => log.push(label));

async function first() {
  log.push("first: start");
  await undefined;
  log.push("first: after 1 await");
  await null;
  log.push("first: after 2 awaits");
  return "first done";
}
async function second() {
  log.push("second: start");
  const v = await Promise.resolve(5);
  log.push("second: got " + v);
  const t = await { then(res) { res("thenable"); } };
  log.push("second: got " + t);
}
const p1 = first();
const p2 = second();
tick("tick 1").then(() => log.push("tick 2")).then(() => log.push("tick 3")).then(() => log.push("tick 4"));
log.push("sync end");
console.log(p1 instanceof Promise, Object.prototype.toString.call(p1));

// errors: thrown before and after an await, caught with try/await
async function failsEarly(x = (() => { throw new Error("in params"); })()) {}
async function failsLate() { await 1; throw new TypeError("late"); }
async function catches() {
  try { await failsLate(); } catch (e) { return "caught " + e.message; } finally { log.push("finally ran"); }
}
failsEarly().catch((e) => log.push("rejected: " + e.message));

// return of a promise adopts it (extra ticks), async arrows and methods
const arrow = async (x) => x * 2;
const obj = { base: 10, async method(y) { return this.base + (await arrow(y)); } };
class K { constructor() { this.v = 1; } async m() { const f = async () => this.v + (await 1); return f(); } static async s() { return "static"; } }

async function main() {
  console.log(await p1, await p2, await catches());
  console.log(await obj.method(4), await new K().m(), await K.s());
  console.log(await Promise.all([arrow(1), arrow(2), (async () => "iife")()]));
  const order = [];
  async function a() { order.push("a1"); await null; order.push("a2"); }
  async function b() { order.push("b1"); await null; order.push("b2"); await null; order.push("b3"); }
  await Promise.all([a(), b(), tick("x")]);
  console.log(order);
  console.log(typeof main, Object.getPrototypeOf(main) === Object.getPrototypeOf(async () => {}),
              Object.prototype.toString.call(main), main.hasOwnProperty("prototype"));
  try { new arrow(); } catch (e) { console.log(e.message); }
  for (const x of [1, 2]) console.log("loop", await x);
}
main().then(() => console.log(log));

// tick counts of return / return await, loops with await, recursion, dynamic AsyncFunction
const log2 = [];
const ticks2 = (n, label) => { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => log2.push(label + i)); return p; };
async function retPromise() { return Promise.resolve("rp"); }
async function retAwait() { return await Promise.resolve("ra"); }
async function plain() { return "plain"; }
retPromise().then((v) => log2.push(v));
retAwait().then((v) => log2.push(v));
plain().then((v) => log2.push(v));
ticks2(5, "t");
async function loops() {
  let s = 0;
  for (const x of [1, 2, 3]) { s += await x; }
  for (let i = 0; i < 2; i++) { try { await Promise.reject(i); } catch (e) { s += 10 * e; } finally { s += 100; } }
  return s;
}
async function nested(n) { return n === 0 ? 0 : 1 + (await nested(n - 1)); }
async function thrower() { await null; null.x; }
setTimeout(async () => {
  console.log(log2);
  console.log(await loops(), await nested(50));
  try { await thrower(); } catch (e) { console.log(e.constructor.name, e.message); }
  const results = [];
  await Promise.all([1, 2, 3].map(async (x) => { await null; results.push(x); }));
  console.log(results);
  const o = { v: 3, async m() { return [this.v, await this.v]; } };
  console.log(await o.m());
  console.log(String(async function f() {}), String(async () => 1), (async function named() {}).name);
  const AsyncFunction = (async () => {}).constructor;
  const dyn = new AsyncFunction("a", "return await a + 1");
  console.log(AsyncFunction.name, await dyn(41));
}, 0);
/* expected
true [object Promise]
first done undefined caught late
18 2 static
[ 2, 4, 'iife' ]
[ 'a1', 'b1', 'a2', 'b2', 'b3' ]
function true [object AsyncFunction] false
arrow is not a constructor
loop 1
loop 2
[
  'first: start',
  'second: start',
  'sync end',
  'first: after 1 await',
  'second: got 5',
  'tick 1',
  'rejected: in params',
  'first: after 2 awaits',
  'tick 2',
  'second: got thenable',
  'tick 3',
  'tick 4',
  'finally ran',
  'x'
]
[
  'plain', 't1',
  'ra',    't2',
  'rp',    't3',
  't4',    't5'
]
216 50
TypeError Cannot read properties of null (reading 'x')
[ 1, 2, 3 ]
[ 3, 3 ]
async function f() {} async () => 1 named
AsyncFunction 42
*/
