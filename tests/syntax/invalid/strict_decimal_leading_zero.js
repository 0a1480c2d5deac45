// error: Decimals with leading zeros are not allowed in strict mode.
"use strict";
x = 08;
