{}
/re/g.test(s);
{ a }
/re/.exec(s);
function f() {}
/re/.test(s);
class C {}
/re/.test(s);
x = function () {} / 2;
x = class {} / 2;
x = {} / 2;
x = ({}) / 2;
x = { a: 1 } / /b/.x;
if (a) {} /re/.test(b);
while (a) {} /re/;
try {} catch {} /re/;
try {} finally {} /re/;
switch (a) {} /re/;
label: {} /re/;
do {} while (a) /re/;
x = () => {}
/re/g;
`${ {} }` / 2;
`${ a }` / /re/;
x = `${{}}${/}/.x}` / 2;
