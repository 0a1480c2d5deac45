const fs = require('fs');
fs.readFileSync('no-such-file.txt', 'utf8');
