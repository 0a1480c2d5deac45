// arr.push(x) in optimized code: the built-in push on Array.prototype appends
// natively (prototypes without elements, a dense extensible array whose
// length is its element count); a unit that pushes loads array elements at
// every access.  Deopts or fallbacks: a frozen array, a holey one, a setter
// for an index on Array.prototype, a replaced push.
'use strict';
function evens(n) { const out = []; for (let i = 0; i < n; i++) if (i % 2 === 0) out.push(i); return out; }
function fillF(n) { const out = [0.5]; for (let i = 0; i < n; i++) out.push(i * 0.25); let s = 0; for (let i = 0; i < out.length; i++) s += out[i]; return s; }
function bfs(adj, start) {
  const queue = [start], seen = [];
  for (let i = 0; i < adj.length; i++) seen.push(0);
  seen[start] = 1;
  let head = 0, count = 0;
  while (head < queue.length) {
    const v = queue[head++]; count++;
    const edges = adj[v];
    for (let k = 0; k < edges.length; k++) { const w = edges[k]; if (seen[w] === 0) { seen[w] = 1; queue.push(w); } }
  }
  return count;
}
const adj = []; for (let i = 0; i < 200; i++) adj.push([(i + 1) % 200, (i * 7) % 200, (i * 13 + 5) % 200]);
let a = 0, b = 0, c = 0;
for (let k = 0; k < 300; k++) { a += evens(100).length; b += fillF(50); c += bfs(adj, k % 200); }
console.log(a, b, c);
const frozen = Object.freeze([1, 2]);
function pushTo(arr, x) { return arr.push(x); }
for (let k = 0; k < 500; k++) pushTo([1], k);
try { pushTo(frozen, 3); } catch (e) { console.log(e.constructor.name, e.message); }
const holey = [1, 2]; holey.length = 5; console.log(pushTo(holey, 9), holey.length, holey[5]);
Object.defineProperty(Array.prototype, 3, { set(v) { console.log('setter', v); }, configurable: true });
console.log(pushTo([1, 2, 3], 4));
delete Array.prototype[3];
Array.prototype.push = function (x) { return -x; };
console.log(pushTo([1], 7));
/* expected
15000 92025 60000
TypeError Cannot add property 2, object is not extensible
6 6 9
setter 4
4
-7
*/
