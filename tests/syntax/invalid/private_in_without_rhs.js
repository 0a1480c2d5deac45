// error: Unexpected identifier '#x'
class A {
  #x;
  m() { return #x; }
}
