// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are line terminators.
var a = 1 var b = 2 var c = 3;
a ++b
function f() { return  1 }
var s = 'string with raw   and   inside';
var t = "dq   ";
var u = `template    `;
var v = 'continued\ line';
// line comment ends here var d = 4;
/* block   */ var e = 5;
x = a /re/g
var w = `${a }`;
  var last = 1; 