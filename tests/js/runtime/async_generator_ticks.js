// Async generators and for await against a promise chain: the turn each
// step takes (yield, yield of a promise, await, return of a promise,
// yield*, for await over sync iterables, queued next/return requests).
const log = [];
const chain = (name, n) => { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => log.push(name + i)); };
chain("t", 12);
async function* g() { log.push("g start"); yield 1; log.push("g after 1"); yield Promise.resolve(2); log.push("g after 2"); await null; yield 3; return Promise.resolve(4); }
(async () => { for await (const v of g()) log.push("got " + v); log.push("loop done"); })();
async function* h() { yield* g(); }
(async () => { const it = h(); let r; while (!(r = await it.next()).done) log.push("h " + r.value); log.push("h done " + r.value); })();
(async () => { for await (const v of [1, Promise.resolve(2), 3]) log.push("sync " + v); })();
const it = g();
it.next().then(r => log.push("n1 " + r.value));
it.return(Promise.resolve("R")).then(r => log.push("ret " + r.value + r.done));
it.next().then(r => log.push("n3 " + r.done));
process.on("exit", () => console.log(log.join("\n")));
/* expected
g start
g start
g start
t1
t2
got 1
g after 1
sync 1
n1 1
t3
h 1
g after 1
ret Rtrue
n3 true
t4
got 2
g after 2
sync 2
t5
t6
h 2
g after 2
sync 3
t7
got 3
t8
t9
loop done
t10
h 3
t11
t12
h done undefined
*/
