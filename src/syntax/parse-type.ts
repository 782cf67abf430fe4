// Parsing of syntactic types, type paths, type parameter declarations and metadata.
// Takes: a ParserState positioned at the construct. Gives: ComplexType, TypePath, TypeParamDecl, Meta.
// Invariant: `>` tokens are single characters, so `Array<Array<Int>>` closes naturally; a package part
// is a lowercase identifier (or keyword such as `macro`) followed by a dot, as in Haxe.

import type { ComplexType, Expr, Field, Meta, TypeParam, TypeParamDecl, TypePath } from './ast.js';
import { parseClassField } from './parse-decl.js';
import { parseExpr } from './parse-expr.js';
import type { ParserState } from './parser-state.js';
import { T } from './token.js';

function isLower(name: string): boolean {
  const c = name.charCodeAt(0);
  return (c >= 97 && c <= 122) || c === 95 || c === 36; // a-z, _ and `$` reification names
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
  if (p.is(T.DblDot)) {
    p.next();
    name = ':';
  }
  const t = p.tok;
  if (t.t === T.Ident || t.t === T.Kwd || t.t === T.Dollar) {
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
    if (!p.accept(T.PClose)) {
      for (;;) {
        args.push(parseExpr(p));
        if (p.accept(T.Comma)) continue;
        if (p.accept(T.PClose)) break;
        p.expectedOneOf([')', ',']);
      }
    }
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
      p.next();
      name = text;
      break;
    }
    p.unexpected();
  }
  let sub: string | undefined;
  if (p.is(T.Dot) && p.peek().t === T.Ident) {
    p.next();
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
      p.expectedOneOf(['>', ',']);
    }
  }
  return { pack, name, params, sub, pos: start, end: p.lastEnd };
}

/** A type argument: a type, or a constant expression (`Foo<3>`, `Foo<"s">`, `Foo<[1]>`) as Haxe allows. */
function parseTypeParam(p: ParserState): TypeParam {
  const t = p.tok;
  if (t.t === T.Int || t.t === T.Float || t.t === T.String || t.t === T.BkOpen || (t.t === T.Op && t.value === '-')) {
    // Only a constant (or an array of them): a binary operator here would swallow the closing `>`.
    const expr = parseConstParam(p);
    return { kind: 'TPExpr', expr, pos: expr.pos, end: expr.end };
  }
  return parseComplexType(p);
}

function parseConstParam(p: ParserState): Expr {
  const t = p.tok;
  if (t.t === T.Op && t.value === '-') {
    p.next();
    const n = p.tok;
    if (n.t !== T.Int && n.t !== T.Float) p.unexpected();
    p.next();
    return { kind: n.t === T.Int ? 'EInt' : 'EFloat', value: '-' + n.value, pos: t.start, end: n.end };
  }
  if (t.t === T.BkOpen) return parseExpr(p);
  p.next();
  if (t.t === T.Int) return { kind: 'EInt', value: t.value, pos: t.start, end: t.end };
  if (t.t === T.Float) return { kind: 'EFloat', value: t.value, pos: t.start, end: t.end };
  return { kind: 'EString', value: t.value, single: t.single === true, pos: t.start, end: t.end };
}

/** A full type: handles old-style `A -> B` functions and `A & B` intersections after the first part. */
export function parseComplexType(p: ParserState, allowNamed = false): ComplexType {
  p.enter();
  try {
    const first = parseTypeAtom(p, allowNamed);
    return parseTypeNext(p, first);
  } finally {
    p.leave();
  }
}

function parseTypeNext(p: ParserState, t: ComplexType): ComplexType {
  if (p.is(T.Arrow)) {
    p.next();
    const ret = parseComplexType(p);
    // Old-style functions are right-associative: gather `A -> B -> C` into args [A, B], ret C.
    if (ret.kind === 'CTFunction' && ret.arrow === 'old') {
      return { kind: 'CTFunction', args: [t, ...ret.args], ret: ret.ret, arrow: 'old', pos: t.pos, end: ret.end };
    }
    return { kind: 'CTFunction', args: [t], ret, arrow: 'old', pos: t.pos, end: ret.end };
  }
  if (p.isOp('&')) {
    const types = [t];
    while (p.isOp('&')) {
      p.next();
      types.push(parseTypeAtom(p, false));
    }
    const inter: ComplexType = { kind: 'CTIntersection', types, pos: t.pos, end: p.lastEnd };
    return parseTypeNext(p, inter);
  }
  return t;
}

function parseTypeAtom(p: ParserState, allowNamed: boolean): ComplexType {
  const start = p.tok.start;
  switch (p.tok.t) {
    case T.POpen:
      return parseParenType(p);
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
        const name = p.next().value;
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

/** `(T)`, `() -> R`, `(A, B) -> R`, `(name:A, ?opt:B) -> R`. */
function parseParenType(p: ParserState): ComplexType {
  const start = p.next().start;
  const args: ComplexType[] = [];
  if (!p.is(T.PClose)) {
    for (;;) {
      const t = parseNamedArgType(p);
      args.push(t);
      if (p.accept(T.Comma)) continue;
      if (p.is(T.PClose)) break;
      p.expectedOneOf([')', ',']);
    }
  }
  p.next();
  if (p.is(T.Arrow)) {
    p.next();
    const ret = parseComplexType(p);
    return { kind: 'CTFunction', args, ret, arrow: 'new', pos: start, end: ret.end };
  }
  if (args.length === 1 && args[0]!.kind !== 'CTNamed') {
    return { kind: 'CTParent', type: args[0]!, pos: start, end: p.lastEnd };
  }
  return p.unexpected();
}

function parseNamedArgType(p: ParserState): ComplexType {
  if (p.is(T.Question) && (p.peek().t === T.Ident || p.peek().t === T.Dollar) && p.peek(2).t === T.DblDot) {
    const start = p.next().start;
    const type = parseComplexType(p, true);
    return { kind: 'CTOptional', type, pos: start, end: type.end };
  }
  return parseComplexType(p, true);
}

/** `{ x:Int, ?y:String }`, `{ var x:Int; }`, `{ > A, > B, x:Int }`. */
function parseAnonType(p: ParserState): ComplexType {
  const start = p.next().start;
  const paths: TypePath[] = [];
  let extend = false;
  while (p.isOp('>')) {
    extend = true;
    p.next();
    paths.push(parseTypePath(p));
    if (p.accept(T.Comma)) continue;
    if (p.is(T.BrClose)) break;
    // `{ > A & B }`-free Haxe: after an extension the field list starts.
    break;
  }
  const fields: Field[] = [];
  if (p.is(T.BrClose)) {
    p.next();
    return extend ? { kind: 'CTExtend', paths, fields, pos: start, end: p.lastEnd } : { kind: 'CTAnonymous', fields, pos: start, end: p.lastEnd };
  }
  const t = p.tok;
  const classNotation = (t.t === T.Kwd && ['var', 'final', 'function', 'public', 'private', 'static', 'dynamic', 'inline', 'override', 'macro', 'extern'].includes(t.value)) || t.t === T.At && !isShortField(p);
  if (classNotation) {
    while (!p.is(T.BrClose)) {
      if (p.is(T.Eof)) p.expectedOneOf(['}']);
      fields.push(parseClassField(p));
    }
    p.next();
  } else {
    for (;;) {
      fields.push(parseShortField(p));
      if (p.accept(T.Comma)) {
        if (p.is(T.BrClose)) {
          p.next();
          break;
        }
        continue;
      }
      if (p.accept(T.BrClose)) break;
      p.expectedOneOf([',', '}']);
    }
  }
  return extend ? { kind: 'CTExtend', paths, fields, pos: start, end: p.lastEnd } : { kind: 'CTAnonymous', fields, pos: start, end: p.lastEnd };
}

/** After leading metadata, is the anonymous field in short `name:Type` form? */
function isShortField(p: ParserState): boolean {
  let j = p.i;
  const toks = p.toks;
  while (toks[j]?.t === T.At) {
    j++;
    if (toks[j]?.t === T.DblDot) j++;
    j++;
    if (toks[j]?.t === T.POpen) {
      let depth = 0;
      do {
        const k = toks[j]!.t;
        if (k === T.POpen) depth++;
        else if (k === T.PClose) depth--;
        else if (k === T.Eof) return true;
        j++;
      } while (depth > 0);
    }
  }
  const k = toks[j];
  return !(k && k.t === T.Kwd && ['var', 'final', 'function', 'public', 'private', 'static', 'dynamic', 'inline', 'override'].includes(k.value));
}

function parseShortField(p: ParserState): Field {
  const start = p.tok.start;
  const doc = p.tok.doc;
  const meta = parseMetas(p);
  const access: string[] = [];
  if (p.accept(T.Question)) meta.push({ name: ':optional', args: [], pos: p.prev.start, end: p.prev.end });
  const nameTok = p.tok;
  if (nameTok.t !== T.Ident && nameTok.t !== T.Dollar && nameTok.t !== T.String) {
    if (nameTok.t === T.Kwd) p.next();
    else p.unexpected();
  } else p.next();
  const name = nameTok.t === T.Dollar ? '$' + nameTok.value : nameTok.value;
  p.expect(T.DblDot, ':');
  const type = parseComplexType(p);
  return { name, namePos: nameTok.start, doc, meta, access, decl: { kind: 'FVar', type, expr: undefined }, pos: start, end: p.lastEnd };
}

/** `<T, U:Constraint, V:(A, B), @:const W, X = Default>`; the current token is `<`. */
export function parseTypeParamDecls(p: ParserState): TypeParamDecl[] {
  if (!p.isOp('<')) return [];
  p.next();
  const out: TypeParamDecl[] = [];
  for (;;) {
    const start = p.tok.start;
    const meta = parseMetas(p);
    const name = p.ident();
    const params = parseTypeParamDecls(p);
    const constraints: ComplexType[] = [];
    let def: ComplexType | undefined;
    if (p.accept(T.DblDot)) {
      if (p.is(T.POpen) && isConstraintList(p)) {
        p.next();
        for (;;) {
          constraints.push(parseComplexType(p));
          if (p.accept(T.Comma)) continue;
          p.expect(T.PClose, ')');
          break;
        }
      } else {
        const c = parseComplexType(p);
        if (c.kind === 'CTIntersection') constraints.push(...c.types);
        else constraints.push(c);
      }
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
    p.expectedOneOf(['>', ',']);
  }
  return out;
}

/** `T:(A, B)` lists several constraints; `T:(A)->B` is a single function-type constraint. */
function isConstraintList(p: ParserState): boolean {
  let j = p.i;
  let depth = 0;
  const toks = p.toks;
  do {
    const k = toks[j]!.t;
    if (k === T.POpen || k === T.BrOpen || k === T.BkOpen) depth++;
    else if (k === T.PClose || k === T.BrClose || k === T.BkClose) depth--;
    else if (k === T.Eof) return false;
    j++;
  } while (depth > 0);
  return toks[j]!.t !== T.Arrow;
}
