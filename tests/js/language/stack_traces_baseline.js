// Stack traces, positions and the stack limit in functions hot enough to
// run as baseline direct code (called more than twice before the error).
'use strict';
function clean(s) { return s.split(__filename).join("FILE"); }
function top(e, n) { return clean(e.stack.split("\n").slice(0, n).join("|")); }
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(10000));
function inf(n) { return inf(n + 1) + 1; }
try { inf(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
function thrower(x) { return x.foo.bar; }
function mid(x) { return thrower(x); }
for (var i = 0; i < 3; i++) mid({ foo: { bar: 1 } });
try { mid({}); } catch (e) { console.log(top(e, 4)); }
function cb(x) { if (x === 2) throw new Error("in cb"); return x; }
function useForEach(a) { a.forEach(cb); }
useForEach([1]); useForEach([1]);
try { useForEach([1, 2]); } catch (e) { console.log(top(e, 5)); }
function bad(s) { return JSON.parse(s); }
bad("1"); bad("2");
try { bad("{"); } catch (e) { console.log(top(e, 4)); }
function notfn(o) { return o.nope(); }
for (var j = 0; j < 3; j++) { try { notfn({}); } catch (e) { if (j === 2) console.log(top(e, 3)); } }
var o = { m: function () { return new Error("m").stack.split("\n")[1]; } };
o.m(); o.m();
console.log(clean(o.m()));
function catcher(f) { try { return f(); } catch (e) { return "caught " + e.message; } }
function boom() { throw new TypeError("boom"); }
catcher(boom); catcher(boom);
console.log(catcher(boom), catcher(function () { return 7; }));
function recurseThroughBuiltin(n) { return n === 0 ? 0 : [n].map(function (k) { return recurseThroughBuiltin(k - 1); })[0] + 1; }
console.log(recurseThroughBuiltin(500));
function Made(fail) { if (fail) throw new Error("in ctor"); this.ok = 1; }
new Made(false); new Made(false); new Made(false);
try { new Made(true); } catch (e) { console.log(top(e, 3)); }
function Returns() { return { replaced: true }; }
new Returns(); new Returns();
console.log(JSON.stringify(new Returns()), new Made(false) instanceof Made);
/* expected
10000
true Maximum call stack size exceeded
TypeError: Cannot read properties of undefined (reading 'bar')|    at thrower (FILE:10:36)|    at mid (FILE:11:26)|    at Object.<anonymous> (FILE:13:7)
Error: in cb|    at cb (FILE:14:37)|    at Array.forEach (<anonymous>)|    at useForEach (FILE:15:28)|    at Object.<anonymous> (FILE:17:7)
SyntaxError: Expected property name or '}' in JSON at position 1|    at JSON.parse (<anonymous>)|    at bad (FILE:18:31)|    at Object.<anonymous> (FILE:20:7)
TypeError: o.nope is not a function|    at notfn (FILE:21:30)|    at Object.<anonymous> (FILE:22:37)
    at Object.m (FILE:23:35)
caught boom 7
500
Error: in ctor|    at new Made (FILE:32:39)|    at Object.<anonymous> (FILE:34:7)
{"replaced":true} true
*/
