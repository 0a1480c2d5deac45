// ArraySpeciesCreate: constructor / Symbol.species lookups.
function MyArr(n) {
  const a = arguments.length === 1 ? new Array(n) : Array.apply(null, arguments);
  Object.setPrototypeOf(a, MyArr.prototype);
  return a;
}
Object.setPrototypeOf(MyArr, Array);
MyArr.prototype = Object.create(Array.prototype);
MyArr.prototype.constructor = MyArr;
const m = MyArr.from([1, 2, 3]);
console.log(m instanceof MyArr, m.map(x => x) instanceof MyArr, m.filter(x => x) instanceof MyArr, m.slice() instanceof MyArr);
console.log(m.splice(0, 1) instanceof MyArr, m.concat() instanceof MyArr, m.flat() instanceof MyArr, m.toSorted() instanceof MyArr);
console.log(MyArr.of(1, 2) instanceof MyArr, Array.of.call(Object, 1), Array.from.call(Object, "ab"));
const a = [1, 2];
a.constructor = {};
a.constructor[Symbol.species] = function (n) { this.made = n; };
console.log(a.map(x => x * 2), a.filter(() => true));
a.constructor[Symbol.species] = null;
console.log(a.map(x => x * 2));
a.constructor = undefined;
console.log(a.slice(), Object.getOwnPropertyDescriptor(Array, Symbol.species).get.name);
/* expected
true true true true
true true true false
true [Number: 1] { '0': 1, length: 1 } { '0': 'a', '1': 'b', length: 2 }
{ '0': 2, '1': 4, made: 2 } { '0': 1, '1': 2, made: 0 }
[ 2, 4 ]
[ 1, 2 ] get [Symbol.species]
*/
