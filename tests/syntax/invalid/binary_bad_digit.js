// error: Invalid or unexpected token
x = 0b12;
