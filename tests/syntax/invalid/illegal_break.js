// error: Illegal break statement
break;
