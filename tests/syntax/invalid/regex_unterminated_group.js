// error: Invalid regular expression: /(/: Unterminated group
x = /(/;
