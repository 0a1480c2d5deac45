// error: Invalid left-hand side expression in postfix operation
1++;
