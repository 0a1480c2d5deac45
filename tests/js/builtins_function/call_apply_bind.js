// Function.prototype.call / apply / bind and bound functions.
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
function f(a, b, c) { return [this && this.tag, a, b, c].join("|"); }
var obj = { tag: "T" };
console.log(f.call(obj, 1, 2), f.apply(obj, [3, 4, 5]), f.apply(obj), f.apply(obj, { length: 2, 1: "y" }));
show(function () { return f.apply(obj, 1); });
show(function () { return f.apply(obj, "ab"); });
var b = f.bind(obj, "x");
console.log(b(1), b.length, b.name, Object.getOwnPropertyNames(b).join());
console.log(b.call({ tag: "ignored" }, 2), f.bind().bind().name);
console.log(Function.prototype.toString.call(b));
show(function () { return Function.prototype.bind.call(1); });
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
var P1 = Point.bind(null, 10);
var p = new P1(5);
console.log(p.sum(), p instanceof Point, p instanceof P1, Object.getPrototypeOf(p) === Point.prototype);
function lengths(n) {
  var g = function () {};
  Object.defineProperty(g, "length", { value: n });
  return g.bind(null, 1).length;
}
console.log(lengths(Infinity), lengths(-Infinity), lengths(3.7), lengths("3"), lengths(0), lengths(-5));
var named = function () {};
Object.defineProperty(named, "name", { value: 42 });
console.log(JSON.stringify(named.bind().name));
console.log(Function.prototype.length, JSON.stringify(Function.prototype.name), Function.prototype());
console.log(Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.bind.length);
console.log(Object.getOwnPropertyNames(Function.prototype).join());
console.log(Function.prototype[Symbol.hasInstance].call(Point, p), Function.prototype[Symbol.hasInstance].call({}, p));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance)));
/* expected
T|1|2| T|3|4|5 T||| T||y|
TypeError: CreateListFromArrayLike called on non-object
TypeError: CreateListFromArrayLike called on non-object
T|x|1| 2 bound f length,name
T|x|2| bound bound f
function () { [native code] }
TypeError: Bind must be called on a function
15 true true true
Infinity 0 2 0 0 0
"bound "
0 "" undefined
1 2 1
length,name,arguments,caller,constructor,apply,bind,call,toString
true false
{"writable":false,"enumerable":false,"configurable":false}
*/
