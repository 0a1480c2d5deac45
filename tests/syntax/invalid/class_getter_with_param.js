// error: Getter must not have any formal parameters.
class A {
  get x(a) {}
}
