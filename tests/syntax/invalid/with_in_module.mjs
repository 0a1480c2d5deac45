// error: Strict mode code may not include a with statement
with (a) {}
