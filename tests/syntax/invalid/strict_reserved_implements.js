// error: Unexpected strict mode reserved word
"use strict";
implements = 1;
