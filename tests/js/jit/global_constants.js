// undefined, NaN and Infinity in optimized code are constants (the global
// object's non-writable, non-configurable properties): a minimum search
// starting at Infinity, NaN arithmetic, and a comparison with undefined.
'use strict';

function minOf(a) {
  let best = Infinity;
  for (let i = 0; i < a.length; i++) if (a[i] < best) best = a[i];
  return best;
}
function spread(n) {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = Math.sin(i) * 100;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return hi - lo;
}
function nanCount(n) {
  let c = 0;
  for (let i = 0; i < n; i++) {
    const x = i % 7 === 0 ? NaN : i * 0.5;
    if (x !== x) c++;
  }
  return c;
}
function strictThis(n) { return this === undefined ? n : -n; }

const xs = [];
for (let i = 0; i < 1000; i++) xs.push(((i * 7919) % 1000) - 500.5);
let s = 0;
for (let k = 0; k < 500; k++) s += minOf(xs);
console.log(s, minOf([]), spread(20000).toFixed(6), nanCount(70000));
let t = 0;
for (let i = 0; i < 3000; i++) t += strictThis(i);
console.log(t);
/* expected
-250250 Infinity 199.999242 10000
4498500
*/
