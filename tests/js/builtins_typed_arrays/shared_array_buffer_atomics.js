const sab = new SharedArrayBuffer(16);
console.log(Object.prototype.toString.call(sab), sab.byteLength, sab instanceof ArrayBuffer);
const ia = new Int32Array(sab);
console.log(Atomics.store(ia, 0, 5), Atomics.add(ia, 0, 3), Atomics.load(ia, 0));
console.log(Atomics.sub(ia, 0, 10), Atomics.load(ia, 0));
console.log(Atomics.compareExchange(ia, 1, 0, 7), ia[1], Atomics.exchange(ia, 1, 9), ia[1]);
console.log(Atomics.and(ia, 1, 3), Atomics.or(ia, 1, 4), Atomics.xor(ia, 1, 1), ia[1]);
console.log(Atomics.wait(ia, 0, 1), Atomics.wait(ia, 0, -2, 0), Atomics.notify(ia, 0));
console.log(Atomics.isLockFree(4), Atomics.isLockFree(3), String(Atomics), Atomics.store(ia, 0, -0), Atomics.store(ia, 0, Infinity));
const b = new BigInt64Array(sab);
console.log(Atomics.add(b, 0, 5n), Atomics.load(b, 0));
try { Atomics.wait(new Int32Array(4), 0, 0, 0); } catch (e) { console.log(e.constructor.name); }
try { Atomics.add(new Float64Array(4), 0, 0); } catch (e) { console.log(e.constructor.name); }
try { Atomics.add(ia, 10, 0); } catch (e) { console.log(e.constructor.name); }
const s2 = sab.slice(4, 8); console.log(s2.byteLength, new Int32Array(s2)[0]);
const dv = new DataView(sab); console.log(dv.getInt32(4, true));
console.log(Atomics.add(new Uint8Array(4), 0, 300), Atomics.store(new Uint8Array(4), 0, 1.7));
/* expected
[object SharedArrayBuffer] 16 false
5 5 8
8 -2
0 7 7 9
9 1 5 4
not-equal timed-out 0
true false [object Atomics] 0 Infinity
17179869184n 17179869189n
TypeError
TypeError
RangeError
4 4
4
0 1
*/
