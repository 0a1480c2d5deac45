const rab = new ArrayBuffer(4, { maxByteLength: 16 });
console.log(rab.resizable, rab.maxByteLength, rab.byteLength, new ArrayBuffer(3).resizable, new ArrayBuffer(3).maxByteLength);
const track = new Uint8Array(rab);
const fixed = new Uint8Array(rab, 2, 2);
const dv = new DataView(rab);
track[0] = 1; track[3] = 4;
rab.resize(8);
console.log(track.length, fixed.length, dv.byteLength, Array.from(track));
track[7] = 9;
rab.resize(3);
console.log(track.length, fixed.length, fixed.byteOffset, fixed.byteLength, Array.from(track));
try { fixed.fill(1); } catch (e) { console.log(e.constructor.name); }
try { rab.resize(17); } catch (e) { console.log(e.constructor.name); }
rab.resize(8);
console.log(Array.from(track), fixed.length);
try { new ArrayBuffer(8, { maxByteLength: 4 }); } catch (e) { console.log(e.constructor.name); }
const g = new SharedArrayBuffer(2, { maxByteLength: 8 });
const gi = new Int8Array(g);
g.grow(6);
console.log(g.growable, g.maxByteLength, g.byteLength, gi.length);
try { g.grow(1); } catch (e) { console.log(e.constructor.name); }
const sub = new Uint8Array(new ArrayBuffer(4, { maxByteLength: 8 })).subarray(1);
sub.buffer.resize(8); console.log(sub.length);
for (const x of [1, 2]) {}
console.log(new ArrayBuffer(5).slice(1, 3).byteLength);
/* expected
true 16 4 false 3
8 2 8 [
  1, 0, 0, 4,
  0, 0, 0, 0
]
3 0 0 0 [ 1, 0, 0 ]
TypeError
RangeError
[
  1, 0, 0, 0,
  0, 0, 0, 0
] 2
RangeError
true 8 6 6
RangeError
7
2
*/
