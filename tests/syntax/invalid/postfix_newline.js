// error: Unexpected token ';'
a
++;
