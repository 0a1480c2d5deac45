// error: Unexpected token '/'
x = () => {} / 1;
