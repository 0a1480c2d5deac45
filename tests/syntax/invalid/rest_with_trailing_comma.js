// error: Rest element must be last element
var [...a,] = b;
