// Symbol function, registry, well-known symbols, Symbol.prototype.
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
var s = Symbol("desc");
console.log(typeof s, s.toString(), s.description, Symbol().description, JSON.stringify(Symbol("").description));
console.log(String(s), Symbol({ toString: function () { return "o"; } }).description);
show(function () { return new Symbol(); });
show(function () { return Symbol(Symbol()); });
show(function () { return s + ""; });
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")), Symbol.keyFor(s), Symbol.keyFor(Symbol.iterator));
console.log(Symbol.for() === Symbol.for("undefined"), Symbol.for("k").description);
show(function () { return Symbol.keyFor("x"); });
show(function () { return Symbol.keyFor({}); });
// node 20 also has dispose / asyncDispose (a later proposal): only the first 18
console.log(Object.getOwnPropertyNames(Symbol).slice(0, 18).join());
console.log(Symbol.iterator.toString(), Symbol.asyncIterator.description, typeof Symbol.hasInstance);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Symbol, "iterator")));
var w = Object(s);
console.log(typeof w, w instanceof Symbol, w.valueOf() === s, w.toString(), w.description, w == s);
console.log(Object.prototype.toString.call(s), Object.prototype.toString.call(w), Symbol.prototype[Symbol.toStringTag]);
console.log(Symbol.prototype[Symbol.toPrimitive].call(w) === s, Symbol.prototype[Symbol.toPrimitive].length, Symbol.prototype[Symbol.toPrimitive].name);
show(function () { return Symbol.prototype.toString.call(1); });
show(function () { return Symbol.prototype.valueOf.call({}); });
show(function () { return Object.getOwnPropertyDescriptor(Symbol.prototype, "description").get.call(1); });
show(function () { return Symbol.prototype[Symbol.toPrimitive].call("x"); });
console.log(Object.getOwnPropertyNames(Symbol.prototype).join(), Object.getOwnPropertySymbols(Symbol.prototype).length);
console.log(Symbol.length, Symbol.name, Symbol.prototype.constructor === Symbol);
var key = Symbol("k");
var o = {};
o[key] = 1;
console.log(o[key], Object.keys(o).length, Object.getOwnPropertySymbols(o)[0] === key);
/* expected
symbol Symbol(desc) desc undefined ""
Symbol(desc) o
TypeError: Symbol is not a constructor
TypeError: Cannot convert a Symbol value to a string
TypeError: Cannot convert a Symbol value to a string
true app undefined undefined
true k
TypeError: x is not a symbol
TypeError: #<Object> is not a symbol
length,name,prototype,for,keyFor,asyncIterator,hasInstance,isConcatSpreadable,iterator,match,matchAll,replace,search,species,split,toPrimitive,toStringTag,unscopables
Symbol(Symbol.iterator) Symbol.asyncIterator symbol
{"writable":false,"enumerable":false,"configurable":false}
object true true Symbol(desc) desc true
[object Symbol] [object Symbol] Symbol
true 1 [Symbol.toPrimitive]
TypeError: Symbol.prototype.toString requires that 'this' be a Symbol
TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol
TypeError: Symbol.prototype.description requires that 'this' be a Symbol
TypeError: Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol
constructor,toString,valueOf,description 2
0 Symbol true
1 0 true
*/
