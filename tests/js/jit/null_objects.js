// null in optimized code: lists and trees ending in null (arguments, loop
// variables and fields are 'object or null'), === null, == null, truthiness,
// a null where an object was expected (deopts; the interpreter throws), and a
// node of another shape.
'use strict';
function Node(v, next) { this.value = v; this.next = next; }
function makeList(n) { let head = null; for (let i = 0; i < n; i++) head = new Node(i, head); return head; }
function sumList(head) { let s = 0; for (let n = head; n !== null; n = n.next) s += n.value; return s; }
function lenList(head) { let c = 0; while (head) { c++; head = head.next; } return c; }
function T(l, r, v) { this.left = l; this.right = r; this.value = v; }
function build(d) { return d === 0 ? new T(null, null, d) : new T(build(d - 1), build(d - 1), d); }
function walk(t) { if (t.left === null) return 1 + t.value; return 1 + walk(t.left) + walk(t.right); }
function count(t) { return t == null ? 0 : 1 + count(t.left) + count(t.right); }
function find(head, v) { let n = head; while (n !== null) { if (n.value === v) return n; n = n.next; } return null; }
const list = makeList(200), tree = build(8);
let a = 0, b = 0, c = 0, d = 0, e = 0;
for (let k = 0; k < 1500; k++) { a += sumList(list); b += lenList(list); c += walk(tree); d += count(tree); e += find(list, k % 250) === null ? 1 : 0; }
console.log(a, b, c, d, e, sumList(null), lenList(null), count(null));
try { walk(null); } catch (err) { console.log(err.constructor.name, err.message); }
const odd = new Node(1, { value: 2, next: null });
console.log(sumList(odd), lenList(odd));
/* expected
29850000 300000 766500 766500 300 0 0 0
TypeError Cannot read properties of null (reading 'left')
3 2
*/
