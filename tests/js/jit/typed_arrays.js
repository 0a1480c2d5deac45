// Typed array element loads and stores in optimized code (issue 5):
// every kind, conversions on store, out-of-bounds reads (deopt) and
// writes (no effect), arrays as arguments of native calls, and OSR into
// an inner loop whose outer loop then runs natively too.
'use strict';

function sum(a, n) { var s = 0; for (var i = 0; i < n; i++) s += a[i]; return s; }
function fill(a, n, k) { for (var i = 0; i < n; i++) a[i] = i * k; return a; }

var kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
             Int32Array, Uint32Array, Float32Array, Float64Array];
for (var K of kinds) {
  var a = new K(300);
  for (var r = 0; r < 3; r++) fill(a, 300, 3);
  console.log(K.name, sum(a, 300), a[1], a[299]);
  fill(a, 300, -1.75);                      // doubles into integer kinds: ToInt8 and friends
  console.log(K.name, sum(a, 300), a[1], a[299]);
  console.log(K.name, sum(a, 301));         // a[300] is undefined: deopt, NaN
}

// stores past the end do nothing; reads past the end are undefined
var small = new Int32Array(4);
function writeFar(a) { for (var i = 0; i < 1000; i++) a[i] = i + 1; return a.join(); }
console.log(writeFar(small), small[4], small[-1]);

// Uint8ClampedArray rounds half to even and clamps
var c = new Uint8ClampedArray(8);
function clampStore(a, x) { for (var i = 0; i < 8; i++) a[i] = x * i - 2.5; return a.join(); }
for (var r = 0; r < 300; r++) clampStore(c, 1);
console.log(clampStore(c, 1), clampStore(c, 100.5), clampStore(c, NaN));

// Uint32Array elements above int32 load as doubles
var u = new Uint32Array(3);
u[0] = 4294967295; u[1] = 2147483648; u[2] = 1;
console.log(sum(u, 3));

// the sieve: OSR enters the inner loop; the outer loop's blocks follow it
function sieve(n) {
  var composite = new Uint8Array(n + 1);
  for (var i = 2; i * i <= n; i++) {
    if (composite[i] === 0) {
      for (var j = i * i; j <= n; j += i) composite[j] = 1;
    }
  }
  var count = 0;
  for (var k = 2; k <= n; k++) if (composite[k] === 0) count++;
  return count;
}
console.log(sieve(100000), sieve(1000));

// typed arrays passed between native functions
function dot(a, b, n) { var s = 0; for (var i = 0; i < n; i++) s += a[i] * b[i]; return s; }
function norm2(a, n) { return dot(a, a, n); }
var v = new Float64Array(500);
for (var i = 0; i < 500; i++) v[i] = i / 7;
var total = 0;
for (var r = 0; r < 500; r++) total += norm2(v, 500);
console.log(total);

// another array in the same variable on the next iteration: the
// loop-invariance guess fails and the function is built with a phi
function sumAll(arrays) {
  var s = 0;
  for (var k = 0; k < arrays.length; k++) {
    var a = arrays[k];
    for (var i = 0; i < a.length; i++) s += a[i];
  }
  return s;
}
console.log(sumAll([new Int16Array(400).fill(2), new Int16Array(300).fill(-1)]));

/* expected
Int8Array 2454 3 -127
Int8Array -39 -1 -11
Int8Array NaN
Uint8Array 35478 3 129
Uint8Array 38873 255 245
Uint8Array NaN
Uint8ClampedArray 65535 3 255
Uint8ClampedArray 0 0 0
Uint8ClampedArray NaN
Int16Array 134550 3 897
Int16Array -78375 -1 -523
Int16Array NaN
Uint16Array 134550 3 897
Uint16Array 19516889 65535 65013
Uint16Array NaN
Int32Array 134550 3 897
Int32Array -78375 -1 -523
Int32Array NaN
Uint32Array 134550 3 897
Uint32Array 1284195143129 4294967295 4294966773
Uint32Array NaN
Float32Array 134550 3 897
Float32Array -78487.5 -1.75 -523.25
Float32Array NaN
Float64Array 134550 3 897
Float64Array -78487.5 -1.75 -523.25
Float64Array NaN
1,2,3,4 undefined undefined
0,0,0,0,2,2,4,4 0,98,198,255,255,255,255,255 0,0,0,0,0,0,0,0
6442450944
9592 168
423895408.16326994
500
*/
