function r1() {
  return
  a + b;
}
function r2() { return /* no newline */ a; }
function r3() {
  return /*
  newline inside comment */ a;
}
function r4() { return // line comment
  a;
}
function r5() { return }
l1: for (;;) {
  break
  l1;
}
l2: for (;;) {
  continue
  l2;
}
l3: for (;;) { break /* c */ l3; }
l4: for (;;) { continue l4 }
a
++b
a
--b
a
++
b
x = y
++z
function* g() {
  yield
  a;
  yield /*
  */ b;
  yield a
  yield* b
}
async
function notAsync() {}
var f1 = async x => x
var f2 = async (x) => x
