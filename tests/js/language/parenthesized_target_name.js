// A parenthesized assignment target is not an IdentifierRef: the function
// or class assigned to it gets no name (13.15.2).
var fn; (fn) = function () {}; console.log(JSON.stringify(fn.name));
var g; (g) = () => 1; console.log(JSON.stringify(g.name));
var c; (c) = class {}; console.log(JSON.stringify(c.name));
var h; h = function () {}; console.log(h.name);
var k; k ??= () => 1; console.log(k.name);
var m; (m) ??= () => 1; console.log(JSON.stringify(m.name));
with ({}) { var w; (w) = function () {}; console.log(JSON.stringify(w.name)); }
/* expected
""
""
""
h
k
""
""
*/
