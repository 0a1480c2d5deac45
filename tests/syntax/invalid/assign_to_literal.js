// error: Invalid left-hand side in assignment
1 = 2;
