do x; while (y) z;
do {} while (false) foo();
do ; while (0) bar()
do { a() } while (b) c()
do x
while (y) /re/.test(s)
do do a; while (b) while (c)
if (a) do b; while (c) else d;
