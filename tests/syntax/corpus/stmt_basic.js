// Variable statements, blocks, empty statements, if/else, debugger.
var a;
var b = 1, c, d = b + 1;
let e = 2, f;
const g = 3, h = g;
;
;;
{}
{ var inner = 1; let scoped = 2; }
{ { ; } }
if (a) b;
if (a) b; else c;
if (a) { b } else if (c) { d } else { e }
if (a) if (b) c; else d;     // dangling else binds to the inner if
if (a) {} else {}
if (a)
  ;
else
  ;
debugger;
debugger
a = 1
