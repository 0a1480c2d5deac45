// error: Invalid regular expression flags
x = /a/gg;
