// error: Unexpected token '||'
x = a ?? b || c;
