"use strict";
'use strict';
"another directive";
'use\x20strict';
"\u0075se strict";
"with \
continuation";
"a"
"b"
function f() {
  "use strict";
  "second";
  return 1;
}
function g() {
  'not directive after statement';
  var a;
  "not a directive";
}
function h() {
  ("parenthesized, not a directive");
  "a" + "b";
  "c".length;
  "d", "e";
}
var arrow = () => { "directive in arrow"; };
var fe = function () { 'fe'; 'fe2' };
class C { m() { "in method"; } static { "not a directive in a static block"; } }
var o = { m() { "obj method"; } };
function empty() { "" }
function i() { "use strict"
  ;"two"
}
