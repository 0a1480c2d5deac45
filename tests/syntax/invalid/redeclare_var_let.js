// error: Identifier 'y' has already been declared
var y;
let y;
