// In modules `-->` is no comment: it is `--` then `>`.
var a = 3, b = 4, x;
a-->b;
x = a --> b;
x = a-- > b;
