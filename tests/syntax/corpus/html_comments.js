// HTML-like comments (Annex B), scripts only.
<!-- an HTML open comment at the start
x = 1; <!-- an HTML open comment after code
--> an HTML close comment at the start of a line
   --> after white space only
/* block */ --> after a block comment on the same line
/* multi
line */ --> after a multi-line block comment
y = a-->b;
z = a --> b;
w = a <!--b
v = 1
<!--
-->
-->
