// Array.prototype.sort: default string order, comparators, stability,
// undefined last, errors, generic receivers.
console.log([10, 9, 1, 100, -5].sort(), ["b", "B", "a", "é", "Z"].sort(), [true, false, null, undefined].sort());
console.log([10, 9, 1, 100].sort((a, b) => a - b), [1, 2, 3].sort((a, b) => b - a), [3, 1, 2].sort(() => 0));
const people = [
  { n: "ann", age: 30 }, { n: "bob", age: 25 }, { n: "cid", age: 30 }, { n: "dan", age: 25 }, { n: "eve", age: 30 },
];
console.log(people.sort((a, b) => a.age - b.age).map(p => p.n).join());
console.log([3, undefined, 1, , 2].sort((a, b) => b - a), ["\ud83d\ude00", "\uffff", "a"].sort().map(s => s.length));
try { [2, 1].sort("no"); } catch (e) { console.log(e.name + ": " + e.message); }
try { [2, 1].sort(() => { throw new Error("from comparator"); }); } catch (e) { console.log(e.message); }
const obj = { length: 3, 0: "c", 1: "a", 2: "b", 3: "ignored" };
console.log(Array.prototype.sort.call(obj), [1, 2].sort(undefined));
const big = [];
for (let i = 0; i < 1000; i++) big.push((i * 7919) % 1009);
big.sort((a, b) => a - b);
console.log(big.slice(0, 5), big.slice(-3), big.every((v, i) => i === 0 || big[i - 1] <= v));
const orig = [3, 2, 1];
console.log(orig.toSorted(), orig);
/* expected
[ -5, 1, 10, 100, 9 ] [ 'B', 'Z', 'a', 'b', 'é' ] [ false, null, true, undefined ]
[ 1, 9, 10, 100 ] [ 3, 2, 1 ] [ 3, 1, 2 ]
bob,dan,ann,cid,eve
[ 3, 2, 1, undefined, <1 empty item> ] [ 1, 2, 1 ]
TypeError: The comparison function must be either a function or undefined
from comparator
{ '0': 'a', '1': 'b', '2': 'c', '3': 'ignored', length: 3 } [ 1, 2 ]
[ 0, 1, 2, 3, 4 ] [ 1006, 1007, 1008 ] true
[ 1, 2, 3 ] [ 3, 2, 1 ]
*/
