// Errors with cause / AggregateError errors (stacks set by hand).
var c = new Error("outer", { cause: new TypeError("inner") });
c.stack = "Error: outer"; c.cause.stack = "TypeError: inner";
console.log(c);
console.log({ c: c });
var d = new Error("x", { cause: { code: 1 } }); d.stack = "Error: x\n    at f (a.js:1:1)";
console.log(d);
var s = new SyntaxError("bad"); s.stack = "SyntaxError: bad"; console.log([s, new RangeError("r").name]);
if (typeof AggregateError === "function") { var ag = new AggregateError([new Error("e1")], "many"); ag.stack = "AggregateError: many"; ag.errors[0].stack = "Error: e1"; console.log(ag); }
/* expected
[Error: outer] { [cause]: [TypeError: inner] }
{ c: [Error: outer] { [cause]: [TypeError: inner] } }
Error: x
    at f (a.js:1:1) {
  [cause]: { code: 1 }
}
[ [SyntaxError: bad], 'RangeError' ]
[AggregateError: many] { [errors]: [ [Error: e1] ] }
*/
