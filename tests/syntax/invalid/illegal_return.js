// error: Illegal return statement
return 1;
