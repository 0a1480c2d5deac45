// error: Identifier 'b' has already been declared
import { a as b, c as b } from 'x';
