// error: Unexpected reserved word
async function f() {
  var await;
}
