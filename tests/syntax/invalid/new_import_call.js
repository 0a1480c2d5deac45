// error: Cannot use new with import
new import('x');
