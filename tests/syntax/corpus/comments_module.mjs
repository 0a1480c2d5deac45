/* header */ import /* c */ a /* c */ , /* c */ { /* c */ b /* c */ as /* c */ c /* c */ } /* c */ from /* c */ 'x' /* c */ ;
import /* c */ * /* c */ as /* c */ ns /* c */ from 'y';
export /* c */ { /* c */ a /* c */ as /* c */ d /* c */ } /* c */ ;
export /* c */ default /* c */ function /* c */ () /* c */ {}
export /* c */ * /* c */ as /* c */ e /* c */ from /* c */ 'z';
import /* c */ . /* c */ meta;
// trailing
