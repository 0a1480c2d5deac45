// error: Invalid or unexpected token
x;
#!/usr/bin/env node
