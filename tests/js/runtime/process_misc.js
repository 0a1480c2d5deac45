// process: hrtime (+ bigint), memoryUsage, versions, emitWarning types;
// performance.now; globalThis.
const t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), t[1] >= 0 && t[1] < 1e9);
const d = process.hrtime(t);
console.log(d[0] >= 0, d[0] < 5, typeof process.hrtime.bigint());
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log(b2 >= b1);
try { process.hrtime(1); } catch (e) { console.log(e.name, e.code); }
try { process.hrtime([1]); } catch (e) { console.log(e.name, e.code, e.message); }
const m = process.memoryUsage();
console.log(Object.keys(m), m.rss > 0, typeof process.memoryUsage.rss());
console.log(typeof process.version, /^v\d+\.\d+\.\d+$/.test(process.version), typeof process.versions.node);
console.log(typeof process.pid, typeof process.uptime(), process.uptime() >= 0, process.argv.length >= 2);
console.log(typeof performance.now(), performance.now() >= 0, performance.timeOrigin > 1e12);
console.log(Object.prototype.toString.call(process), Object.prototype.toString.call(performance));
console.log(globalThis.globalThis === globalThis, typeof globalThis.setTimeout, typeof global);
const p1 = performance.now();
const p2 = performance.now();
console.log(p2 >= p1);
/* expected
true 2 true true
true true bigint
true
TypeError ERR_INVALID_ARG_TYPE
RangeError ERR_OUT_OF_RANGE The value of "time" is out of range. It must be 2. Received 1
[ 'rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers' ] true number
string true string
number number true true
number true true
[object process] [object Performance]
true function object
true
*/
