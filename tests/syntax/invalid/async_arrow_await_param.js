// error: 'await' is not a valid identifier name in an async function
var f = async (await) => 1;
