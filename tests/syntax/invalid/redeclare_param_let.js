// error: Identifier 'p' has already been declared
function f(p) { let p; }
