// V8's messages for the Array built-ins.
function t(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
t(() => [1].map(undefined));
t(() => [1].forEach({}));
t(() => [1].filter("abc"));
t(() => Array.prototype.map.call(null, x => x));
t(() => Array.prototype.join.call(undefined));
t(() => [].reduce((a, b) => a));
t(() => [, ,].reduceRight((a, b) => a));
t(() => new Array(1.5));
t(() => [3, 1].sort(1));
t(() => [1].flatMap(2));
t(() => [1, 2].with(5, 0));
t(() => Array.from({ [Symbol.iterator]: 5 }));
t(() => Array.from({ [Symbol.iterator]() { return 1; } }));
t(() => Array.from(null));
t(() => Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1));
t(() => Object.freeze([1]).push(2));
t(() => Object.freeze([1, 2]).pop());
t(() => Object.freeze([1, 2]).shift());
t(() => Object.freeze([1, 2]).fill(0, 1));
t(() => { const a = [1]; a.constructor = { [Symbol.species]: 1 }; return a.map(x => x); });
t(() => [][Symbol.iterator]().next.call([]));
t(() => [Symbol("s")].join());
/* expected
TypeError: undefined is not a function
TypeError: #<Object> is not a function
TypeError: abc is not a function
TypeError: Array.prototype.map called on null or undefined
TypeError: Cannot convert undefined or null to object
TypeError: Reduce of empty array with no initial value
TypeError: Reduce of empty array with no initial value
RangeError: Invalid array length
TypeError: The comparison function must be either a function or undefined
TypeError: flatMap mapper function is not callable
RangeError: Invalid index : 5
TypeError: %Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function
TypeError: Result of the Symbol.iterator method is not an object
TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1
TypeError: Cannot add property 1, object is not extensible
TypeError: Cannot delete property '1' of [object Array]
TypeError: Cannot assign to read only property '0' of object '[object Array]'
TypeError: Cannot assign to read only property '1' of object '[object Array]'
TypeError: object.constructor[Symbol.species] is not a constructor
TypeError: Method Array Iterator.prototype.next called on incompatible receiver [object Array]
TypeError: Cannot convert a Symbol value to a string
*/
