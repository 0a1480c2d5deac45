// error: Unexpected strict mode reserved word
"use strict";
var yield = 1;
