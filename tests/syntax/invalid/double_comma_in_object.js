// error: Unexpected token ','
x = { a: 1,, };
