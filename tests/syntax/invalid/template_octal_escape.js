// error: Octal escape sequences are not allowed in template strings.
x = `\01`;
