// Behaviours fixed while raising test262 conformance of the built-ins.
// BigInt can be a newTarget but `new BigInt` throws.
try { new BigInt(1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof Reflect.construct(function () {}, [], BigInt));
// RegExp @@split converts its limit with ToNumber first.
console.log("hello".split(/l/, "hi"), "hello".split(/l/, "2"), "a,b,c".split(/,/, { valueOf() { return 2; } }));
// IteratorClose after an abrupt completion ignores a non-callable `return`.
for (const ret of [0, true, "s", {}]) {
  const it = { [Symbol.iterator]() { return this; }, next() { return { done: false, value: 1 }; }, return: ret };
  try { for (const x of it) throw new Error("stop"); } catch (e) { console.log(e.message); }
  Promise.all.call(class { constructor(ex) { ex(() => {}, (e) => console.log("rejected", e)); } static resolve() { throw "bad"; } }, it);
}
// Function.prototype.toString of static methods skips comments after `static`.
class F { static /* c */ f /* a */ () {} static // line
  g() {} }
console.log(F.f.toString().replaceAll("*/", "*\\/"), "|", F.g.toString());
// TypedArray slice into an overlapping species result copies byte by byte.
const ta = new Uint8Array([10, 20, 30, 40, 50, 60]);
ta.constructor = { [Symbol.species]: function () { return new Uint8Array(ta.buffer, 2); } };
console.log(Array.from(ta.slice(1, 4)));
// [[Set]] on a typed array with another receiver: OrdinarySet, not the prototype's setter.
const t2 = new Float64Array([0]);
const recv = {};
console.log(Reflect.set(t2, 0, 5, recv), t2[0], recv[0]);
const proto = Object.create(new Int8Array([1]));
proto[0] = 7;
console.log(Object.getPrototypeOf(proto)[0], proto[0], Object.keys(proto));
/* expected
TypeError BigInt is not a constructor
object
[] [ 'he', '' ] [ 'a', 'b' ]
stop
rejected bad
stop
rejected bad
stop
rejected bad
stop
rejected bad
f /* a *\/ () {} | g() {}
[ 20, 20, 20, 60 ]
true 0 5
1 7 [ '0' ]
*/
