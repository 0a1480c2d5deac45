// error: Malformed arrow function parameter list
var f = async *() => {};
