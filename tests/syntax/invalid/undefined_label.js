// error: Undefined label 'nowhere'
while (1) { break nowhere; }
