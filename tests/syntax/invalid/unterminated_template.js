// error: Unexpected end of input
x = `abc
