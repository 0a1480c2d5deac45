// The Promise constructor and its functions: property layout, lengths,
// names, species, and V8's TypeErrors.
const t = (f) => {
  try { f(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
};
t(() => new Promise());
t(() => new Promise({}));
t(() => new Promise([]));
t(() => Promise());
t(() => Promise.resolve.call(1));
t(() => Promise.reject.call({}));
t(() => Promise.all.call(1));
t(() => Promise.prototype.then.call({}));
t(() => Promise.prototype.finally.call(1));
t(() => { function C(ex) { ex(1, 2); ex(3, 4); } Promise.resolve.call(C); });
t(() => { function C(ex) { ex(1, 2); } Promise.resolve.call(C); });
const p = Promise.resolve(1);
p.constructor = { [Symbol.species]: 1 };
t(() => p.then());
p.constructor = 1;
t(() => p.then());
console.log(Promise.length, Promise.name, Promise.prototype.then.length, Promise.prototype.catch.length,
            Promise.prototype.finally.length, Promise.all.length, Promise.resolve.name);
const species = Object.getOwnPropertyDescriptor(Promise, Symbol.species);
console.log(species.get.name, species.get.call(5), species.set, species.configurable);
console.log(Promise.prototype[Symbol.toStringTag], Object.prototype.toString.call(p));
new Promise((resolve, reject) => {
  console.log(resolve.length, JSON.stringify(resolve.name), Object.getOwnPropertyNames(reject));
});
console.log(Object.getOwnPropertyNames(Promise.prototype));
let executorThis;
new Promise(function () { "use strict"; executorThis = this; });
console.log(executorThis);
// A thenable's then receives fresh resolving functions.
Promise.resolve({ then(a, b) { console.log(typeof a, typeof b, a.length, a === b); a(1); } });
// then on a subclass-like constructor uses its species.
function MyPromise(executor) {
  return Object.setPrototypeOf(new Promise(executor), MyPromise.prototype);
}
MyPromise.prototype = Object.create(Promise.prototype, { constructor: { value: MyPromise } });
Object.setPrototypeOf(MyPromise, Promise);
const mp = new MyPromise((r) => r(3));
const derived = mp.then((v) => v);
console.log(derived instanceof MyPromise, mp.finally(() => {}) instanceof MyPromise);
/* expected
TypeError: Promise resolver undefined is not a function
TypeError: Promise resolver #<Object> is not a function
TypeError: Promise resolver [object Array] is not a function
TypeError: Promise constructor cannot be invoked without 'new'
TypeError: PromiseResolve called on non-object
TypeError: #<Object> is not a constructor
TypeError: Promise.all called on non-object
TypeError: Method Promise.prototype.then called on incompatible receiver #<Object>
TypeError: Promise.prototype.finally called on non-object
TypeError: Promise executor has already been invoked with non-undefined arguments
TypeError: Promise resolve or reject function is not callable
TypeError: object.constructor[Symbol.species] is not a constructor
TypeError: The .constructor property is not an object
1 Promise 2 1 1 1 resolve
get [Symbol.species] 5 undefined true
Promise [object Promise]
1 "" [ 'length', 'name' ]
[ 'constructor', 'then', 'catch', 'finally' ]
undefined
true true
function function 1 false
*/
