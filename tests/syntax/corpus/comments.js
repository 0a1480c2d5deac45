/* leading block comment */
// leading line comment
/**
 * JSDoc style
 * @param {number} a
 */
function /* name */ f /* params */ (/* none */) /* body */ { /* empty */ }
function g(a /* first */, /* second */ b) // after params
{
  return /* value */ a + /* op */ b; // trailing
}
var x = /* init */ 1 /* after */ ;
var y = [/* empty */];
var z = { /* empty */ };
var o = { a: 1, /* between */ b: 2 /* end */ };
call(/* no args */);
call(a, /* b */ c /* d */);
if (/* test */ a /* end */) /* consequent */ b; /* else */ else /* alt */ c;
a /**/ + /**/ b;
a/**/+/**/b;
a /* */ / /* */ b;
x = a // comment
  + b;
/* a *//* b */
/***/
/****/
/* * / */
/* // */
// /* not a block
x = `${ /* in template */ a }`;
class C { /* body */ m() { /* method */ } /* after */ }
label: /* c */ for (;;) /* c */ break /* c */ label /* c */ ;
x = 1; /* multi
line */ y = 2;
// last line comment without newline