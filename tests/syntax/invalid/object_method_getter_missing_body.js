// error: Unexpected token '}'
x = { get a() };
