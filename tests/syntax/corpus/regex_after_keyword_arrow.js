// After these tokens a `/` starts a regular expression.
function f() { return /re/; }
function g() { throw /re/; }
switch (a) { case /re/: break; }
if (a) b; else /re/.test(c);
do /re/; while (0);
x = typeof /re/;
x = void /re/;
x = a in /re/;
x = new /re/;
x = a => /re/;
x = async a => /re/g;
x = () => {}
/re/g;
x = () => {}
/re/.test(s);
x = function () {}
/re/g;
x = a ? /re/ : b;
;/=/.test(s);
/re/.test(s) && /=/g.test(t);
x = [1, /re/, 2];
x = { a: /re/, b: 1 / 2 };
x = `${/re/}`;
x = /[/]/ / /[\/]/;
x = /\/\// / 2;
x = a / /\// / b;
