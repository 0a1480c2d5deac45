// error: Illegal await-expression in formal parameters of async function
async function f(x = await 1) {}
