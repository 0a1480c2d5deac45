// error: Identifier '#x' has already been declared
class A {
  #x;
  #x;
}
