// error: Unexpected end of input
x = a ? b
