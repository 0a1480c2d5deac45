"use strict";
'another';
import x from 'x';
"not a directive";
function f() { "use strict"; }
