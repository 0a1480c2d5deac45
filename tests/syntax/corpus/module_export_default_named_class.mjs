export default class C extends Object { static x = C; }
