// %TypedArray%.prototype methods, integer-indexed exotic semantics, DataView byte order.
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
var ta = new Int16Array([5, -3, 10, 0, 7]);
console.log(ta.map(function (x) { return x * 2; }), ta.filter(function (x) { return x > 0; }));
console.log(ta.slice(1, 3), ta.subarray(1, 3), ta.subarray(-2).byteOffset, ta.at(-1), ta.includes(10), ta.indexOf(0), ta.lastIndexOf(7));
console.log(ta.join("|"), String(ta), ta.reduce(function (a, b) { return a + b; }), ta.reduceRight(function (a, b) { return a + "," + b; }, ""));
console.log(ta.find(function (x) { return x < 0; }), ta.findIndex(function (x) { return x === 10; }), ta.findLast(function (x) { return x > 0; }), ta.findLastIndex(function (x) { return x > 100; }));
console.log(ta.every(function (x) { return x > -5; }), ta.some(function (x) { return x > 9; }));
console.log(new Float64Array([3, -0, NaN, -Infinity, 0, 1]).sort(), new Int8Array([3, 1, 2]).sort(function (a, b) { return b - a; }));
console.log(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3), new Uint8Array(4).fill(9, 1, 3), new Uint8Array([1, 2, 3]).reverse());
var target = new Uint8Array(6);
target.set([1, 2], 1); target.set(new Uint8Array([7, 8]), 4);
console.log(target, [...target.entries()].length, [...target.keys()].join(), Array.from(target.values()).join());
console.log(Uint8Array.from([1, 2, 3], function (x) { return x * 10; }), Int32Array.of(1, 2, 3), Uint8Array.from(new Set([4, 5])));
console.log(new Uint8Array([1, 2, 3]).toReversed(), new Uint8Array([3, 1, 2]).toSorted(), new Uint8Array([1, 2, 3]).with(1, 9));
// integer-indexed exotic object: canonical numeric keys never become properties
var u = new Uint8Array(2);
u[5] = 1; u["-0"] = 1; u["1.5"] = 1; u.foo = "bar"; u["01"] = 2;
console.log(Object.keys(u).join(), u[5], u["-0"], "1.5" in u, "1" in u, "2" in u, delete u[0], delete u[9], u.length);
console.log(Reflect.defineProperty(u, "0", { value: 3 }), u[0], Reflect.defineProperty(u, "0", { value: 3, writable: false }), Reflect.defineProperty(u, "9", { value: 1 }));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(u, "0")), Object.getOwnPropertyDescriptor(u, "7"));
u[0] = 300; u[1] = -1.7;
console.log(u[0], u[1], new Int8Array([128, 255, -129])[0], new Uint32Array([-1])[0], new Float32Array([1e40])[0]);
var big = new BigUint64Array([2n ** 64n - 1n, -1n]);
console.log(big, new BigInt64Array([2n ** 63n])[0], typeof big[0]);
show(function () { big[0] = 1; });
show(function () { return new Uint8Array([1]).sort(1); });
show(function () { return Int8Array.prototype.map.call([1], function () {}); });
// species
var species = new Uint8Array([1, 2, 3]);
species.constructor = { [Symbol.species]: Int16Array };
console.log(species.map(function (x) { return x * 300; }), species.slice(0, 1));
// views share one buffer
var buf = new ArrayBuffer(8);
var dv = new DataView(buf);
dv.setUint16(0, 0x1234);
dv.setUint16(2, 0x1234, true);
dv.setFloat32(4, 1.5);
console.log(new Uint8Array(buf), dv.getUint16(0), dv.getUint16(0, true), dv.getInt8(0), dv.getFloat32(4), dv.getUint32(4).toString(16));
dv.setBigInt64(0, -2n);
console.log(dv.getBigUint64(0), dv.getBigInt64(0, true), new Int32Array(buf, 4, 1).length, ArrayBuffer.isView(dv), ArrayBuffer.isView(buf));
console.log(buf.slice(2, 4), buf.slice(-1).byteLength, Object.prototype.toString.call(buf), Object.prototype.toString.call(dv), Object.prototype.toString.call(u));
console.log(Object.getPrototypeOf(Int8Array) === Object.getPrototypeOf(Float64Array), Int8Array.BYTES_PER_ELEMENT, Float64Array.prototype.BYTES_PER_ELEMENT, Uint8Array.name, Uint8Array.length);
console.log(Object.getPrototypeOf(Int8Array.prototype)[Symbol.toStringTag], new Float32Array(1)[Symbol.toStringTag]);
/* expected
Int16Array(5) [ 10, -6, 20, 0, 14 ] Int16Array(3) [ 5, 10, 7 ]
Int16Array(2) [ -3, 10 ] Int16Array(2) [ -3, 10 ] 6 7 true 3 4
5|-3|10|0|7 5,-3,10,0,7 19 ,7,0,10,-3,5
-3 2 7 -1
true true
Float64Array(6) [ -Infinity, -0, 0, 1, 3, NaN ] Int8Array(3) [ 3, 2, 1 ]
Uint8Array(5) [ 4, 5, 3, 4, 5 ] Uint8Array(4) [ 0, 9, 9, 0 ] Uint8Array(3) [ 3, 2, 1 ]
Uint8Array(6) [ 0, 1, 2, 0, 7, 8 ] 6 0,1,2,3,4,5 0,1,2,0,7,8
Uint8Array(3) [ 10, 20, 30 ] Int32Array(3) [ 1, 2, 3 ] Uint8Array(2) [ 4, 5 ]
Uint8Array(3) [ 3, 2, 1 ] Uint8Array(3) [ 1, 2, 3 ] Uint8Array(3) [ 1, 9, 3 ]
0,1,foo,01 undefined undefined false true false false true 2
true 3 false false
{"value":3,"writable":true,"enumerable":true,"configurable":true} undefined
44 255 -128 4294967295 Infinity
BigUint64Array(2) [ 18446744073709551615n, 18446744073709551615n ] -9223372036854775808n bigint
TypeError: Cannot convert 1 to a BigInt
TypeError: The comparison function must be either a function or undefined
TypeError: this is not a typed array.
Int16Array(3) [ 300, 600, 900 ] Int16Array(1) [ 1 ]
Uint8Array(8) [
  18,  52, 52, 18,
  63, 192,  0,  0
] 4660 13330 18 1.5 3fc00000
18446744073709551614n -72057594037927937n 1 true false
ArrayBuffer { [Uint8Contents]: <ff ff>, byteLength: 2 } 1 [object ArrayBuffer] [object DataView] [object Uint8Array]
true 1 8 Uint8Array 3
undefined Float32Array
*/
