// Arrays that meet at joins (a loop variable holding a different array each
// iteration, two arrays chosen by a condition) and arrays of arrays (rows)
// in optimized code: element pointers and lengths are loaded at the join,
// and after each element load of a row.  Deopts: a row of doubles, a
// changed element type.
'use strict';
function rowsSum(m) {
  let s = 0;
  for (let r = 0; r < m.rows.length; r++) {
    const row = m.rows[r];            // a different array every iteration
    for (let c = 0; c < row.length; c++) s += row[c];
  }
  return s;
}
function pick(a, b, k) {
  const arr = k % 2 === 0 ? a : b;    // two arrays meet at a join
  let t = 0;
  for (let i = 0; i < arr.length; i++) t += arr[i] * k;
  return t;
}
function walkChain(start) {
  let cur = start, n = 0;
  while (cur.length > 1) { n += cur[0]; cur = cur === start ? [5, 6, 7] : [9]; }
  return n + cur[0];
}
const m = { rows: [[1, 2, 3], [4, 5], [6, 7, 8, 9]] };
const a = [1, 2, 3, 4], b = [10, 20];
let x = 0, y = 0, z = 0;
for (let k = 0; k < 3000; k++) { x += rowsSum(m); y += pick(a, b, k); z += walkChain([1, 2]); }
m.rows[1] = [0.5, 0.25];
b[1] = 2.5;
console.log(x, y, z, rowsSum(m), pick(a, b, 1), pick(a, b, 2), walkChain([3, 4, 5]));
m.rows.push([1]);
console.log(rowsSum(m));
/* expected
135000 89985000 45000 36.75 12.5 20 17
37.75
*/
