f(...a);
f(a, ...b, c, ...d);
f(...a, );
new F(...args);
new F(a, ...b);
x = [...a];
x = [...a, ...b, c];
x = [, ...a];
x = [...[...a]];
x = { ...a };
x = { ...a, b: 1, ...c };
a?.b(...c);
function r(...args) {}
var [...all] = xs;
var { ...props } = o;
x = [...a,];
f(...(a, b));
f(...a ? b : c);
f(...await_);
