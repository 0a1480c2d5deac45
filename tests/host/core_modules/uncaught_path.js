require('path').join('a', 42);
