// structuredClone of binary data: ArrayBuffers copied (resizable ones
// keep maxByteLength), views cloned with their buffer (shared buffers
// stay shared in the clone, length tracking kept), SharedArrayBuffers on
// the same memory, and the `transfer` option (detaches only after the
// whole value was cloned; node's errors for bad transfer lists).
const show = (...a) => console.log(...a);
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
const c = structuredClone(ab);
show(c, c !== ab, c.byteLength, ab.byteLength);
ab.extra = "not cloned";
show(Object.keys(structuredClone(ab)));
const u16 = structuredClone(new Uint16Array(ab, 2, 2));
show(u16, u16.byteOffset, u16.length, u16.buffer.byteLength);
const trio = structuredClone([new Uint8Array(ab), new DataView(ab, 1, 3), ab]);
show(trio[0].buffer === trio[1].buffer, trio[1].buffer === trio[2], trio[1].byteOffset,
     trio[1].byteLength, trio[1].getUint8(0));
for (const T of [Int8Array, Uint8ClampedArray, Int16Array, Int32Array, Uint32Array,
                 Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  const t = new T(2);
  t[0] = T.name.startsWith("Big") ? -5n : -5.5;
  const ct = structuredClone(t);
  show(T.name, ct.constructor === T, ct[0], ct.length);
}
class MyBytes extends Uint8Array {}
show(structuredClone(new MyBytes(2)).constructor.name);
const sub = new Uint8Array(ab).subarray(2, 4);
const csub = structuredClone(sub);
show(csub, csub.byteOffset, csub.buffer.byteLength);
show(structuredClone(new Uint8Array(0)), structuredClone(new DataView(new ArrayBuffer(2))));

// resizable buffers and length-tracking views
const rab = new ArrayBuffer(4, { maxByteLength: 16 });
const crab = structuredClone(rab);
show(crab.resizable, crab.maxByteLength, crab.byteLength);
const r = new ArrayBuffer(8, { maxByteLength: 16 });
const views = [new Uint8Array(r, 4, 4), new Uint8Array(r, 4), new DataView(r, 2), new DataView(r, 2, 4)];
r.resize(2);
for (const v of views) {
  try {
    const cv = structuredClone(v);
    show("cloned", cv.byteOffset, cv.byteLength, cv.buffer.byteLength);
  } catch (e) {
    show(e.name, e.message);
  }
}
r.resize(12);
for (const v of views) {
  const cv = structuredClone(v);
  const before = [cv.constructor.name, cv.byteOffset, cv.byteLength];
  cv.buffer.resize(16);
  show(...before, cv.byteLength);
}

// SharedArrayBuffer: a new object on the same memory
const sab = new SharedArrayBuffer(4);
const csab = structuredClone(sab);
new Uint8Array(csab)[0] = 9;
show(csab === sab, new Uint8Array(sab)[0], csab.constructor.name);
const gsab = new SharedArrayBuffer(4, { maxByteLength: 8 });
const cgsab = structuredClone(gsab);
const gview = new Uint8Array(gsab);
cgsab.grow(8);
gview[7] = 1;
show(cgsab.growable, cgsab.maxByteLength, gsab.byteLength, gview.length, new Uint8Array(cgsab)[7]);

// transfer
const tb = new ArrayBuffer(4);
new Uint8Array(tb)[0] = 42;
const moved = structuredClone(tb, { transfer: [tb] });
show(tb.byteLength, moved.byteLength, new Uint8Array(moved)[0]);
const tb2 = new ArrayBuffer(4);
const view = new Uint8Array(tb2);
view[1] = 7;
const out = structuredClone({ v: view, b: tb2 }, { transfer: [tb2] });
show(out.v.buffer === out.b, out.v[1], view.length, view.byteLength, tb2.byteLength);
const unused = new ArrayBuffer(2);
show(structuredClone(5, { transfer: [unused] }), unused.byteLength);
const rb = new ArrayBuffer(2, { maxByteLength: 10 });
const crb = structuredClone(new Uint8Array(rb), { transfer: [rb] });
crb.buffer.resize(10);
show(crb.buffer.resizable, crb.buffer.maxByteLength, crb.length, rb.byteLength);
const twice = new ArrayBuffer(4);
structuredClone(twice, { transfer: [twice] });
show(structuredClone(twice, { transfer: [twice] }).byteLength);
const nested = new ArrayBuffer(3);
structuredClone(1, { transfer: { transfer: [nested] } });
show(nested.byteLength);
show(structuredClone(1, { transfer: { *[Symbol.iterator]() { yield new ArrayBuffer(1); } } }));
const kept = new ArrayBuffer(4);
try {
  structuredClone({ kept, f() {} }, { transfer: [kept] });
} catch (e) {
  show(e.name, e.message, "kept:", kept.byteLength);
}
const detached = new ArrayBuffer(4);
const onDetached = [new Uint8Array(detached), new DataView(detached)];
structuredClone(0, { transfer: [detached] });
const failures = [
  () => structuredClone(detached),
  () => structuredClone(onDetached[0]),
  () => structuredClone({ deep: [onDetached[1]] }),
  () => structuredClone(1, { transfer: [1] }),
  () => structuredClone(1, { transfer: [new SharedArrayBuffer(1)] }),
  () => structuredClone(1, { transfer: [new Uint8Array(1)] }),
  () => structuredClone(1, { transfer: [{}] }),
  () => structuredClone(1, { transfer: 5 }),
  () => structuredClone(1, { transfer: "ab" }),
  () => structuredClone(1, { transfer: { transfer: 5 } }),
  () => { const b = new ArrayBuffer(1); structuredClone(1, { transfer: [b, b] }); },
  () => structuredClone(1, { get transfer() { throw new Error("getter"); } }),
];
for (const f of failures) {
  try {
    f();
    show("no error");
  } catch (e) {
    show(e.name, e.code, e.message, e instanceof DOMException);
  }
}
show(structuredClone(1, { transfer: null }), structuredClone(1, { transfer: {} }), structuredClone(1, {}));
/* expected
ArrayBuffer {
  [Uint8Contents]: <01 02 03 04 05 06 07 08>,
  byteLength: 8
} true 8 8
[]
Uint16Array(2) [ 1027, 1541 ] 2 2 8
true true 1 3 2
Int8Array true -5 2
Uint8ClampedArray true 0 2
Int16Array true -5 2
Int32Array true -5 2
Uint32Array true 4294967291 2
Float32Array true -5.5 2
Float64Array true -5.5 2
BigInt64Array true -5n 2
BigUint64Array true 18446744073709551611n 2
Uint8Array
Uint8Array(2) [ 3, 4 ] 2 8
Uint8Array(0) [] DataView {
  byteLength: 2,
  byteOffset: 0,
  buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }
}
true 16 4
DataCloneError [object Object] could not be cloned.
DataCloneError [object Object] could not be cloned.
cloned 2 0 2
DataCloneError #<DataView> could not be cloned.
Uint8Array 4 4 4
Uint8Array 4 8 12
DataView 2 10 14
DataView 2 4 4
false 9 SharedArrayBuffer
true 8 8 8 1
0 4 42
true 7 0 0 0
5 0
true 10 10 0
0
0
1
DataCloneError f() {} could not be cloned. kept: 4
DataCloneError 25 An ArrayBuffer is detached and could not be cloned. true
DataCloneError 25 An ArrayBuffer is detached and could not be cloned. true
DataCloneError 25 An ArrayBuffer is detached and could not be cloned. true
TypeError ERR_INVALID_TRANSFER_OBJECT Found invalid object in transferList false
TypeError ERR_INVALID_TRANSFER_OBJECT Found invalid object in transferList false
TypeError ERR_INVALID_TRANSFER_OBJECT Found invalid object in transferList false
TypeError ERR_INVALID_TRANSFER_OBJECT Found invalid object in transferList false
TypeError ERR_INVALID_ARG_TYPE Optional transferList argument must be an iterable false
TypeError ERR_INVALID_ARG_TYPE Optional transferList argument must be an iterable false
TypeError ERR_INVALID_ARG_TYPE Optional options.transfer argument must be an iterable false
DataCloneError 25 Transfer list contains duplicate ArrayBuffer true
Error undefined getter false
1 1 1
*/
