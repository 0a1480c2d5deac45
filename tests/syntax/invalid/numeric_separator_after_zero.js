// error: Numeric separator can not be used after leading 0.
x = 0_1;
