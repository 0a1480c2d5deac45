// error: Unexpected eval or arguments in strict mode
"use strict";
eval = 1;
