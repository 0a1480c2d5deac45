// Arrays and typed arrays held in object fields: optimized code loads the
// field behind the shape guard, then the array's elements and length once
// per load.  Deopts: an element of another type, the field replaced by
// another array (the next load sees it), by a string, and a typed array
// swapped for one of another kind.
'use strict';

function Bag(n) {
  this.items = [];
  for (let i = 0; i < n; i++) this.items.push(i * 2);
  this.f = new Float64Array(n);
  this.count = n;
}
function sum(bag) {
  let s = 0;
  for (let i = 0; i < bag.items.length; i++) s += bag.items[i];
  return s;
}
function fill(bag) {
  const f = bag.f;
  for (let i = 0; i < f.length; i++) bag.f[i] = i * 0.5;
  return bag.f[bag.count - 1];
}
const b = new Bag(100);
let t = 0;
for (let k = 0; k < 2000; k++) t += sum(b) + fill(b);
console.log(t);
b.items[5] = 1.5;
console.log(sum(b));
b.items = [1, 2, 3];
console.log(sum(b));
b.items = 'abc';
console.log(sum(b));
b.f = new Int32Array(10);
b.count = 10;
console.log(fill(b), Array.from(b.f).join(','));
/* expected
19899000
9891.5
6
0abc
4 0,0,1,1,2,2,3,3,4,4
*/
