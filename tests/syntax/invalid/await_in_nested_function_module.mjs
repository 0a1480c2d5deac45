// error: Unexpected reserved word
function f() {
  await x;
}
