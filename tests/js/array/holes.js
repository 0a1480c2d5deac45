// Holes: skipped by the HasProperty methods, kept by map, read as
// undefined by find/includes/join/iteration, sorted to the end.
const h = [1, , 3, undefined];
const visited = [];
h.forEach((v, i) => visited.push(i));
console.log(visited, h.map(x => x), h.filter(() => true), 1 in h.map(x => x));
console.log(h.indexOf(undefined), h.includes(undefined), [, 1].includes(undefined), h.findIndex(x => x === undefined));
console.log(h.join("|"), [, ,].join(), [null, undefined].join("-"), h.reduce((s, x) => s + "," + x));
console.log([5, , 1, undefined, 3].sort(), Object.keys([5, , 1, undefined, 3].sort()));
console.log([..."a"].concat([, "b"]), [1, , 3].slice(1), [, 1].flat(), [1, , 3].reverse());
console.log(Array.from([1, , 3]), [...[1, , 3]], [1, , 3].toReversed(), [1, , 3].toSorted());
Array.prototype[1] = "from proto";
console.log([0, , 2].map(x => x), [0, , 2].join(), [0, , 2].indexOf("from proto"));
delete Array.prototype[1];
const sparse = [];
sparse[1000000] = "end";
sparse[2] = "start";
console.log(sparse.length, sparse.indexOf("end"), sparse.filter(() => true), Object.keys(sparse.slice(1)));
const got = [];
sparse.forEach((v, i) => got.push(i));
console.log(got, sparse.map(String)[1000000], sparse.reduce((a, b) => a + "+" + b));
/* expected
[ 0, 2, 3 ] [ 1, <1 empty item>, 3, undefined ] [ 1, 3, undefined ] false
3 true true 1
1||3| , - 1,3,undefined
[ 1, 3, 5, undefined, <1 empty item> ] [ '0', '1', '2', '3' ]
[ 'a', <1 empty item>, 'b' ] [ <1 empty item>, 3 ] [ 1 ] [ 3, <1 empty item>, 1 ]
[ 1, undefined, 3 ] [ 1, undefined, 3 ] [ 3, undefined, 1 ] [ 1, 3, undefined ]
[ 0, 'from proto', 2 ] 0,from proto,2 1
1000001 1000000 [ 'start', 'end' ] [ '1', '999999' ]
[ 2, 1000000 ] end start+end
*/
