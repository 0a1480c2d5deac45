// error: Invalid or unexpected token
x = 1.5n;
