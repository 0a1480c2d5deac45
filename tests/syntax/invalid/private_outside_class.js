// error: Private field '#x' must be declared in an enclosing class
this.#x;
