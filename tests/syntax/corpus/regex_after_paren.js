if (a) /re/.test(b);
if (a) /re/; else /rx/;
while (false) /re/;
for (;;) /re/;
for (x in y) /re/;
for (x of y) /re/;
with (o) /re/;
if (a) /re/g.lastIndex = 0;
do /re/; while (0)
x = (a) / 2;
x = (a + b) / 2 / c;
x = f(a) / 2;
x = (a) /re/ g;
x = (/re/) / 2;
if ((a) / 2) /re/;
while ((a)) /b/ / c;
x = a ? (b) / 2 : (c) / /re/;
function* gen() { yield (a) / 2; }
