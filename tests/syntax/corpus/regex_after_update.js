a++ / 2;
a-- / 2;
a++ / b / c;
a-- /re/ g;
x = a++
/re/g;
a
++/re/.lastIndex;
a
--/re/.lastIndex;
++/re/.lastIndex;
--/re/.lastIndex / 2;
x = a.b++ / c;
x = a[0]-- / c;
x = ++a / b;
