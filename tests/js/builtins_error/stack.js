// The stack property, Error.captureStackTrace and Error.stackTraceLimit.
function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); }
}
function inner() { return new Error("boom"); }
function outer() { return inner(); }
var lines = outer().stack.split("\n");
console.log(lines[0]);
function strip(line) { return line.slice(0, line.indexOf("(") + 1) + line.slice(line.lastIndexOf("/") + 1); }
console.log(strip(lines[1]));
console.log(strip(lines[2]));
var d = Object.getOwnPropertyDescriptor(new Error("x"), "stack");
console.log(typeof d.value, d.writable, d.enumerable, d.configurable);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(Error, "stackTraceLimit")));
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new RangeError("r").stack));
Error.stackTraceLimit = 1;
console.log(outer().stack.split("\n").length);
Error.stackTraceLimit = undefined;
var noStack = new Error("x");
console.log(noStack.stack, "stack" in noStack, Object.getOwnPropertyNames(noStack).join());
Error.stackTraceLimit = 10;
var target = { name: "N", message: "M" };
Error.captureStackTrace(target);
console.log(Object.getOwnPropertyNames(target).join(), target.stack.split("\n")[0]);
var plain = {};
Error.captureStackTrace(plain);
console.log(plain.stack.split("\n")[0], Object.keys(plain).length);
show(function () { return Error.captureStackTrace(1); });
show(function () { return Error.captureStackTrace(Object.preventExtensions({})); });
var e = new Error("a");
e.stack = "replaced";
console.log(e.stack, Error.captureStackTrace.length);
/* expected
Error: boom
    at inner (stack.js:5:27)
    at outer (stack.js:6:27)
string true false true
{"value":10,"writable":true,"enumerable":true,"configurable":true}
"RangeError: r"
2
undefined true stack,message
name,message,stack N: M
Error 0
TypeError: invalid_argument
TypeError: Cannot define property stack, object is not extensible
replaced 2
*/
