// error: Invalid left-hand side in assignment
({ a }) = 1;
