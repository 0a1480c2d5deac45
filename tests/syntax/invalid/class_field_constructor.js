// error: Classes may not have a field named 'constructor'
class A {
  constructor = 1;
}
