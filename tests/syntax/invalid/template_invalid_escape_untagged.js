// error: Invalid Unicode escape sequence
x = `\unicode`;
