// error: Identifier 'x' has already been declared
let x = 1;
let x = 2;
