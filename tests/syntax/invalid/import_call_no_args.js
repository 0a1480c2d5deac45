// error: import() requires a specifier
import();
