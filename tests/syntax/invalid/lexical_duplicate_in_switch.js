// error: Identifier 'a' has already been declared
switch (x) {
  case 1: let a;
  case 2: let a;
}
