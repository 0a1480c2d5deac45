// Deep nesting.
x = ((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))));
x = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]];
x = { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: 1 } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } };
x = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f())))))))))))))))))))))))))))))))))))))));
x = a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? a ? b : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c : c;
x = a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a;
x = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a = a;
x = a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a ** a;
x = () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => () => 0;
x = `${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${`${a}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`}`;
if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) if (a) b;
{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { function f() { return 1; } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }
x = !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!a;
x = - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -a;
x = a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b;
x = a?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b?.b;
