// String methods hand over to Symbol.replace / split / match / search
var searcher = {};
searcher[Symbol.replace] = function (s, r) { return "replace(" + s + "," + r + ")"; };
searcher[Symbol.split] = function (s, lim) { return "split(" + s + "," + lim + ")"; };
searcher[Symbol.search] = function (s) { return "search(" + s + ")"; };
searcher[Symbol.match] = function (s) { return "match(" + s + ")"; };
console.log("str".replace(searcher, "R"), "str".split(searcher, 3), "str".search(searcher), "str".match(searcher));
/* expected
replace(str,R) split(str,3) search(str) match(str)
*/
