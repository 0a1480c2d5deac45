// error: Invalid or unexpected token
x = "abc
;
