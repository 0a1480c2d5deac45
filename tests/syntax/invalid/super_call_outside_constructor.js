// error: 'super' keyword unexpected here
class A extends B {
  m() { super(); }
}
