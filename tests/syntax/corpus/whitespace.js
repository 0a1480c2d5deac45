// Every kind of white space between tokens.
var	a=1 ;
var﻿b = 2;
var c = 3 ;          　
   	  var d = 4;    



var e
=
5
;
