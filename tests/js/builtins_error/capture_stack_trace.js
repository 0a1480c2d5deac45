function strip(line) { return line.slice(0, line.indexOf("(") + 1) + line.slice(line.lastIndexOf("/") + 1); }
function MyError(message) {
  this.name = "MyError";
  this.message = message;
  Error.captureStackTrace(this, MyError);
}
function thrower() { return new MyError("bad"); }
function caller() { return thrower(); }
var lines = caller().stack.split("\n");
console.log(lines[0]);
console.log(strip(lines[1]));
console.log(strip(lines[2]));
var o = {};
Error.captureStackTrace(o, function notOnStack() {});
console.log(JSON.stringify(o.stack));
function direct() { var t = {}; Error.captureStackTrace(t); return t.stack.split("\n"); }
var d = direct();
console.log(d[0], strip(d[1]));
/* expected
MyError: bad
    at thrower (capture_stack_trace.js:7:29)
    at caller (capture_stack_trace.js:8:28)
"Error"
Error     at direct (capture_stack_trace.js:16:39)
*/
