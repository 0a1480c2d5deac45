// Functions, classes-as-functions, built-ins, functions with properties.
function f() {}
console.log(f, function () {}, function named() {}, Math.max, Object, [Array.prototype.map]);
var g = function () {};
console.log(g, { h: function () {} }, { m() {} });
f.a = 1;
f.b = "x";
console.log(f, [f]);
var arrow = () => 1;
console.log(arrow, [() => 2]);
console.log(f.bind(null), Function.prototype);
/* expected
[Function: f] [Function (anonymous)] [Function: named] [Function: max] [Function: Object] [ [Function: map] ]
[Function: g] { h: [Function: h] } { m: [Function: m] }
[Function: f] { a: 1, b: 'x' } [ [Function: f] { a: 1, b: 'x' } ]
[Function: arrow] [ [Function (anonymous)] ]
[Function: bound f] [Function (anonymous)] Object
*/
