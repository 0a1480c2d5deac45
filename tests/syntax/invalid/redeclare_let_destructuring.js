// error: Identifier 'a' has already been declared
let [a, a] = [];
