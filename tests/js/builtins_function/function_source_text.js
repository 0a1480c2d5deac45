// Function.prototype.toString of source functions returns their source text.
function add(a, b) { return a + b; }
console.log(add.toString());
console.log(String(function (x) { return x; }));
var o = { m(a) { return a; }, get g() { return 1; } };
console.log(o.m.toString(), Object.getOwnPropertyDescriptor(o, "g").get.toString());
console.log((x => x * 2).toString());
/* expected
function add(a, b) { return a + b; }
function (x) { return x; }
m(a) { return a; } get g() { return 1; }
x => x * 2
*/
