// error: Illegal newline after throw
throw
new Error();
