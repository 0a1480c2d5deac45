// error: Missing catch or finally after try
try {}
x;
