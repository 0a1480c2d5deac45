// Async generators and for await: request queue, awaits in yield and return,
// closing on break and throw, sync iterables in for await, tick order.
const log = [];
async function* agen(n) {
  try {
    for (let i = 0; i < n; i++) { const got = yield i; if (got) log.push("got " + got); await null; }
    return "done";
  } finally { log.push("agen finally"); }
}
async function main() {
  for await (const v of agen(3)) log.push("v" + v);
  const it = agen(5);
  console.log(await it.next(), await it.next("x"), await it.return("early"), await it.next());
  const it2 = agen(2);
  const ps = [it2.next(), it2.next(), it2.next(), it2.next()];
  console.log(await Promise.all(ps));
  for await (const v of [Promise.resolve("a"), "b"]) log.push(v);
  for await (const v of agen(10)) { if (v === 1) break; }
  try { for await (const v of agen(10)) { throw new Error("inside"); } } catch (e) { log.push(e.message); }
  async function* thrower() { yield 1; throw new TypeError("t"); }
  try { for await (const v of thrower()) log.push("t" + v); } catch (e) { log.push("caught " + e.message); }
  const g = agen(1);
  console.log(Object.prototype.toString.call(g), typeof g[Symbol.asyncIterator], g[Symbol.asyncIterator]() === g);
  console.log(await g.throw(new Error("before start")).catch((e) => e.message), await g.next());
  console.log(log);
  const order = [];
  async function* a() { order.push("a1"); yield 1; order.push("a2"); yield 2; }
  const ai = a();
  ai.next().then((r) => order.push("r1 " + r.value));
  ai.next().then((r) => order.push("r2 " + r.value));
  Promise.resolve().then(() => order.push("tick1")).then(() => order.push("tick2")).then(() => order.push("tick3"));
  await new Promise((res) => setTimeout(res, 0));
  console.log(order);
}
main().then(() => main2());

// yield* in async generators
const log2 = [];
async function* inner2() { try { const a = yield 1; log2.push("inner got " + a); yield Promise.resolve(2); return "inner ret"; } finally { log2.push("inner finally"); } }
async function* outer2() { const r = yield* inner2(); log2.push("r=" + r); yield* [3, Promise.resolve(4)]; return "outer"; }
async function main2() {
  const out = [];
  for await (const v of outer2()) out.push(v);
  console.log(out, log2.splice(0));
  const o = outer2();
  console.log(await o.next(), await o.next("A"), await o.return("stop"), await o.next(), log2.splice(0));
  const o2 = outer2();
  await o2.next();
  try { await o2.throw(new Error("thrown in")); } catch (e) { console.log("caught", e.message, log2.splice(0)); }
  const custom = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 9, done: false }) }; } };
  async function* noThrow() { yield* custom; }
  const n = noThrow(); await n.next();
  try { await n.throw(1); } catch (e) { console.log(e.constructor.name, e.message); }
}
/* expected
{ value: 0, done: false } { value: 1, done: false } { value: 'early', done: true } { value: undefined, done: true }
[
  { value: 0, done: false },
  { value: 1, done: false },
  { value: 'done', done: true },
  { value: undefined, done: true }
]
[object AsyncGenerator] function true
before start { value: undefined, done: true }
[
  'v0',           'v1',
  'v2',           'agen finally',
  'got x',        'agen finally',
  'agen finally', 'a',
  'b',            'agen finally',
  'agen finally', 'inside',
  't1',           'caught t'
]
[
  'a1',    'a2',
  'tick1', 'r1 1',
  'tick2', 'r2 2',
  'tick3'
]
[ 1, 2, 3, 4 ] [ 'inner got undefined', 'inner finally', 'r=inner ret' ]
{ value: 1, done: false } { value: 2, done: false } { value: 'stop', done: true } { value: undefined, done: true } [ 'inner got A', 'inner finally' ]
caught thrown in [ 'inner finally' ]
TypeError The iterator does not provide a 'throw' method.
*/
