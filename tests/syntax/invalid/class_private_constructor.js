// error: Class constructor may not be a private method
class A {
  #constructor() {}
}
