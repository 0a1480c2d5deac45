// error: Illegal return statement
class A {
  static { return; }
}
