// Lines end in CRLF.
var a = 1
var b = 2;
/* block
comment */ a
++b
var s = 'line\
continuation';
var t = `crlf
in template`;
var u = tag`raw
andcr ${a}
`;
function f() {
  return
  1
}
x = a
/re/g
var lf = 1;
var mixed = `a
b
cd
`;
