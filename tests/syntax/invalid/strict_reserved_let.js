// error: Unexpected strict mode reserved word
"use strict";
var let = 1;
