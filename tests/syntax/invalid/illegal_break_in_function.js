// error: Illegal break statement
while (1) { (function () { break; })(); }
