// util.inspect of promises: state and value, nested, with extra properties.
const rejected = Promise.reject(new TypeError("bad"));
rejected.catch(() => {});
const pending = new Promise(() => {});
pending.extra = 1;
console.log(Promise.resolve(1), pending, Promise.resolve("s"));
console.log([Promise.resolve({ a: [1, 2] })], { p: Promise.resolve(undefined) });
console.log(Promise.resolve(Promise.resolve(5)));
const r2 = Promise.reject(42);
r2.catch(() => {});
console.log(r2);
const later = new Promise((resolve) => setTimeout(() => resolve("done"), 1));
console.log(later);
later.then(() => console.log(later));
console.log(String(Promise.resolve()), Object.prototype.toString.call(pending));
console.log(typeof rejected, rejected instanceof Promise);
/* expected
Promise { 1 } Promise { <pending>, extra: 1 } Promise { 's' }
[ Promise { { a: [Array] } } ] { p: Promise { undefined } }
Promise { 5 }
Promise { <rejected> 42 }
Promise { <pending> }
[object Promise] [object Promise]
object true
Promise { 'done' }
*/
