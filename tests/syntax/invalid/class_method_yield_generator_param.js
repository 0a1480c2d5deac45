// error: Unexpected strict mode reserved word
class A {
  *g(yield) {}
}
