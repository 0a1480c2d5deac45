// ArrayBuffer, typed arrays and DataView: construction errors, conversions, inspect.
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name + ": " + e.message); } }
show(() => new ArrayBuffer(-1));
show(() => ArrayBuffer(1));
show(() => new Int8Array(-1));
show(() => Int8Array(1));
show(() => new Int16Array(new ArrayBuffer(3)));
show(() => new Int16Array(new ArrayBuffer(4), 1));
show(() => new Int16Array(new ArrayBuffer(4), 6));
show(() => new Int16Array(new ArrayBuffer(4), 2, 2));
show(() => new (Object.getPrototypeOf(Int8Array))());
show(() => Object.getPrototypeOf(Int8Array).prototype.map.call([], x => x));
show(() => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array).prototype, "length").get.call([]));
show(() => new Int8Array(2).set([1,2,3]));
show(() => new BigInt64Array(1).fill(1));
show(() => new DataView(1));
show(() => new DataView(new ArrayBuffer(2), 3));
show(() => new DataView(new ArrayBuffer(2), 1, 2));
show(() => new DataView(new ArrayBuffer(2)).getInt32(0));
show(() => new DataView(new ArrayBuffer(2)).getInt8(-1));
show(() => ArrayBuffer.prototype.slice.call({}));
show(() => new Uint8Array([1,2,3]));
show(() => new ArrayBuffer(3));
show(() => { var b = new ArrayBuffer(2); new Uint8Array(b).set([1, 2]); return b; });
show(() => new Float64Array([1.5, -0, NaN]));
show(() => new BigInt64Array([1n, -1n]));
show(() => new DataView(new ArrayBuffer(4), 1));
show(() => [new Uint8ClampedArray([300, -5, 1.5, 2.5]), new Int8Array([200]), new Float32Array([0.1])]);
show(() => Object.getOwnPropertyNames(Object.getPrototypeOf(Int8Array).prototype).join());
show(() => Object.getOwnPropertyNames(Object.getPrototypeOf(Int8Array)).join());
show(() => Object.getOwnPropertyNames(DataView.prototype).join());
show(() => Object.getOwnPropertyNames(Int8Array).join() + " " + Object.getOwnPropertyNames(Int8Array.prototype).join());
show(() => new Uint8Array(200));
var ta = new Uint8Array([1,2]); ta.foo = 1; show(() => ta);
/* expected
RangeError: Invalid array buffer length
TypeError: Constructor ArrayBuffer requires 'new'
RangeError: Invalid typed array length: -1
TypeError: Constructor Int8Array requires 'new'
RangeError: byte length of Int16Array should be a multiple of 2
RangeError: start offset of Int16Array should be a multiple of 2
RangeError: Start offset 6 is outside the bounds of the buffer
RangeError: Invalid typed array length: 2
TypeError: Abstract class TypedArray not directly constructable
TypeError: this is not a typed array.
TypeError: Method get TypedArray.prototype.length called on incompatible receiver [object Array]
RangeError: offset is out of bounds
TypeError: Cannot convert 1 to a BigInt
TypeError: First argument to DataView constructor must be an ArrayBuffer
RangeError: Start offset 3 is outside the bounds of the buffer
RangeError: Invalid DataView length 2
RangeError: Offset is outside the bounds of the DataView
RangeError: Offset is outside the bounds of the DataView
TypeError: Method ArrayBuffer.prototype.slice called on incompatible receiver #<Object>
Uint8Array(3) [ 1, 2, 3 ]
ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }
ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }
Float64Array(3) [ 1.5, -0, NaN ]
BigInt64Array(2) [ 1n, -1n ]
DataView {
  byteLength: 3,
  byteOffset: 1,
  buffer: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }
}
[
  Uint8ClampedArray(4) [ 255, 0, 2, 2 ],
  Int8Array(1) [ -56 ],
  Float32Array(1) [ 0.10000000149011612 ]
]
constructor,buffer,byteLength,byteOffset,length,entries,keys,values,at,copyWithin,every,fill,filter,find,findIndex,findLast,findLastIndex,forEach,includes,indexOf,join,lastIndexOf,map,reverse,reduce,reduceRight,set,slice,some,sort,subarray,toLocaleString,toString,toReversed,toSorted,with
length,name,prototype,of,from
constructor,buffer,byteLength,byteOffset,getInt8,setInt8,getUint8,setUint8,getInt16,setInt16,getUint16,setUint16,getInt32,setInt32,getUint32,setUint32,getFloat32,setFloat32,getFloat64,setFloat64,getBigInt64,setBigInt64,getBigUint64,setBigUint64
length,name,prototype,BYTES_PER_ELEMENT constructor,BYTES_PER_ELEMENT
Uint8Array(200) [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0,
  ... 100 more items
]
Uint8Array(2) [ 1, 2, foo: 1 ]
*/
