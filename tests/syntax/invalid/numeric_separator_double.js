// error: Only one underscore is allowed as numeric separator
x = 1__000;
