// error: Invalid left-hand side expression in prefix operation
++a++;
