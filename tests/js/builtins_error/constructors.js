// Error constructors, own properties, cause, AggregateError, toString.
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
var names = ["Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError"];
names.forEach(function (n) {
  var C = globalThis[n];
  var e = new C("msg");
  console.log(n, String(e), e instanceof Error, e instanceof C, C.length, Object.getPrototypeOf(C) === (n === "Error" ? Function.prototype : Error));
  console.log(" ", Object.getOwnPropertyNames(e).join(), Object.keys(e).length, e.constructor === C, C.prototype.name, JSON.stringify(C.prototype.message));
});
console.log(Object.getOwnPropertyNames(Error.prototype).join(), Object.getOwnPropertyNames(TypeError.prototype).join());
console.log(Error("called") instanceof Error, TypeError("t").message);
console.log(Object.getOwnPropertyNames(new Error()).join(), new Error().hasOwnProperty("message"));
var withCause = new Error("m", { cause: { why: 1 } });
console.log(Object.getOwnPropertyNames(withCause).join(), withCause.cause.why, withCause.propertyIsEnumerable("cause"));
console.log(new Error("m", {}).hasOwnProperty("cause"), new Error("m", { cause: undefined }).hasOwnProperty("cause"));
console.log(new Error(undefined, 5).hasOwnProperty("message"), new Error({ toString: function () { return "obj"; } }).message);
var agg = new AggregateError([1, "two"], "many", { cause: 0 });
console.log(String(agg), agg.errors.length, agg.errors[1], Object.getOwnPropertyNames(agg).join(), AggregateError.length);
console.log(Object.getPrototypeOf(AggregateError) === Error, agg instanceof Error);
show(function () { return new AggregateError(5); });
show(function () { return new AggregateError(); });
show(function () { return new AggregateError(null); });
var ts = Error.prototype.toString;
console.log(ts.call({}), ts.call({ name: "", message: "m" }), ts.call({ name: "n", message: "" }), ts.call({ name: 1, message: 2 }));
console.log(String(Error.prototype), String(TypeError.prototype), Object.prototype.toString.call(Error.prototype));
show(function () { return ts.call(1); });
show(function () { return ts.call("abc"); });
var custom = new Error("x");
custom.name = "Custom";
console.log(String(custom));
function MyError(m) { this.message = m; }
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.name = "MyError";
console.log(String(new MyError("mine")), Object.prototype.toString.call(new MyError("q")));
/* expected
Error Error: msg true true 1 true
  stack,message 0 true Error ""
TypeError TypeError: msg true true 1 true
  stack,message 0 true TypeError ""
RangeError RangeError: msg true true 1 true
  stack,message 0 true RangeError ""
ReferenceError ReferenceError: msg true true 1 true
  stack,message 0 true ReferenceError ""
SyntaxError SyntaxError: msg true true 1 true
  stack,message 0 true SyntaxError ""
EvalError EvalError: msg true true 1 true
  stack,message 0 true EvalError ""
URIError URIError: msg true true 1 true
  stack,message 0 true URIError ""
constructor,name,message,toString constructor,name,message
true t
stack false
stack,message,cause 1 false
false true
false obj
AggregateError: many 2 two stack,message,cause,errors 2
true true
TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator))
Error m n 1: 2
Error TypeError [object Object]
TypeError: Method Error.prototype.toString called on incompatible receiver 1
TypeError: Method Error.prototype.toString called on incompatible receiver abc
Custom: x
MyError: mine [object Object]
*/
