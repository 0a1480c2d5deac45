// error: Lexical declaration cannot appear in a single-statement context
if (a) let [b] = c;
