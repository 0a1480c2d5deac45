// error: Illegal continue statement: 'label' does not denote an iteration statement
label: { continue label; }
