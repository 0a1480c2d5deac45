// error: Invalid regular expression: missing /
x = /abc
;
