// error: Rest element must be last element
[...a, b] = c;
