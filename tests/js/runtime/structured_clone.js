// structuredClone of plain data: shared and circular references kept,
// Date/RegExp/boxed primitives/errors rebuilt, class instances become
// plain objects, functions and symbols refused with DataCloneError.
const o = { a: 1, b: [1, 2, { c: "x" }], d: new Date(0), r: /ab+c/gi, n: null, u: undefined, big: 10n, neg: -0 };
o.self = o;
o.b.push(o.b);
o.r.lastIndex = 3;
const c = structuredClone(o);
console.log(c);
console.log(c !== o, c.self === c, c.b[3] === c.b, c.d instanceof Date, c.d !== o.d, c.r.lastIndex);
function K() { this.x = 1; }
K.prototype.method = function () {};
const k = structuredClone(new K());
console.log(k, Object.getPrototypeOf(k) === Object.prototype);
const withGetter = { get g() { return 5; } };
console.log(structuredClone(withGetter), structuredClone([1, , 3]), structuredClone(new Number(3)), structuredClone(new String("s")));
const arr = [1, 2];
arr.extra = "kept";
console.log(structuredClone(arr));
const shared = { s: 1 };
const pair = structuredClone([shared, shared]);
console.log(pair[0] === pair[1]);
for (const bad of [() => {}, Symbol("s"), { f() {} }, Promise.resolve()]) {
  try {
    structuredClone(bad);
  } catch (e) {
    console.log(e.name, e.message, e.code);
  }
}
const e = structuredClone(new RangeError("boom", { cause: { deep: 1 } }));
console.log(e instanceof RangeError, e.message, e.name, e.cause);
console.log(structuredClone(5), structuredClone("s"), structuredClone(null), structuredClone(1, undefined));
try { structuredClone(); } catch (err) { console.log(err.name, err.code, err.message); }
try { structuredClone(1, 2); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(Object.keys(structuredClone({ [Symbol("s")]: 1, z: 2, 1: 3 })));
/* expected
<ref *2> {
  a: 1,
  b: <ref *1> [ 1, 2, { c: 'x' }, [Circular *1] ],
  d: 1970-01-01T00:00:00.000Z,
  r: /ab+c/gi,
  n: null,
  u: undefined,
  big: 10n,
  neg: -0,
  self: [Circular *2]
}
true true true true true 0
{ x: 1 } true
{ g: 5 } [ 1, <1 empty item>, 3 ] [Number: 3] [String: 's']
[ 1, 2, extra: 'kept' ]
true
DataCloneError () => {} could not be cloned. 25
DataCloneError Symbol(s) could not be cloned. 25
DataCloneError f() {} could not be cloned. 25
DataCloneError #<Promise> could not be cloned. 25
true boom RangeError { deep: 1 }
5 s null 1
TypeError ERR_MISSING_ARGS The value argument must be specified
TypeError ERR_INVALID_ARG_TYPE The options argument must be either an object or undefined
[ '1', 'z' ]
*/
