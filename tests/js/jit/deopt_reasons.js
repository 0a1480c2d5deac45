// Every deopt reason of the optimizing tier, each followed by results
// that must equal the interpreter's (node's) exactly.
'use strict';

// int32 overflow: the sum leaves int32 after the function was optimised
function add(a, b) { return a + b; }
for (let i = 0; i < 500; i++) add(i, 1);
console.log(add(2147483647, 1), add(-2147483648, -1), add(1, 2));

// -0 from int32 multiplication
function mul(a, b) { return a * b; }
for (let i = 0; i < 500; i++) mul(i, 3);
console.log(Object.is(mul(0, -5), -0), mul(-3, 4), mul(65536, 65536));

// int32 modulus with a negative dividend (-0) and a zero divisor (NaN)
function mod(a, b) { return a % b; }
for (let i = 0; i < 500; i++) mod(i, 7);
console.log(Object.is(mod(-14, 7), -0), mod(-15, 7), mod(5, 0), mod(7, -3));

// negation of 0 and of the int32 minimum
function neg(a) { return -a; }
for (let i = 1; i < 500; i++) neg(i);
console.log(Object.is(neg(0), -0), neg(-2147483648), neg(5));

// unsigned shift above int32
function ushr(a, b) { return a >>> b; }
for (let i = 0; i < 500; i++) ushr(i, 1);
console.log(ushr(-1, 0), ushr(-8, 1), ushr(16, 2));

// bitwise operators on doubles (ToInt32 with large values)
function bits(a) { return (a | 0) + (a & 255) + (a ^ 1); }
for (let i = 0; i < 500; i++) bits(i);
console.log(bits(3.7), bits(-3.7), bits(4294967296 + 5), bits(1e20), bits(NaN));

// a parameter changes type: entry checks fall back, then re-optimise
function half(x) { return x / 2; }
for (let i = 0; i < 500; i++) half(i);
console.log(half(3), half(2.5), half('8'), half(true), half(undefined));

// a loop counter that becomes a double
function sumTo(n, step) {
  let s = 0;
  for (let i = 0; i < n; i += step) s += i;
  return s;
}
for (let i = 0; i < 200; i++) sumTo(10, 1);
console.log(sumTo(10, 1), sumTo(3, 0.5), sumTo(4, 1));

// a callee is redefined
let target = function (x) { return x + 1; };
function callTarget(x) { return target(x) * 2; }
for (let i = 0; i < 500; i++) callTarget(i);
target = function (x) { return x - 1; };
console.log(callTarget(10));

// a callee returns another type after the caller was optimised
function inner(x) { return x > 1000 ? x + 0.5 : x; }
function outer(x) { return inner(x) + 1; }
for (let i = 0; i < 500; i++) outer(i);
console.log(outer(5), outer(2000), outer(7));

// a branch that never ran before optimisation (insufficient feedback)
function rare(x) {
  if (x === 123456) return x * 1.5;
  return x + 1;
}
for (let i = 0; i < 500; i++) rare(i);
console.log(rare(123456), rare(3));

// a throw inside optimised code
function check(x) {
  if (x > 1000) throw new RangeError('too big: ' + x);
  return x;
}
for (let i = 0; i < 500; i++) check(i);
try { check(5000); } catch (e) { console.log(e.name, e.message); }

// comparisons with NaN and -0 in optimised code
function cmp(a, b) { return [a < b, a <= b, a === b, a !== b, a > b, a >= b].join(); }
for (let i = 0; i < 300; i++) cmp(i, 5);
console.log(cmp(NaN, 1), cmp(0, -0), cmp(1.5, 1.5));

// null where an object was expected: a field read through null (the
// interpreter throws the TypeError)
function firstValue(node) { return node.value; }
for (let i = 0; i < 500; i++) firstValue({ value: i });
try { firstValue(null); } catch (e) { console.log(e.name, e.message); }

// callee deoptimized: a callee compiled with its caller deopts, the
// caller's activation goes on in the interpreter
function part(o, k) { return k > 400 ? o.x + k : k; }
function whole(o, n) { let s = 0; for (let k = 0; k < n; k++) s += part(o, k); return s; }
for (let i = 0; i < 300; i++) whole({ x: 1 }, 100);
console.log(whole({ x: 1 }, 500));

/* expected
2147483648 -2147483649 3
true -12 4294967296
true -1 NaN 1
true 2147483648 -5
4294967295 2147483644 4
8 246 14 3323985921 1
1.5 1.25 4 0.5 NaN
45 7.5 6
18
6 2001.5 8
185184 4
RangeError too big: 5000
false,false,false,true,false,false false,true,true,false,false,true false,true,true,false,false,true
TypeError Cannot read properties of null (reading 'value')
124849
*/
