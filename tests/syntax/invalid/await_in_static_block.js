// error: Unexpected reserved word
class A {
  static { await 1; }
}
