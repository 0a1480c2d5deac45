// error: Delete of an unqualified identifier in strict mode.
"use strict";
var x;
delete x;
