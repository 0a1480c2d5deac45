// Errors thrown below optimized code show the optimized callers in their
// stack, as V8 shows optimized frames (issue 5): a callee that deopts and
// throws, recursion in native code, and a native stack overflow.
'use strict';

function userFrames(e) {
  return e.stack.split('\n')
    .filter(function (l) { return l.indexOf('node:') < 0; })
    .map(function (l) { return l.replace(/\(.*[\/\\]/, '('); })
    .join('\n');
}

function g(x) { if (x > 1000) throw new Error('boom ' + x); return x + 1; }
function f(x) { return g(x) * 2; }
function main() { var s = 0; for (var i = 0; i < 2000; i++) s += f(i); return s; }
try { main(); } catch (e) { console.log(userFrames(e)); }

var boom = false;
function down(n) { if (n === 0) { if (boom) throw new TypeError('deep'); return 0; } return down(n - 1) + 1; }
for (var i = 0; i < 1000; i++) down(3);
boom = true;
try { down(5); } catch (e) { console.log(userFrames(e)); }

function r(n) { return r(n + 1) + 1; }
for (var k = 0; k < 600; k++) {
  // (the top frame's column differs: V8 points at the body, minijs at the call)
  try { r(0); } catch (e) { if (k === 599) console.log(e.message, userFrames({ stack: e.stack.split('\n').slice(2, 4).join('\n') })); }
}

// OSR code that deoptimizes goes on in the activation that entered it: it
// shows once, with its interpreted callers and none of the native frames
// an earlier native call chain left in the shadow table
function leaf(n) { return n + 1; }
function mid(n) { return leaf(n) + 1; }
function warm() { var s = 0; for (var i = 0; i < 3000; i++) s = mid(s); return s; }
function spin() {
  var s = 0;
  for (var i = 0; i < 300000; i++) {
    s = (s + i) % 1000;
    if (i === 290000) { s = s + 0.5; console.log(userFrames(new Error('osr'))); }
  }
  return s;
}
function viaC() { return spin(); }
function viaB() { return viaC(); }
console.log(warm(), viaB());

/* expected
Error: boom 1001
    at g (stack_traces.js:13:37)
    at f (stack_traces.js:14:24)
    at main (stack_traces.js:15:66)
    at Object.<anonymous> (stack_traces.js:16:7)
TypeError: deep
    at down (stack_traces.js:19:51)
    at down (stack_traces.js:19:93)
    at down (stack_traces.js:19:93)
    at down (stack_traces.js:19:93)
    at down (stack_traces.js:19:93)
    at down (stack_traces.js:19:93)
    at Object.<anonymous> (stack_traces.js:22:7)
Maximum call stack size exceeded     at r (stack_traces.js:24:24)
    at r (stack_traces.js:24:24)
Error: osr
    at spin (stack_traces.js:40:61)
    at viaC (stack_traces.js:44:26)
    at viaB (stack_traces.js:45:26)
    at Object.<anonymous> (stack_traces.js:46:21)
6000 0.5
*/
