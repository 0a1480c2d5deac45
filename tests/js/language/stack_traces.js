// Stack traces name frames the way V8 does (file paths replaced by FILE).
function clean(s) { return s.split(__filename).join("FILE"); }
try { JSON.parse("{"); } catch (e) { console.log(clean(e.stack.split("\n").slice(0, 3).join("|"))); }
try { null.x; } catch (e) { console.log(clean(e.stack.split("\n").slice(0, 2).join("|"))); }
var e2 = new Error("x"); console.log(clean(e2.stack.split("\n")[1]));
var o = {}; Error.captureStackTrace(o); console.log(clean(o.stack.split("\n").slice(0, 2).join("|")));
try { [3, 1].sort(function () { throw new RangeError("in sort"); }); } catch (e) { console.log(clean(e.stack.split("\n").slice(0, 3).join("|"))); }
function d(n) { return n === 0 ? 0 : 1 + d(n - 1); }
console.log(d(10000));
try { (function r() { r(); })(); } catch (e) { console.log(e instanceof RangeError, e.message); }
function f() { throw new TypeError("bad thing"); }
function g() { f(); }
try { g(); } catch (e) { console.log(clean(e.stack.split("\n").slice(0, 4).join("|"))); }
var obj = { m: function () { return new Error("in m").stack.split("\n")[1]; } };
console.log(clean(obj.m()));
function Ctor() { this.s = new Error("c").stack.split("\n")[1]; }
console.log(clean(new Ctor().s));
/* expected
SyntaxError: Expected property name or '}' in JSON at position 1|    at JSON.parse (<anonymous>)|    at Object.<anonymous> (FILE:3:12)
TypeError: Cannot read properties of null (reading 'x')|    at Object.<anonymous> (FILE:4:12)
    at Object.<anonymous> (FILE:5:10)
Error|    at Object.<anonymous> (FILE:6:19)
RangeError: in sort|    at FILE:7:39|    at Array.sort (<anonymous>)
10000
true Maximum call stack size exceeded
TypeError: bad thing|    at f (FILE:11:22)|    at g (FILE:12:16)|    at Object.<anonymous> (FILE:13:7)
    at Object.m (FILE:14:37)
    at new Ctor (FILE:16:28)
*/
