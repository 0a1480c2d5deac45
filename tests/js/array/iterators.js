// Array iterators: keys/values/entries, the shared prototype, live length.
const it = ["a", "b"][Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call(it), it[Symbol.toStringTag], it[Symbol.iterator]() === it);
const proto = Object.getPrototypeOf(it);
console.log(Object.getOwnPropertyNames(proto), proto === Object.getPrototypeOf([].entries()));
console.log(Array.prototype.values === Array.prototype[Symbol.iterator], Array.prototype.values.name);
const grow = [1];
const gi = grow.values();
console.log(gi.next());
grow.push(2);
console.log(gi.next(), gi.next());
grow.push(3);
console.log(gi.next());
console.log([...["x", "y"].entries()], [...Array.prototype.keys.call({ length: 2 })]);
try { proto.next.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
const out = [];
for (const [i, v] of ["p", "q"].entries()) out.push(i + v);
console.log(out);
console.log(Object.keys(Array.prototype[Symbol.unscopables]));
/* expected
{ value: 'a', done: false } { value: 'b', done: false } { value: undefined, done: true } { value: undefined, done: true }
[object Array Iterator] Array Iterator true
[ 'next' ] true
true values
{ value: 1, done: false }
{ value: 2, done: false } { value: undefined, done: true }
{ value: undefined, done: true }
[ [ 0, 'x' ], [ 1, 'y' ] ] [ 0, 1 ]
TypeError: Method Array Iterator.prototype.next called on incompatible receiver #<Object>
[ '0p', '1q' ]
[
  'at',       'copyWithin',
  'entries',  'fill',
  'find',     'findIndex',
  'findLast', 'findLastIndex',
  'flat',     'flatMap',
  'includes', 'keys',
  'values',   'toReversed',
  'toSorted', 'toSpliced'
]
*/
