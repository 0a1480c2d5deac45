// error: Invalid left-hand side in assignment
a?.b = 1;
