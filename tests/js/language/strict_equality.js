// === and !== in both tiers: NaN is never equal to itself, even as one object.
function cmp(x, y) { return [x === y, x !== y, x == y]; }
var n = NaN, z = -0, o = {};
console.log(n === n, n !== n, z === 0, o === o, "a" === "a", 1 === 1.0);
for (var i = 0; i < 3; i++) console.log(cmp(n, n), cmp(z, 0), cmp(o, o), cmp(null, undefined));
/* expected
false true true true true true
[ false, true, false ] [ true, false, true ] [ true, false, true ] [ false, true, true ]
[ false, true, false ] [ true, false, true ] [ true, false, true ] [ false, true, true ]
[ false, true, false ] [ true, false, true ] [ true, false, true ] [ false, true, true ]
*/
