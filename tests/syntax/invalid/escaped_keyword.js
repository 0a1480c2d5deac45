// error: Keyword must not contain escaped characters
v\u0061r x = 1;
