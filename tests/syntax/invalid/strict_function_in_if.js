// error: In strict mode code, functions can only be declared at top level or inside a block.
"use strict";
if (a) function f() {}
