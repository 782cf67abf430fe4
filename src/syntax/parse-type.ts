// Parsing of syntactic types, type paths, type parameter declarations and metadata.
// Takes: a ParserState positioned at the construct. Gives: ComplexType, TypePath, TypeParamDecl, Meta.
// Invariant: `>` tokens are single characters, so `Array<Array<Int>>` closes naturally; a package part
// is a lowercase identifier (or keyword such as `macro`) followed by a dot, as in Haxe.

import type { ComplexType, Expr, Field, Meta, TypeParam, TypeParamDecl, TypePath } from './ast.js';
import { parseClassField } from './parse-decl.js';
import { parseArrayDecl, parseExpr, parseExprAfter, parseExprOpt } from './parse-expr.js';
import type { ParserState } from './parser-state.js';
import { T, type Token } from './token.js';

/** Haxe's is_lower_ident: after any leading underscores, a lower-case letter (or nothing but `_`). */
function isLower(name: string): boolean {
  let i = 0;
  while (name.charCodeAt(i) === 95) i++;
  if (i === name.length) return true;
  const c = name.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c === 36 && i === 0); // a-z, and `$` reification names
}

/** Metadata list: `@name`, `@:name`, with arguments when `(` touches the name. */
export function parseMetas(p: ParserState): Meta[] {
  const out: Meta[] = [];
  while (p.is(T.At)) out.push(parseMeta(p));
  return out;
}

export function parseMeta(p: ParserState): Meta {
  const at = p.next();
  let name = '';
  // As in Haxe, the name touches `@` (or the `:` that touches `@`).
  if (p.is(T.DblDot) && p.tok.start === at.end) {
    p.next();
    name = ':';
  }
  const t = p.tok;
  if ((t.t === T.Ident || t.t === T.Kwd || t.t === T.Dollar) && t.start === p.prev.end) {
    p.next();
    name += t.t === T.Dollar ? '$' + t.value : t.value;
    while (p.is(T.Dot) && p.tok.start === p.prev.end && (p.peek().t === T.Ident || p.peek().t === T.Kwd)) {
      p.next();
      name += '.' + p.next().value;
    }
  } else p.unexpected();
  const args = [];
  if (p.is(T.POpen) && p.tok.start === p.prev.end) {
    p.next();
    // Haxe: `psep Comma expr`, then `)` or "Expected )".
    const first = parseExprOpt(p);
    if (first) {
      args.push(first);
      while (p.accept(T.Comma)) args.push(parseExprAfter(p));
    }
    p.expect(T.PClose, ')');
  }
  return { name, args, pos: at.start, end: p.lastEnd };
}

/** A dotted type path with optional parameters, e.g. `haxe.ds.Map<String, Int>` or `Mod.Sub`. */
export function parseTypePath(p: ParserState): TypePath {
  const start = p.tok.start;
  const pack: string[] = [];
  let name: string | undefined;
  for (;;) {
    const t = p.tok;
    if (t.t === T.Ident || t.t === T.Dollar || (t.t === T.Kwd && pack.length > 0) || (t.t === T.Kwd && p.peek().t === T.Dot)) {
      const text = t.t === T.Dollar ? '$' + t.value : t.value;
      if (isLower(text) && p.peek().t === T.Dot && t.t !== T.Dollar) {
        p.next();
        p.next();
        pack.push(text);
        continue;
      }
      if (t.t === T.Kwd) p.unexpected();
      if (t.t === T.Ident && isLower(text)) {
        // Haxe: a lowercase name is a package part, so `.` must follow.
        p.next();
        if (p.is(T.Semicolon)) p.failAt('parse.custom', t.start, t.end, ['Type name should start with an uppercase letter']);
        p.unexpected();
      }
      p.next();
      name = text;
      break;
    }
    p.unexpected();
  }
  let sub: string | undefined;
  if (p.is(T.Dot)) {
    // `Module.Sub`: Haxe wants an uppercase name after the dot.
    p.next();
    const s = p.tok;
    if (s.t !== T.Ident || isLower(s.value)) p.unexpected();
    sub = p.next().value;
  }
  const params: TypeParam[] = [];
  if (p.isOp('<')) {
    p.next();
    for (;;) {
      params.push(parseTypeParam(p));
      if (p.accept(T.Comma)) continue;
      if (p.isOp('>')) {
        p.next();
        break;
      }
      p.expectedOneOf(['>']);
    }
  }
  return { pack, name, params, sub, pos: start, end: p.lastEnd };
}

/**
 * A type argument, as Haxe's parse_type_path_or_const: a type, or a constant (`Foo<3>`, `Foo<"s">`,
 * `Foo<true>`, `Foo<-1>`, `Foo<~1>`) or array literal (`Foo<[1, 2]>`) with nothing after it, so that
 * the closing `>` is never read as an operator.
 */
function parseTypeParam(p: ParserState): TypeParam {
  const t = p.tok;
  const isConst = (k: Token) => k.t === T.Int || k.t === T.Float || k.t === T.String || k.t === T.Regex;
  let expr: Expr | undefined;
  if (t.t === T.BkOpen) expr = parseArrayDecl(p);
  else if (isConst(t) || (t.t === T.Kwd && (t.value === 'true' || t.value === 'false'))) expr = constExpr(p.next());
  else if (t.t === T.Op && (t.value === '-' || t.value === '!' || t.value === '~' || t.value === '++' || t.value === '--')) {
    if (!isConst(p.peek())) p.unexpected();
    p.next();
    const c = constExpr(p.next());
    if (t.value === '-' && (c.kind === 'EInt' || c.kind === 'EFloat')) expr = { ...c, value: c.value.startsWith('-') ? c.value.slice(1) : '-' + c.value, pos: t.start };
    else expr = { kind: 'EUnop', op: t.value, postfix: false, e: c, pos: t.start, end: c.end };
  }
  if (expr) return { kind: 'TPExpr', expr, pos: expr.pos, end: expr.end };
  return parseComplexType(p);
}

function constExpr(t: Token): Expr {
  switch (t.t) {
    case T.Int: return { kind: 'EInt', value: t.value, pos: t.start, end: t.end };
    case T.Float: return { kind: 'EFloat', value: t.value, pos: t.start, end: t.end };
    case T.Regex: return { kind: 'ERegex', pattern: t.value, flags: t.flags ?? '', pos: t.start, end: t.end };
    case T.String: return { kind: 'EString', value: t.value, single: t.single === true, pos: t.start, end: t.end };
    default: return { kind: 'EIdent', name: t.value, pos: t.start, end: t.end };
  }
}

/**
 * A full type, as Haxe's parse_complex_type_maybe_named. A parenthesised list that is empty, holds
 * one named argument or several types is a new-style function type `(a:A, B) -> R`, whose return type
 * is a single atom (`() -> A -> B` does not parse); one unnamed type in parentheses is `CTParent`,
 * which may go on as an old-style function: `(A) -> B -> C` takes two arguments.
 */
export function parseComplexType(p: ParserState, allowNamed = false): ComplexType {
  p.enter();
  try {
    if (p.is(T.POpen)) {
      const start = p.next().start;
      const args: ComplexType[] = [];
      if (!p.is(T.PClose)) {
        for (;;) {
          args.push(parseComplexType(p, true));
          if (!p.accept(T.Comma)) break;
        }
      }
      p.must(T.PClose);
      if (args.length === 1 && args[0]!.kind !== 'CTNamed') {
        return parseTypeNext(p, { kind: 'CTParent', type: args[0]!, pos: start, end: p.lastEnd });
      }
      p.must(T.Arrow);
      const ret = parseTypeAtom(p, false);
      return { kind: 'CTFunction', args, ret, arrow: 'new', pos: start, end: ret.end };
    }
    return parseTypeNext(p, parseTypeAtom(p, allowNamed));
  } finally {
    p.leave();
  }
}

/**
 * After a type, Haxe's parse_complex_type_next: `-> R` makes a function whose arguments gather
 * those of a function type R (`A -> B -> C` and `A -> (b:B) -> C` both take two), and `& R` an
 * intersection that gathers R's members; R is a full type both times, so `A & B -> C` is
 * `A & (B -> C)` and `A -> B & C` is `A -> (B & C)`.
 */
function parseTypeNext(p: ParserState, t: ComplexType): ComplexType {
  if (p.is(T.Arrow)) {
    p.next();
    const ret = parseComplexType(p);
    if (ret.kind === 'CTFunction') {
      return { kind: 'CTFunction', args: [t, ...ret.args], ret: ret.ret, arrow: 'old', pos: t.pos, end: ret.end };
    }
    return { kind: 'CTFunction', args: [t], ret, arrow: 'old', pos: t.pos, end: ret.end };
  }
  if (p.isOp('&')) {
    p.next();
    const rest = parseComplexType(p);
    const types = rest.kind === 'CTIntersection' ? [t, ...rest.types] : [t, rest];
    return { kind: 'CTIntersection', types, pos: t.pos, end: rest.end };
  }
  return t;
}

/** Haxe's parse_complex_type_inner: one type with nothing after it (`(T)` holds a single full type). */
function parseTypeAtom(p: ParserState, allowNamed: boolean): ComplexType {
  const start = p.tok.start;
  switch (p.tok.t) {
    case T.POpen: {
      p.next();
      const type = parseComplexType(p);
      p.must(T.PClose);
      return { kind: 'CTParent', type, pos: start, end: p.lastEnd };
    }
    case T.BrOpen:
      return parseAnonType(p);
    case T.Question: {
      p.next();
      const type = parseTypeAtom(p, allowNamed);
      return { kind: 'CTOptional', type, pos: start, end: type.end };
    }
    case T.Ident:
    case T.Dollar:
    case T.Kwd: {
      if (allowNamed && (p.tok.t === T.Ident || p.tok.t === T.Dollar) && p.peek().t === T.DblDot) {
        const n = p.next();
        const name = n.t === T.Dollar ? '$' + n.value : n.value;
        p.next();
        const type = parseComplexType(p);
        return { kind: 'CTNamed', name, type, pos: start, end: type.end };
      }
      const path = parseTypePath(p);
      return { kind: 'CTPath', path, pos: path.pos, end: path.end };
    }
    default:
      return p.unexpected();
  }
}

/**
 * `{ x:Int, ?y:String }`, `{ var x:Int; }`, `{ > A, > B, x:Int }`, as Haxe's parse_complex_type_inner:
 * a structure whose first token is `?` or a name has short fields (no metadata, `,` between them, one
 * trailing `,` allowed); otherwise, after any `> Path,` extensions (each needs its comma), the fields
 * are in class notation up to `}`.
 */
function parseAnonType(p: ParserState): ComplexType {
  const start = p.next().start;
  const paths: TypePath[] = [];
  while (p.isOp('>')) {
    p.next();
    paths.push(parseTypePath(p));
    p.expect(T.Comma, ',');
  }
  const fields: Field[] = [];
  if (p.is(T.Question) || p.is(T.Ident) || p.is(T.Dollar)) {
    for (;;) {
      fields.push(parseShortField(p));
      if (p.accept(T.BrClose)) break;
      if (!p.accept(T.Comma)) p.expectedOneOf([',', '}']);
      if (p.accept(T.BrClose)) break;
      if (!p.is(T.Question) && !p.is(T.Ident) && !p.is(T.Dollar)) p.unexpected();
    }
  } else {
    while (!p.is(T.BrClose)) {
      if (p.is(T.Eof)) p.expectedOneOf(['}']);
      fields.push(parseClassField(p));
    }
    p.next();
  }
  return paths.length > 0 ? { kind: 'CTExtend', paths, fields, pos: start, end: p.lastEnd } : { kind: 'CTAnonymous', fields, pos: start, end: p.lastEnd };
}

/** `name:Type` or `?name:Type` (the `?` becomes `@:optional`); the name is an identifier or `$name`. */
function parseShortField(p: ParserState): Field {
  const start = p.tok.start;
  const doc = p.tok.doc;
  const meta: Meta[] = [];
  const access: string[] = [];
  if (p.accept(T.Question)) meta.push({ name: ':optional', args: [], pos: p.prev.start, end: p.prev.end });
  const nameTok = p.ident();
  const name = nameTok.t === T.Dollar ? '$' + nameTok.value : nameTok.value;
  p.must(T.DblDot);
  const type = parseComplexType(p);
  return { name, namePos: nameTok.start, doc, meta, access, decl: { kind: 'FVar', type, expr: undefined }, pos: start, end: p.lastEnd };
}

/**
 * `<T, U:Constraint, V:(A & B), @:const W, X = Default>`; the current token is `<`. As in Haxe 4.2 the
 * constraint is one type, and `V:(C)` is `C` itself: the parentheses hold one full type and nothing
 * may follow them (`T:(A, B)` and `T:(A)->B` do not parse). An intersection constraint is given as
 * the list of its members, as Haxe's typer splits it. Defaults (`X = Default`) are Haxe 4.3 syntax.
 */
export function parseTypeParamDecls(p: ParserState): TypeParamDecl[] {
  if (!p.isOp('<')) return [];
  p.next();
  const out: TypeParamDecl[] = [];
  for (;;) {
    const start = p.tok.start;
    const meta = parseMetas(p);
    // Haxe: `<` followed by no parameter at all is "Expected type parameter".
    if (out.length === 0 && meta.length === 0 && !p.is(T.Ident) && !p.is(T.Dollar)) p.expectedOneOf(['type parameter']);
    const name = p.ident();
    const params = parseTypeParamDecls(p);
    const constraints: ComplexType[] = [];
    let def: ComplexType | undefined;
    if (p.accept(T.DblDot)) {
      let c: ComplexType;
      if (p.accept(T.POpen)) {
        c = parseComplexType(p);
        p.must(T.PClose);
      } else c = parseComplexType(p);
      if (c.kind === 'CTIntersection') constraints.push(...c.types);
      else constraints.push(c);
    }
    if (p.isOp('=')) {
      p.next();
      def = parseComplexType(p);
    }
    out.push({ name: name.t === T.Dollar ? '$' + name.value : name.value, meta, params, constraints, default: def, pos: start, end: p.lastEnd });
    if (p.accept(T.Comma)) continue;
    if (p.isOp('>')) {
      p.next();
      break;
    }
    p.unexpected();
  }
  return out;
}

