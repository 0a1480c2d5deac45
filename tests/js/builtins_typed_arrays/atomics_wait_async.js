const ia = new Int32Array(new SharedArrayBuffer(16));
console.log(Atomics.waitAsync(ia, 0, 1), Atomics.waitAsync(ia, 0, 0, 0));
const r = Atomics.waitAsync(ia, 0, 0, 1000);
const r2 = Atomics.waitAsync(ia, 0, 0);
console.log(r.async, r.value instanceof Promise);
r.value.then(v => console.log("first", v));
r2.value.then(v => console.log("second", v));
console.log(Atomics.notify(ia, 0, 1), Atomics.notify(ia, 1), Atomics.notify(ia, 0));
const r3 = Atomics.waitAsync(ia, 2, 0, 10);
r3.value.then(v => console.log("third", v));
setTimeout(() => console.log("later"), 50);
/* expected
{ async: false, value: 'not-equal' } { async: false, value: 'timed-out' }
true true
1 0 1
first ok
second ok
third timed-out
later
*/
