// Unicode identifiers and escapes in identifiers.
var ä = 1, π = 3.14, ಠ_ಠ, 日本語 = "ja";
var Δδ, Æsir, ẛ̣, İstanbul;
var $ = 1, _ = 2, $_$ = 3, _0 = 4, a‌b, a‍b;
var \u0061bc = 1;
var x\u0062y = 2;
var \u{63}d = 3;
var \u{0000000065}e = 4;
var \u00e4\u00f6 = 5;
var 𐊧 = "astral id start";
var a𐊧b = 6;
var \u{102A7}\u{102A8} = 7;
var 𝓐bc = 8;
\u0061bc + xb + cd;
obj.\u0061bc;
obj.\u0069f;
obj = { \u0069f: 1, \u0063lass: 2 };
obj = { \u0061bc };
var { \u0061bc: renamed } = obj;
label\u0031: for (;;) break label1;
x = ä + π;
function \u0066n(\u0070) { return p; }
class \u0043ls { \u006d() {} #\u0070riv; get \u0067et() {} }
var \u0079ield = 1;
var \u006cet = 2;
var \u0061sync = 3;
var \u0061wait = 4;
var \u0073tatic = 5;
var ℘ = 1, ℮ = 2, ゛ = 3;
var a·;
