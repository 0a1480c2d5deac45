// error: Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence
x = -a ** 2;
