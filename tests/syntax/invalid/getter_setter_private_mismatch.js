// error: Identifier '#a' has already been declared
class A {
  get #a() {}
  #a() {}
}
