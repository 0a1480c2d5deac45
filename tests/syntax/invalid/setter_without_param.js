// error: Setter must have exactly one formal parameter.
x = { set y() {} };
