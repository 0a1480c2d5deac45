// setTimeout / setInterval / clearTimeout / clearInterval: order by due
// time then insertion, extra arguments, `this`, delay clamping.
const log = [];
const out = (s) => log.push(s);
setTimeout(() => out("150ms"), 150);
setTimeout(() => out("1ms (a)"), 1);
setTimeout(() => out("0ms clamps to 1 (b)"), 0);
setTimeout(() => out("negative clamps to 1 (c)"), -5);
setTimeout(() => out("NaN clamps to 1 (d)"), "abc");
setTimeout(() => out("huge clamps to 1 (e)"), 2 ** 40);
setTimeout((a, b, c) => out("args " + [a, b, c].join(",")), 2, "x", "y", "z");
setTimeout(function () { out("this is the Timeout " + (this.constructor.name)); }, 3);
const cancelled = setTimeout(() => out("never"), 4);
clearTimeout(cancelled);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
let n = 0;
const iv = setInterval(() => {
  n++;
  out("interval " + n);
  if (n === 3) clearInterval(iv);
}, 10);
const t = setTimeout(() => out("cleared by its id"), 6);
clearTimeout(+t);
const t2 = setTimeout(() => out("cleared by its id as a string"), 6);
clearTimeout(String(t2 + 0));
setTimeout(() => {
  out("200ms");
  // Timers set in a timer callback run in a later timers phase.
  setTimeout(() => out("nested 1"), 0);
  setTimeout(() => out("nested 2"), 0);
}, 200);
setTimeout(() => console.log(log.join("\n")), 250);
const timer = setTimeout(() => {}, 1);
console.log(typeof timer, timer.constructor.name, timer.hasRef(), timer.unref() === timer, timer.hasRef());
console.log(timer.ref().hasRef(), typeof timer[Symbol.toPrimitive](), typeof setImmediate(() => {}));
try { setTimeout("code"); } catch (e) { console.log(e.name, e.code, e.message); }
try { setInterval(); } catch (e) { console.log(e.name, e.code, e.message); }
try { setImmediate(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { queueMicrotask({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.nextTick(null); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(setTimeout.length, setInterval.length, setImmediate.length, queueMicrotask.length);
/* expected
object Timeout true true false
true number object
TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received type string ('code')
TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received undefined
TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received type number (5)
TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received an instance of Object
TypeError ERR_INVALID_ARG_TYPE The "callback" argument must be of type function. Received null
5 5 4 1
1ms (a)
0ms clamps to 1 (b)
negative clamps to 1 (c)
NaN clamps to 1 (d)
huge clamps to 1 (e)
args x,y,z
this is the Timeout Timeout
interval 1
interval 2
interval 3
150ms
200ms
nested 1
nested 2
*/
