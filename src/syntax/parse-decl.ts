// Parsing of modules: package, imports, using, classes, interfaces, enums, abstracts, typedefs and
// module-level fields.
// Takes: a ParserState at the start of a file (or of a `macro class` reification). Gives: Module / Decl.
// Invariant: each declaration and each class field is a recovery point: after a syntax error we skip
// to the next token at nesting depth 0 that can start a declaration (or a field), always moving on.

import type { ComplexType, Decl, EnumCtor, Field, FieldKind, FuncArg, Meta, Module, TypePath } from './ast.js';
import { ExprFailure, parseExprAfter, parseFuncRest } from './parse-expr.js';
import { parseComplexType, parseMetas, parseTypeParamDecls, parseTypePath } from './parse-type.js';
import { ParserState, SyntaxAbort } from './parser-state.js';
import { T, tokenText, type Token } from './token.js';

const FIELD_ACCESS = new Set(['public', 'private', 'static', 'override', 'dynamic', 'inline', 'macro', 'final', 'extern', 'abstract', 'overload']);
const DECL_START = new Set(['class', 'interface', 'enum', 'abstract', 'typedef', 'import', 'using', 'private', 'extern', 'final', 'function', 'var', 'package']);

export function parseModule(p: ParserState): Module {
  const pack: string[] = [];
  const decls: Decl[] = [];
  try {
    if (p.isKwd('package')) {
      p.next();
      // Haxe's parse_package: lowercase names (or `macro`, `extern`, `function`) joined by dots.
      if (isPackagePart(p.tok)) {
        for (;;) {
          pack.push(p.next().value);
          if (!p.accept(T.Dot)) break;
          if (!isPackagePart(p.tok)) p.unexpected();
        }
      } else if (p.is(T.Ident)) p.fail('parse.custom', p.tok, ['Package name must start with a lowercase character']);
      semicolon(p);
    }
  } catch (err) {
    if (!(err instanceof SyntaxAbort)) throw err;
    recoverDecl(p, 0);
  }
  while (!p.is(T.Eof)) {
    const at = p.i;
    try {
      const d = parseDecl(p);
      if (d) decls.push(d);
    } catch (err) {
      // A failure to start an expression is always turned into a diagnostic before it gets here;
      // should one slip through, it is Haxe's top-level "Unexpected", never an exception.
      if (err instanceof ExprFailure) p.report('parse.unexpected', [tokenText(p.tok)]);
      else if (!(err instanceof SyntaxAbort)) throw err;
      p.depth = 0;
      recoverDecl(p, at);
    }
  }
  return { path: p.file.path, pack, decls };
}

function semicolon(p: ParserState): void {
  if (!p.accept(T.Semicolon)) p.fail('parse.missing-semicolon', p.tok);
}

/** Haxe's is_lower_ident: the first letter after any leading `_` is lowercase (or there is none). */
export function isLowerIdent(name: string): boolean {
  let i = 0;
  while (name.charCodeAt(i) === 95) i++;
  if (i === name.length) return true;
  const c = name.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** A package part after `package`, or after a dot in an import: a lowercase name or one of three keywords. */
function isPackagePart(t: Token): boolean {
  return (t.t === T.Ident && isLowerIdent(t.value)) || isPathKeyword(t);
}

function isPathKeyword(t: Token): boolean {
  return t.t === T.Kwd && (t.value === 'macro' || t.value === 'extern' || t.value === 'function');
}

function recoverDecl(p: ParserState, at: number): void {
  if (p.i === at) p.next();
  let depth = 0;
  for (;;) {
    const t = p.tok;
    if (t.t === T.Eof) return;
    if (depth === 0 && (t.t === T.At || (t.t === T.Kwd && DECL_START.has(t.value)))) return;
    if (t.t === T.BrOpen || t.t === T.POpen || t.t === T.BkOpen) depth++;
    else if (t.t === T.BrClose || t.t === T.PClose || t.t === T.BkClose) depth = Math.max(0, depth - 1);
    p.next();
  }
}

/** One module-level declaration; stray `;` between declarations is skipped as Haxe does. */
function parseDecl(p: ParserState): Decl | undefined {
  if (p.accept(T.Semicolon)) return undefined;
  const first = p.tok;
  const doc = first.doc;
  const meta = parseMetas(p);
  const t = p.tok;
  if (t.t === T.Kwd && t.value === 'import') return parseImport(p, meta.length ? first.start : t.start);
  if (t.t === T.Kwd && t.value === 'using') return parseUsing(p, t.start);
  const flags: string[] = [];
  const access: string[] = [];
  for (;;) {
    const k = p.tok;
    if (k.t !== T.Kwd) break;
    if (k.value === 'private' || k.value === 'extern' || k.value === 'final') {
      p.next();
      flags.push(k.value);
      access.push(k.value);
      continue;
    }
    if (k.value === 'abstract' && p.peek().t === T.Kwd && p.peek().value === 'class') {
      p.next();
      flags.push('abstract');
      continue;
    }
    if ((k.value === 'inline' || k.value === 'macro' || k.value === 'dynamic' || k.value === 'static' || k.value === 'public' || k.value === 'overload') && p.peek().t === T.Kwd) {
      p.next();
      access.push(k.value);
      continue;
    }
    break;
  }
  return parseDeclBody(p, first.start, doc, meta, flags, access);
}

function parseDeclBody(p: ParserState, start: number, doc: string | undefined, meta: Meta[], flags: string[], access: string[]): Decl {
  const t = p.tok;
  if (t.t === T.Kwd) {
    switch (t.value) {
      case 'class':
      case 'interface':
        return parseClass(p, start, doc, meta, flags);
      case 'enum':
        if (p.peek().t === T.Kwd && p.peek().value === 'abstract') {
          p.next();
          return parseAbstract(p, start, doc, meta, flags, true);
        }
        return parseEnum(p, start, doc, meta, flags);
      case 'abstract':
        return parseAbstract(p, start, doc, meta, flags, false);
      case 'typedef':
        return parseTypedef(p, start, doc, meta, flags);
      case 'function':
      case 'var':
      case 'final': {
        // Module-level fields (Haxe 4.2).
        const field = parseFieldAfterAccess(p, start, doc, meta, access);
        return { kind: 'DField', field, pos: start, end: field.end };
      }
    }
  }
  if (t.t === T.Ident && access.includes('final') && p.peek().t !== T.Eof) {
    // `final x = 1;` at module level: the `final` keyword was taken as a flag.
    const field = parseVarField(p, start, doc, meta, access);
    return { kind: 'DField', field, pos: start, end: field.end };
  }
  return p.unexpected();
}

/**
 * `import a.b.C;`, `import a.b.*;`, `import a.b.C as D;` (or `in D`), with Haxe's messages: a first
 * part that is no identifier is "Expected identifier"; after a dot, a bad part is Haxe's `semicolon`
 * check ("Missing ;") unless it is `;`, after which "Expected identifier" points past it; anything
 * else after a part is "Expected . or ; or as".
 */
function parseImport(p: ParserState, start: number): Decl {
  p.next();
  if (!p.is(T.Ident)) p.expectedOneOf(['identifier']);
  const path = [p.next().value];
  let star = false;
  let alias: string | undefined;
  for (;;) {
    if (p.accept(T.Dot)) {
      const t = p.tok;
      if (t.t === T.Ident || isPathKeyword(t)) {
        path.push(p.next().value);
        continue;
      }
      if (t.t === T.Op && t.value === '*') {
        p.next();
        p.must(T.Semicolon);
        star = true;
        break;
      }
      semicolon(p);
      p.expectedOneOf(['identifier']);
    }
    if (p.accept(T.Semicolon)) break;
    if (p.isKwd('in') || (p.is(T.Ident) && p.tok.value === 'as')) {
      p.next();
      alias = p.must(T.Ident).value;
      p.must(T.Semicolon);
      break;
    }
    p.expectedOneOf(['.', ';', 'as']);
  }
  return { kind: 'DImport', path, all: star, alias, pos: start, end: p.lastEnd };
}

/** `using a.b.C;`: "Expected identifier" for a bad part, "Expected . or ;" after a part. */
function parseUsing(p: ParserState, start: number): Decl {
  p.next();
  if (!p.is(T.Ident)) p.expectedOneOf(['identifier']);
  const path = [p.next().value];
  for (;;) {
    if (p.accept(T.Dot)) {
      const t = p.tok;
      if (t.t !== T.Ident && !isPathKeyword(t)) p.expectedOneOf(['identifier']);
      path.push(p.next().value);
      continue;
    }
    if (p.accept(T.Semicolon)) break;
    p.expectedOneOf(['.', ';']);
  }
  return { kind: 'DUsing', path, pos: start, end: p.lastEnd };
}

function declName(p: ParserState): Token {
  const t = p.tok;
  if (t.t === T.Ident || t.t === T.Dollar) return p.next();
  return p.unexpected();
}

function parseClass(p: ParserState, start: number, doc: string | undefined, meta: Meta[], flags: string[]): Decl {
  const isInterface = p.next().value === 'interface';
  const name = declName(p);
  const params = parseTypeParamDecls(p);
  const ext: TypePath[] = [];
  const impl: TypePath[] = [];
  for (;;) {
    // As in Haxe, each parent has its own keyword: `implements A, B` and `extends A, B` do not parse.
    if (p.acceptKwd('extends')) {
      ext.push(parseTypePath(p));
      continue;
    }
    if (p.acceptKwd('implements')) {
      impl.push(parseTypePath(p));
      continue;
    }
    if (!p.is(T.BrOpen)) p.expectedOneOf(['extends', 'implements', '{']);
    break;
  }
  const fields = parseClassBody(p);
  return { kind: 'DClass', isInterface, extends: ext, implements: impl, fields, name: nameOf(name), namePos: name.start, doc, meta, params, flags, pos: start, end: p.lastEnd };
}

function nameOf(t: Token): string {
  return t.t === T.Dollar ? '$' + t.value : t.value;
}

/** `{ field* }` with per-field recovery. */
function parseClassBody(p: ParserState): Field[] {
  p.expect(T.BrOpen, '{');
  const fields: Field[] = [];
  while (!p.is(T.BrClose)) {
    if (p.is(T.Eof)) p.expectedOneOf(['}']);
    // A stray `;` after a field (`function f() {};`) is accepted, as Haxe does.
    if (p.accept(T.Semicolon)) continue;
    const at = p.i;
    try {
      if (p.is(T.At)) {
        // Metadata that no field follows is dropped by Haxe, without an error.
        parseMetas(p);
        if (p.is(T.BrClose)) continue;
        p.i = at;
      }
      fields.push(parseClassField(p));
    } catch (err) {
      if (!(err instanceof SyntaxAbort)) throw err;
      p.depth = 0;
      recoverField(p, at);
    }
  }
  p.next();
  return fields;
}

function recoverField(p: ParserState, at: number): void {
  if (p.i === at) p.next();
  let depth = 0;
  for (;;) {
    const t = p.tok;
    if (t.t === T.Eof) return;
    if (depth === 0) {
      if (t.t === T.BrClose || t.t === T.At) return;
      if (t.t === T.Kwd && (FIELD_ACCESS.has(t.value) || t.value === 'var' || t.value === 'function')) return;
    }
    if (t.t === T.BrOpen || t.t === T.POpen || t.t === T.BkOpen) depth++;
    else if (t.t === T.BrClose) depth--;
    // A stray `)` or `]` (the rest of a broken header) is skipped, not taken for the end of the body.
    else if (t.t === T.PClose || t.t === T.BkClose) depth = Math.max(0, depth - 1);
    p.next();
    if (depth < 0) return;
  }
}

/** After a broken enum constructor: past the next `;` at depth 0, or up to the closing `}`. */
function recoverCtor(p: ParserState, at: number): void {
  if (p.i === at) p.next();
  let depth = 0;
  for (;;) {
    const t = p.tok;
    if (t.t === T.Eof || (depth === 0 && t.t === T.BrClose)) return;
    if (t.t === T.BrOpen || t.t === T.POpen || t.t === T.BkOpen) depth++;
    else if (t.t === T.BrClose || t.t === T.PClose || t.t === T.BkClose) depth = Math.max(0, depth - 1);
    p.next();
    if (depth === 0 && t.t === T.Semicolon) return;
  }
}

/** A class (or class-notation structure) field: metadata, access keywords, then var/final/function. */
export function parseClassField(p: ParserState): Field {
  const first = p.tok;
  const doc = first.doc;
  const meta = parseMetas(p);
  const access: string[] = [];
  while (p.tok.t === T.Kwd && FIELD_ACCESS.has(p.tok.value)) {
    const k = p.tok;
    // `final` directly before a name is a final variable field, not a modifier.
    if (k.value === 'final' && p.peek().t !== T.Kwd) break;
    access.push(p.next().value);
  }
  return parseFieldAfterAccess(p, first.start, doc, meta, access);
}

function parseFieldAfterAccess(p: ParserState, start: number, doc: string | undefined, meta: Meta[], access: string[]): Field {
  const t = p.tok;
  if (t.t === T.Kwd && t.value === 'var') {
    p.next();
    return parseVarField(p, start, doc, meta, access);
  }
  if (t.t === T.Kwd && t.value === 'final') {
    p.next();
    if (!access.includes('final')) access.push('final');
    return parseVarField(p, start, doc, meta, access);
  }
  if (t.t === T.Kwd && t.value === 'function') {
    p.next();
    const n = p.tok;
    let name: string;
    if (n.t === T.Ident || n.t === T.Dollar) name = nameOf(p.next());
    else if (n.t === T.Kwd && n.value === 'new') name = p.next().value;
    else return p.unexpected();
    const func = parseFuncRest(p, false);
    if (func.body && func.body.kind !== 'EBlock') {
      if (!p.accept(T.Semicolon) && p.prev.t !== T.BrClose) p.fail('parse.missing-semicolon', p.tok);
    }
    const decl: FieldKind = { kind: 'FFun', func };
    return { name, namePos: n.start, doc, meta, access, decl, pos: start, end: p.lastEnd };
  }
  if (access.includes('final') && (t.t === T.Ident || t.t === T.Dollar)) return parseVarField(p, start, doc, meta, access);
  // Haxe: with no access keyword the field list simply ends here and `}` is wanted; after one, the
  // token is unexpected.
  if (access.length > 0) return p.unexpected();
  return p.expectedOneOf(['}']);
}

/** After `var`/`final`: `name(get, set):Type = expr;`. */
function parseVarField(p: ParserState, start: number, doc: string | undefined, meta: Meta[], access: string[]): Field {
  // `var ?x:T` marks an optional field in class-notation structures.
  const q = p.accept(T.Question);
  if (q) meta.push({ name: ':optional', args: [], pos: q.start, end: q.end });
  const n = p.ident();
  let get: string | undefined;
  let set: string | undefined;
  if (p.is(T.POpen)) {
    p.next();
    get = accessorName(p);
    p.must(T.Comma);
    set = accessorName(p);
    p.must(T.PClose);
  }
  let type: ComplexType | undefined;
  if (p.accept(T.DblDot)) type = parseComplexType(p);
  let expr;
  if (p.isOp('=')) {
    p.next();
    expr = parseExprAfter(p);
  }
  semicolonAfterField(p);
  const decl: FieldKind = get !== undefined ? { kind: 'FProp', get, set: set!, type, expr } : { kind: 'FVar', type, expr };
  return { name: nameOf(n), namePos: n.start, doc, meta, access, decl, pos: start, end: p.lastEnd };
}

function semicolonAfterField(p: ParserState): void {
  if (p.accept(T.Semicolon)) return;
  if (p.prev.t === T.BrClose) return;
  p.fail('parse.missing-semicolon', p.tok);
}

function accessorName(p: ParserState): string {
  const t = p.tok;
  if (t.t === T.Ident || t.t === T.Kwd) return p.next().value;
  return p.unexpected();
}

function parseEnum(p: ParserState, start: number, doc: string | undefined, meta: Meta[], flags: string[]): Decl {
  p.next();
  const name = declName(p);
  const params = parseTypeParamDecls(p);
  p.must(T.BrOpen);
  const ctors: EnumCtor[] = [];
  while (!p.is(T.BrClose)) {
    if (p.is(T.Eof)) p.unexpected();
    const at = p.i;
    try {
      ctors.push(parseEnumCtor(p));
    } catch (err) {
      if (!(err instanceof SyntaxAbort)) throw err;
      p.depth = 0;
      recoverCtor(p, at);
    }
  }
  p.next();
  return { kind: 'DEnum', ctors, name: nameOf(name), namePos: name.start, doc, meta, params, flags, pos: start, end: p.lastEnd };
}

function parseEnumCtor(p: ParserState): EnumCtor {
  const first = p.tok;
  const doc = first.doc;
  const meta = parseMetas(p);
  const n = declName(p);
  const params = parseTypeParamDecls(p);
  let args: FuncArg[] | undefined;
  if (p.accept(T.POpen)) {
    args = [];
    if (!p.accept(T.PClose)) {
      for (;;) {
        args.push(parseEnumArg(p));
        if (p.accept(T.Comma)) continue;
        p.must(T.PClose);
        break;
      }
    }
  }
  let type: ComplexType | undefined;
  if (p.accept(T.DblDot)) type = parseComplexType(p);
  semicolon(p);
  return { name: nameOf(n), doc, meta, params, args, type, pos: first.start, end: p.lastEnd };
}

/** `name:Type` or `?name:Type`: Haxe's enum constructor arguments always carry a type. */
function parseEnumArg(p: ParserState): FuncArg {
  const start = p.tok.start;
  const opt = p.accept(T.Question) !== undefined;
  const n = p.ident();
  p.must(T.DblDot);
  const type = parseComplexType(p);
  return { name: nameOf(n), meta: [], opt, rest: false, type, value: undefined, pos: start, end: p.lastEnd };
}

function parseAbstract(p: ParserState, start: number, doc: string | undefined, meta: Meta[], flags: string[], isEnum: boolean): Decl {
  p.next();
  const name = declName(p);
  const params = parseTypeParamDecls(p);
  let underlying: ComplexType | undefined;
  if (p.accept(T.POpen)) {
    underlying = parseComplexType(p);
    p.must(T.PClose);
  }
  const from: ComplexType[] = [];
  const to: ComplexType[] = [];
  for (;;) {
    if (p.is(T.Ident) && p.tok.value === 'from') {
      p.next();
      from.push(parseComplexType(p));
      continue;
    }
    if (p.is(T.Ident) && p.tok.value === 'to') {
      p.next();
      to.push(parseComplexType(p));
      continue;
    }
    if (!p.is(T.BrOpen)) p.expectedOneOf(['{', 'to', 'from']);
    break;
  }
  const fields = parseClassBody(p);
  return { kind: 'DAbstract', isEnum, underlying, from, to, fields, name: nameOf(name), namePos: name.start, doc, meta, params, flags, pos: start, end: p.lastEnd };
}

function parseTypedef(p: ParserState, start: number, doc: string | undefined, meta: Meta[], flags: string[]): Decl {
  p.next();
  const name = declName(p);
  const params = parseTypeParamDecls(p);
  if (!p.isOp('=')) p.unexpected();
  p.next();
  const type = parseComplexType(p);
  p.accept(T.Semicolon);
  return { kind: 'DTypedef', type, name: nameOf(name), namePos: name.start, doc, meta, params, flags, pos: start, end: p.lastEnd };
}

/** `macro class X {}` and friends inside expressions. */
export function parseClassOrDeclInMacro(p: ParserState): Decl {
  const d = parseDecl(p);
  return d ?? p.unexpected();
}
