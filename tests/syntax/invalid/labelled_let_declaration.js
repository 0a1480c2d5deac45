// error: Lexical declaration cannot appear in a single-statement context
l: let
[a] = b;
