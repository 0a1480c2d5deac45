// Array constructor, statics and the common prototype methods.
console.log(Array(3).length, new Array(1, 2), Array.of(7), Array.from("abc"));
console.log(Array.from({ length: 3 }, (_, i) => i * i), Array.isArray([]), Array.isArray({ length: 0 }));
try { new Array(-1); } catch (e) { console.log(e.name + ": " + e.message); }
const a = [1, 2, 3, 4, 5];
console.log(a.map(x => x * 2), a.filter(x => x % 2), a.reduce((s, x) => s + x, 0));
console.log(a.indexOf(3), a.lastIndexOf(9), a.includes(5), a.at(-1), a.find(x => x > 2), a.findLast(x => x < 4));
console.log(a.slice(1, 3), a.concat([6], 7), a.join("-"), String(a), a.some(x => x > 4), a.every(x => x > 0));
console.log([[1, [2]], [3]].flat(), [1, 2].flatMap(x => [x, x * 10]), [1, 2, 3].reverse());
const b = [1, 2, 3];
console.log(b.push(4, 5), b.pop(), b.shift(), b.unshift(0), b, b.splice(1, 2, "a", "b", "c"), b);
console.log([1, 2, 3, 4, 5].copyWithin(0, 3), new Array(3).fill(0), [3, 1, 2].toSorted(), [1, 2, 3].with(1, 9));
console.log([..."ab"].entries().next(), [...[1, 2].keys()], [...[1, 2].values()], [...[1, 2].entries()]);
console.log(Array.prototype.map.call("abc", c => c.toUpperCase()), Array.prototype.join.call({ length: 2, 0: "x" }, "+"));
/* expected
3 [ 1, 2 ] [ 7 ] [ 'a', 'b', 'c' ]
[ 0, 1, 4 ] true false
RangeError: Invalid array length
[ 2, 4, 6, 8, 10 ] [ 1, 3, 5 ] 15
2 -1 true 5 3 3
[ 2, 3 ] [
  1, 2, 3, 4,
  5, 6, 7
] 1-2-3-4-5 1,2,3,4,5 true true
[ 1, [ 2 ], 3 ] [ 1, 10, 2, 20 ] [ 3, 2, 1 ]
5 5 1 4 [ 0, 'a', 'b', 'c', 4 ] [ 2, 3 ] [ 0, 'a', 'b', 'c', 4 ]
[ 4, 5, 3, 4, 5 ] [ 0, 0, 0 ] [ 1, 2, 3 ] [ 1, 9, 3 ]
{ value: [ 0, 'a' ], done: false } [ 0, 1 ] [ 1, 2 ] [ [ 0, 1 ], [ 1, 2 ] ]
[ 'A', 'B', 'C' ] x+
*/
