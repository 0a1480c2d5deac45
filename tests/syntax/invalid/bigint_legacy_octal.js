// error: Invalid or unexpected token
x = 01n;
