// error: Unexpected token 'in'
async function f() {
  for await (x in y) {}
}
