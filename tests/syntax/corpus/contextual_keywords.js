// Contextual keywords used as plain identifiers in a sloppy script.
var of = 1, get = 2, set = 3, as = 4, from = 5, target = 6, meta = 7;
var async = 8, await = 9, yield = 10, let_ = 11, static = 12;
for (of of of) {}
for (var of of of) {}
for (var of in of) {}
for (async.x of xs) {}
for ((async) of xs) {}
for (await of xs) {}
for (yield of xs) {}
for (let of2 of of) {}
get = set + as + from + target + meta;
async + await + yield + static;
function get2(get, set) { return get + set; }
function as2(as, from, of) {}
x = { get: get, set, async, await, of, as, from, static, target, meta, yield };
x = { get get() {}, set set(v) {}, get set() {}, set get(v) {} };
x = { async of() {}, *get() {}, async *set() {} };
x = async.await;
x = of.of;
async(of);
await(of);
yield(of);
new async();
new await();
function await2() { await: for (;;) break await; }
var asyncArrow = async => async;
var awaitArrow = await => await;
var yieldArrow = yield => yield;
var o = { async, await };
class C { of() {} as() {} from() {} get of2() {} static of3() {} async of4() {} }
from; as; of; target; meta;
(async);
(await);
x = async
x = await
x = yield
async: ;
var { async: async2, await: await2 } = o;
