class A {
  re = /a/g;
  static re = /b/;
  [/c/.source] = 1;
  m() { return /d/ }
}
/re/.test(s);
class B extends (/re/.constructor) {}
x = class {} / 2;
x = { m() {} } / 2;
x = { get a() { return 1 / 2 } } / /re/.x;
