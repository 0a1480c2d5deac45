// error: Invalid hexadecimal escape sequence
x = '\x4';
