// error: await is only valid in async functions and the top level bodies of modules
function f() {
  await x;
}
