// error: Invalid left-hand side in assignment
import.meta = 1;
