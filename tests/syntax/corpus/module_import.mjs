import 'side-effect';
import "double-quoted";
import a from 'a';
import * as ns from 'ns';
import { b } from 'b';
import { c as cc } from 'c';
import { d, e as ee, f, } from 'd';
import {} from 'empty';
import g, { h } from 'g';
import i, * as ins from 'i';
import { default as j } from 'j';
import { "string name" as k } from 'k';
import { 'single' as l } from 'l';
import { if as m, class as n, of, as, get, set } from 'kw';
import { as as as2 } from 'as';
import from from 'from';
import { async, await as await2, static as s } from 'x';
import * as from2 from 'y';
import
  multi,
  { line }
  from
  'z';
import o from 'o'
import p from 'p';
a(b, cc, d, ee, f, g, h, i, ins, j, k, l, m, n, o, p);
