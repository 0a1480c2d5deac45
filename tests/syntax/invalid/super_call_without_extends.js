// error: 'super' keyword unexpected here
class A {
  constructor() { super(); }
}
