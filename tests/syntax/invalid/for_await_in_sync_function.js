// error: Unexpected reserved word
function f() {
  for await (x of y) {}
}
