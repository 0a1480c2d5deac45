// error: Illegal continue statement: no surrounding iteration statement
continue;
