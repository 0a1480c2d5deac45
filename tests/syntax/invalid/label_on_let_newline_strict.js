// error: Unexpected strict mode reserved word
"use strict";
let: x;
