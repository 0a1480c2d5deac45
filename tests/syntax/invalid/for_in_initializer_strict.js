// error: for-in loop variable declaration may not have an initializer.
"use strict";
for (var x = 1 in y) {}
