// error: Unexpected token '*'
function* g() {
  yield
  * 1;
}
