var a = b
(c)
var d = e
[f]
g
++h
i
/j/g
x
/* multi-line
comment */ ++y
z /* single-line */ ; w
var q = function () {
}
(1)
class A {
  x = 1
  y
  static
  z
  get
  m() {}
}
if (a) {} else b
function f() { return }
var obj = {
}
.constructor
x = a ? b
  : c
x = a
  ? b : c
var v; var w
