// Boxed primitives, Dates, RegExps, Errors (with a stack set by hand so
// the output does not depend on the engine's stack format).
console.log(new Number(3), new String("ab"), new Boolean(true), Object(Symbol("x")), Object(1n), new Number(-0));
var s = new String("abc");
s.extra = 1;
console.log(s, [new Number(1)]);
console.log(new Date(0), new Date(NaN), [new Date(1e12)], { d: new Date(-1e14) });
var d = new Date(86400000);
d.foo = 1;
console.log(d);
var e = new Error("boom");
delete e.stack;
console.log(e, [e]);
var t = new TypeError("bad thing");
t.stack = "TypeError: bad thing";
t.code = "E_BAD";
console.log(t);
console.log({ err: t, list: [t] });
var w = new Error("with frames");
w.stack = "Error: with frames\n    at foo (file.js:1:2)\n    at bar (file.js:3:4)";
w.code = 42;
console.log({ w: w });
var c = new Error("outer", { cause: "inner" });
c.stack = "Error: outer";
console.log(c);
var r = new RangeError();
delete r.stack;
console.log([r]);
/* expected
[Number: 3] [String: 'ab'] [Boolean: true] [Symbol: Symbol(x)] [BigInt: 1n] [Number: -0]
[String: 'abc'] { extra: 1 } [ [Number: 1] ]
1970-01-01T00:00:00.000Z Invalid Date [ 2001-09-09T01:46:40.000Z ] { d: -001199-02-15T14:13:20.000Z }
1970-01-02T00:00:00.000Z { foo: 1 }
[Error: boom] [ [Error: boom] ]
[TypeError: bad thing] { code: 'E_BAD' }
{
  err: [TypeError: bad thing] { code: 'E_BAD' },
  list: [ [TypeError: bad thing] { code: 'E_BAD' } ]
}
{
  w: Error: with frames
      at foo (file.js:1:2)
      at bar (file.js:3:4) {
    code: 42
  }
}
[Error: outer] { [cause]: 'inner' }
[ [RangeError] ]
*/
