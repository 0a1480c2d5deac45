// error: Unexpected token '}'
if (a) { b(); }}
