// error: Invalid or unexpected token
x = 3in [];
