// How many microtask turns each combinator takes on already-settled
// inputs: a counter chain numbers the turns, so the output pins the
// spec's job counts (thenable adoption, resolve functions, finally).
let turn = 0;
const log = [];
let p = Promise.resolve();
for (let i = 0; i < 12; i++) p = p.then(() => { turn++; });
const at = (name) => () => log.push(name + " @" + turn);
Promise.all([1, Promise.resolve(2)]).then(at("all"));
Promise.allSettled([1, Promise.reject(2)]).then(at("allSettled"));
Promise.any([Promise.reject(1), 2]).then(at("any"));
Promise.race([Promise.resolve(1), 2]).then(at("race"));
Promise.resolve(1).finally(() => {}).then(at("finally"));
Promise.reject(1).finally(() => {}).catch(at("finally (rejected)"));
Promise.resolve(1).then(() => Promise.resolve(2)).then(at("then returns a promise"));
Promise.resolve(1).then(() => ({ then(r) { r(2); } })).then(at("then returns a thenable"));
new Promise((r) => r(Promise.resolve(1))).then(at("resolve(promise)"));
Promise.resolve(Promise.resolve(1)).then(at("Promise.resolve(promise)"));
Promise.reject(1).catch(() => {}).then(at("catch"));
p.then(() => console.log(log.join("\n")));
/* expected
Promise.resolve(promise) @1
all @2
allSettled @2
any @2
race @2
catch @2
then returns a thenable @3
resolve(promise) @3
finally @4
finally (rejected) @4
then returns a promise @4
*/
