// error: Identifier 'e' has already been declared
try {} catch (e) { let e; }
