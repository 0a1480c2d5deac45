// error: Invalid Unicode escape sequence
x = '\u12';
