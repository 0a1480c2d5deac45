// error: Unexpected token 'else'
if (x) else y;
