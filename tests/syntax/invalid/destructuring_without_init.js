// error: Missing initializer in destructuring declaration
var [a];
