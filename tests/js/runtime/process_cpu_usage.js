// process.cpuUsage: whole-process CPU microseconds, optionally since a
// previous reading; node's argument checks.
try { process.cpuUsage(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.cpuUsage({ user: 'a', system: 1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.cpuUsage({ user: -1, system: 1 }); } catch (e) { console.log(e.name, e.code, e.message); }
const a = process.cpuUsage();
console.log(Object.keys(a), Number.isInteger(a.user), Number.isInteger(a.system), process.cpuUsage.length);
let s = 0;
for (let i = 0; i < 20000; i++) s += i;
const d = process.cpuUsage(a);
console.log(d.user >= 0, d.system >= 0, d.user + d.system < 60e6, s);
/* expected
TypeError ERR_INVALID_ARG_TYPE The "prevValue" argument must be of type object. Received type number (1)
TypeError ERR_INVALID_ARG_TYPE The "prevValue.user" property must be of type number. Received type string ('a')
RangeError ERR_INVALID_ARG_VALUE The property 'prevValue.user' is invalid. Received -1
[ 'user', 'system' ] true true 1
true true true 199990000
*/
