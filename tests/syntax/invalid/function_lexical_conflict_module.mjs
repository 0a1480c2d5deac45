// error: Identifier 'f' has already been declared
function f() {}
var f;
