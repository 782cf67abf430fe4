// Parsing of expressions, blocks, local functions and string interpolation.
// Takes: a ParserState at the start of an expression. Gives: Expr nodes.
// Invariant: binary operators follow Haxe's parser exactly (parser.ml `precedence` and `make_binop`):
// lower level binds tighter; `%` is above `*`; `| & ^` are above comparisons; `...` is below them;
// a right-associative operator (`in`, `=>`, `=`, `op=`) takes the whole rest of the expression as its
// right operand, and a ternary found there is rotated out unless the operator is an assignment.
// `?:` sits between `=>` and `=`. Unary prefix operators bind tighter than any binary operator and
// postfix ones (`++ -- . [] () is`) tighter still.

import type { Case, Catch, Expr, Func, FuncArg, InterpPart, ObjectField, Span, VarDecl } from './ast.js';
import { parseClassOrDeclInMacro } from './parse-decl.js';
import { parseComplexType, parseMetas, parseTypeParamDecls, parseTypePath, parseMeta } from './parse-type.js';
import { ParserState, SyntaxAbort } from './parser-state.js';
import { T, type Token } from './token.js';

const BINOP_LEVEL: Record<string, number> = {
  '%': 1, '*': 2, '/': 2, '+': 3, '-': 3, '<<': 4, '>>': 4, '>>>': 4, '|': 5, '&': 5, '^': 5,
  '==': 6, '!=': 6, '>': 6, '<': 6, '>=': 6, '<=': 6, '...': 7, '&&': 8, '||': 9, '=>': 10,
  '=': 12, '+=': 12, '-=': 12, '*=': 12, '/=': 12, '%=': 12, '<<=': 12, '>>=': 12, '>>>=': 12,
  '|=': 12, '&=': 12, '^=': 12,
};
const TERNARY_LEVEL = 11;
const TOP_LEVEL = 12;

function isAssign(op: string): boolean {
  return BINOP_LEVEL[op] === 12;
}

function isRightAssoc(op: string): boolean {
  return op === 'in' || op === '=>' || isAssign(op);
}

/**
 * Read a binary operator at the cursor without consuming it. `>` tokens are joined here into
 * `>>`, `>>>`, `>=`, `>>=`, `>>>=` when adjacent. Returns the operator and how many tokens it spans.
 */
function peekBinop(p: ParserState): { op: string; n: number } | undefined {
  const t = p.tok;
  switch (t.t) {
    case T.Op: {
      if (t.value === '>') {
        let op = '>';
        let n = 1;
        let end = t.end;
        while (op.length < 3) {
          const k = p.peek(n);
          if (k.t === T.Op && k.value === '>' && k.start === end) {
            op += '>';
            n++;
            end = k.end;
          } else break;
        }
        const k = p.peek(n);
        if (k.t === T.Op && k.value === '=' && k.start === end) {
          op += '=';
          n++;
        }
        return { op, n };
      }
      if (t.value in BINOP_LEVEL) return { op: t.value, n: 1 };
      return undefined;
    }
    case T.Interval:
      return { op: '...', n: 1 };
    case T.Kwd:
      return t.value === 'in' ? { op: 'in', n: 1 } : undefined;
    default:
      return undefined;
  }
}

export function parseExpr(p: ParserState): Expr {
  return parseBinary(p, TOP_LEVEL);
}

function mk<E extends Expr>(e: E): E {
  return e;
}

function parseBinary(p: ParserState, limit: number): Expr {
  p.enter();
  let left = parseUnary(p);
  // Statement-like expressions (`{}`, `if`, `switch`, loops, `try`, local functions) end here, as in
  // Haxe: `if (c) {}` followed by `-x;` on the next line is two statements, not a subtraction.
  if (STATEMENT_LIKE.has(left.kind)) {
    p.leave();
    return left;
  }
  for (;;) {
    if (p.is(T.Question)) {
      if (TERNARY_LEVEL > limit) break;
      p.next();
      const then = parseExpr(p);
      p.expect(T.DblDot, ':');
      const els = parseExpr(p);
      left = mk({ kind: 'ETernary', cond: left, then, else: els, pos: left.pos, end: els.end });
      continue;
    }
    const b = peekBinop(p);
    if (!b) break;
    const level = b.op === 'in' ? 0 : BINOP_LEVEL[b.op]!;
    if (level > limit) break;
    for (let k = 0; k < b.n; k++) p.next();
    if (isRightAssoc(b.op)) {
      const right = parseBinary(p, TOP_LEVEL);
      if (right.kind === 'ETernary' && !isAssign(b.op)) {
        const cond = mk({ kind: 'EBinop', op: b.op, e1: left, e2: right.cond, pos: left.pos, end: right.cond.end });
        left = mk({ kind: 'ETernary', cond, then: right.then, else: right.else, pos: left.pos, end: right.end });
      } else left = mk({ kind: 'EBinop', op: b.op, e1: left, e2: right, pos: left.pos, end: right.end });
    } else {
      const right = parseBinary(p, level - 1);
      left = mk({ kind: 'EBinop', op: b.op, e1: left, e2: right, pos: left.pos, end: right.end });
    }
  }
  p.leave();
  return left;
}

/** Haxe folds `-` into numeric literals (so `-2147483648` is an Int literal). */
function parseUnary(p: ParserState): Expr {
  const t = p.tok;
  if (t.t === T.Op && (t.value === '-' || t.value === '!' || t.value === '~' || t.value === '++' || t.value === '--')) {
    p.next();
    p.enter();
    const e = parseUnary(p);
    p.leave();
    if (t.value === '-' && (e.kind === 'EInt' || e.kind === 'EFloat') && e.pos === t.end && !e.value.startsWith('-')) {
      return { ...e, value: '-' + e.value, pos: t.start };
    }
    return mk({ kind: 'EUnop', op: t.value, postfix: false, e, pos: t.start, end: e.end });
  }
  if (t.t === T.At) {
    const meta = parseMeta(p);
    p.enter();
    const e = parseUnary(p);
    p.leave();
    return mk({ kind: 'EMeta', meta, e, pos: t.start, end: e.end });
  }
  const e = parsePrimary(p);
  return STATEMENT_LIKE.has(e.kind) ? e : parsePostfix(p, e);
}

const STATEMENT_LIKE: ReadonlySet<string> = new Set(['EBlock', 'EIf', 'ESwitch', 'EFor', 'EWhile', 'ETry', 'EFunction', 'EVars', 'EReturn', 'EThrow', 'EUntyped', 'EBreak', 'EContinue', 'EMacro']);

function parsePostfix(p: ParserState, e: Expr): Expr {
  for (;;) {
    const t = p.tok;
    switch (t.t) {
      case T.Dot: {
        p.next();
        const n = p.tok;
        if (n.t === T.Ident || n.t === T.Kwd) {
          p.next();
          e = mk({ kind: 'EField', e, name: n.value, pos: e.pos, end: n.end });
        } else if (n.t === T.Dollar) {
          p.next();
          e = mk({ kind: 'EField', e, name: '$' + n.value, pos: e.pos, end: n.end });
        } else p.unexpected();
        continue;
      }
      case T.BkOpen: {
        p.next();
        const index = parseExpr(p);
        p.expect(T.BkClose, ']');
        e = mk({ kind: 'EArray', e, index, pos: e.pos, end: p.lastEnd });
        continue;
      }
      case T.POpen: {
        p.next();
        const args = parseCallArgs(p);
        e = mk({ kind: 'ECall', e, args, pos: e.pos, end: p.lastEnd });
        continue;
      }
      case T.Op:
        if (t.value === '++' || t.value === '--') {
          p.next();
          e = mk({ kind: 'EUnop', op: t.value, postfix: true, e, pos: e.pos, end: t.end });
          continue;
        }
        return e;
      case T.Ident:
        if (t.value === 'is') {
          p.next();
          const type = parseComplexType(p);
          e = mk({ kind: 'EIs', e, type, pos: e.pos, end: type.end });
          continue;
        }
        return e;
      case T.Arrow:
        if (e.kind === 'EIdent' && !isConstIdent(e.name)) {
          p.next();
          const arg: FuncArg = { name: e.name, meta: [], opt: false, rest: false, type: undefined, value: undefined, pos: e.pos, end: e.end };
          return arrowFunction(p, [arg], e.pos);
        }
        return e;
      default:
        return e;
    }
  }
}

function isConstIdent(name: string): boolean {
  return name === 'true' || name === 'false' || name === 'null' || name === 'this';
}

function parseCallArgs(p: ParserState): Expr[] {
  const args: Expr[] = [];
  if (p.accept(T.PClose)) return args;
  for (;;) {
    args.push(parseExpr(p));
    if (p.accept(T.Comma)) continue;
    if (p.accept(T.PClose)) return args;
    p.expectedOneOf([')', ',']);
  }
}

/** Can the current token begin an expression? Used by `return` and `case` bodies. */
function startsExpr(t: Token): boolean {
  switch (t.t) {
    case T.Semicolon: case T.BrClose: case T.PClose: case T.BkClose: case T.Comma: case T.Eof:
    case T.DblDot: case T.Arrow: case T.Interval: case T.Dot: case T.Question: case T.Sharp:
      return false;
    case T.Op:
      return t.value === '-' || t.value === '!' || t.value === '~' || t.value === '++' || t.value === '--';
    case T.Kwd:
      return !['case', 'default', 'else', 'catch', 'in', 'extends', 'implements'].includes(t.value);
    default:
      return true;
  }
}

function parsePrimary(p: ParserState): Expr {
  const t = p.tok;
  switch (t.t) {
    case T.Int:
      p.next();
      return mk({ kind: 'EInt', value: t.value, pos: t.start, end: t.end });
    case T.Float:
      p.next();
      return mk({ kind: 'EFloat', value: t.value, pos: t.start, end: t.end });
    case T.String:
      p.next();
      if (t.parts) return parseInterpolation(p, t);
      return mk({ kind: 'EString', value: t.value, single: t.single === true, pos: t.start, end: t.end });
    case T.Regex:
      p.next();
      return mk({ kind: 'ERegex', pattern: t.value, flags: t.flags ?? '', pos: t.start, end: t.end });
    case T.Ident:
      p.next();
      return mk({ kind: 'EIdent', name: t.value, pos: t.start, end: t.end });
    case T.Dollar:
      return parseDollar(p);
    case T.POpen:
      return parseParen(p);
    case T.BkOpen:
      return parseArrayLiteral(p);
    case T.BrOpen:
      return parseBlockOrObject(p);
    case T.Kwd:
      return parseKeywordExpr(p, t);
    default:
      return p.fail('parse.expected-expression', t);
  }
}

function parseKeywordExpr(p: ParserState, t: Token): Expr {
  switch (t.value) {
    case 'true': case 'false': case 'null': case 'this':
      p.next();
      return mk({ kind: 'EIdent', name: t.value, pos: t.start, end: t.end });
    case 'var': case 'final': {
      p.next();
      const vars = parseVarDecls(p, t.value === 'final');
      return mk({ kind: 'EVars', vars, pos: t.start, end: p.lastEnd });
    }
    case 'function':
      return parseFunctionExpr(p, t.start, false);
    case 'inline': {
      if (p.peek().t === T.Kwd && p.peek().value === 'function') {
        p.next();
        return parseFunctionExpr(p, t.start, true);
      }
      // Call-site inlining `inline f(x)` is metadata `@:inline` on the expression, as in Haxe.
      p.next();
      const e = parseExpr(p);
      return mk({ kind: 'EMeta', meta: { name: ':inline', args: [], pos: t.start, end: t.end }, e, pos: t.start, end: e.end });
    }
    case 'if': {
      p.next();
      p.expect(T.POpen, '(');
      const cond = parseExpr(p);
      p.expect(T.PClose, ')');
      const then = parseExpr(p);
      let els: Expr | undefined;
      if (p.acceptKwd('else')) els = parseExpr(p);
      else if (p.is(T.Semicolon) && p.peek().t === T.Kwd && p.peek().value === 'else') {
        p.next();
        p.next();
        els = parseExpr(p);
      }
      return mk({ kind: 'EIf', cond, then, else: els, pos: t.start, end: (els ?? then).end });
    }
    case 'while': {
      p.next();
      p.expect(T.POpen, '(');
      const cond = parseExpr(p);
      p.expect(T.PClose, ')');
      const body = parseExpr(p);
      return mk({ kind: 'EWhile', cond, body, doWhile: false, pos: t.start, end: body.end });
    }
    case 'do': {
      p.next();
      const body = parseExpr(p);
      if (p.is(T.Semicolon) && p.peek().t === T.Kwd && p.peek().value === 'while') p.next();
      if (!p.acceptKwd('while')) p.expectedOneOf(['while']);
      p.expect(T.POpen, '(');
      const cond = parseExpr(p);
      p.expect(T.PClose, ')');
      return mk({ kind: 'EWhile', cond, body, doWhile: true, pos: t.start, end: p.lastEnd });
    }
    case 'for': {
      p.next();
      p.expect(T.POpen, '(');
      const it = parseExpr(p);
      p.expect(T.PClose, ')');
      const body = parseExpr(p);
      return mk({ kind: 'EFor', it, body, pos: t.start, end: body.end });
    }
    case 'switch':
      return parseSwitch(p);
    case 'try':
      return parseTry(p);
    case 'return': {
      p.next();
      if (!startsExpr(p.tok)) return mk({ kind: 'EReturn', e: undefined, pos: t.start, end: t.end });
      const e = parseExpr(p);
      return mk({ kind: 'EReturn', e, pos: t.start, end: e.end });
    }
    case 'break':
      p.next();
      return mk({ kind: 'EBreak', pos: t.start, end: t.end });
    case 'continue':
      p.next();
      return mk({ kind: 'EContinue', pos: t.start, end: t.end });
    case 'throw': {
      p.next();
      const e = parseExpr(p);
      return mk({ kind: 'EThrow', e, pos: t.start, end: e.end });
    }
    case 'untyped': {
      p.next();
      const e = parseExpr(p);
      return mk({ kind: 'EUntyped', e, pos: t.start, end: e.end });
    }
    case 'new': {
      p.next();
      const path = parseTypePath(p);
      p.expect(T.POpen, '(');
      const args = parseCallArgs(p);
      return parsePostfix(p, mk({ kind: 'ENew', path, args, pos: t.start, end: p.lastEnd }));
    }
    case 'cast': {
      p.next();
      if (p.is(T.POpen)) {
        const open = p.next();
        let e = parseExpr(p);
        if (p.accept(T.DblDot)) {
          const type = parseComplexType(p);
          e = mk({ kind: 'ECheckType', e, type, pos: e.pos, end: type.end });
        } else if (p.accept(T.Comma)) {
          const type = parseComplexType(p);
          p.expect(T.PClose, ')');
          return parsePostfix(p, mk({ kind: 'ECast', e, type, pos: t.start, end: p.lastEnd }));
        }
        p.expect(T.PClose, ')');
        const paren = mk({ kind: 'EParenthesis', e, pos: open.start, end: p.lastEnd });
        return parsePostfix(p, mk({ kind: 'ECast', e: paren, type: undefined, pos: t.start, end: p.lastEnd }));
      }
      const e = parseExpr(p);
      return mk({ kind: 'ECast', e, type: undefined, pos: t.start, end: e.end });
    }
    case 'macro':
      return parseMacroExpr(p);
    default:
      return p.fail('parse.expected-expression', t);
  }
}

/** `$name`, or reification `$v{…}`, `$i{…}`, `${…}` and friends. */
function parseDollar(p: ParserState): Expr {
  const t = p.next();
  if (p.is(T.BrOpen) && p.tok.start === t.end) {
    const open = p.next();
    const e = parseExpr(p);
    p.expect(T.BrClose, '}');
    void open;
    return mk({ kind: 'EReify', tag: t.value, e, pos: t.start, end: p.lastEnd });
  }
  return mk({ kind: 'EIdent', name: '$' + t.value, pos: t.start, end: t.end });
}

function parseMacroExpr(p: ParserState): Expr {
  const t = p.next();
  if (p.is(T.DblDot)) {
    p.next();
    const type = parseComplexType(p);
    return mk({ kind: 'EMacroType', type, pos: t.start, end: type.end });
  }
  const k = p.tok;
  if (k.t === T.Kwd && (k.value === 'class' || k.value === 'interface' || k.value === 'enum' || k.value === 'typedef' || k.value === 'abstract' || ((k.value === 'private' || k.value === 'extern') && p.peek().t === T.Kwd))) {
    const decl = parseClassOrDeclInMacro(p);
    return mk({ kind: 'EMacroDecl', decl, pos: t.start, end: decl.end });
  }
  const e = parseExpr(p);
  return mk({ kind: 'EMacro', e, pos: t.start, end: e.end });
}

/** `(e)`, `(e : T)`, or an arrow function's parameter list. */
function parseParen(p: ParserState): Expr {
  const open = p.next();
  if (p.is(T.PClose)) {
    p.next();
    if (!p.is(T.Arrow)) return p.unexpected();
    p.next();
    return arrowFunction(p, [], open.start);
  }
  if (p.is(T.Question) || p.is(T.Interval)) return arrowParams(p, open.start, []);
  const e = parseExpr(p);
  if (p.is(T.PClose)) {
    p.next();
    if (p.is(T.Arrow) && e.kind === 'EIdent') {
      p.next();
      return arrowFunction(p, [argFromExpr(p, e, undefined)], open.start);
    }
    return parsePostfix(p, mk({ kind: 'EParenthesis', e, pos: open.start, end: p.lastEnd }));
  }
  if (p.is(T.DblDot)) {
    p.next();
    const type = parseComplexType(p);
    if (p.is(T.PClose) && p.peek().t !== T.Arrow) {
      p.next();
      return parsePostfix(p, mk({ kind: 'ECheckType', e, type, pos: open.start, end: p.lastEnd }));
    }
    const first = argFromExpr(p, e, type);
    if (p.isOp('=')) {
      p.next();
      first.value = parseExpr(p);
      first.end = p.lastEnd;
    }
    if (p.accept(T.PClose)) {
      if (!p.is(T.Arrow)) p.unexpected();
      p.next();
      return arrowFunction(p, [first], open.start);
    }
    if (!p.accept(T.Comma)) p.expectedOneOf([')', ',']);
    return arrowParams(p, open.start, [first]);
  }
  if (p.is(T.Comma)) {
    p.next();
    const first = e.kind === 'EBinop' && e.op === '=' ? argFromExpr(p, e.e1, undefined, e.e2) : argFromExpr(p, e, undefined);
    return arrowParams(p, open.start, [first]);
  }
  return p.expectedOneOf([')', ',', ':']);
}

function argFromExpr(p: ParserState, e: Expr, type: FuncArg['type'], value?: Expr): FuncArg {
  if (e.kind !== 'EIdent' || isConstIdent(e.name)) p.failAt('parse.custom', e.pos, e.end, ['Expected identifier']);
  return { name: e.name, meta: [], opt: false, rest: false, type, value, pos: e.pos, end: value?.end ?? type?.end ?? e.end };
}

/** The remaining parameters of `(a, ?b:Int, c = 1) -> body`; `done` holds those already read. */
function arrowParams(p: ParserState, start: number, done: FuncArg[]): Expr {
  const args = done;
  for (;;) {
    args.push(parseFuncArg(p));
    if (p.accept(T.Comma)) continue;
    p.expect(T.PClose, ')');
    break;
  }
  if (!p.is(T.Arrow)) p.unexpected();
  p.next();
  return arrowFunction(p, args, start);
}

function arrowFunction(p: ParserState, args: FuncArg[], start: number): Expr {
  const body = parseExpr(p);
  const func: Func = { params: [], args, ret: undefined, body };
  return mk({ kind: 'EFunction', style: 'arrow', name: undefined, inline: false, func, pos: start, end: body.end });
}

/** `function name<T>(args):Ret body` or an anonymous `function(args) body`; cursor at `function`. */
function parseFunctionExpr(p: ParserState, start: number, inline: boolean): Expr {
  p.next();
  let name: string | undefined;
  if (p.is(T.Ident) || p.is(T.Dollar)) {
    const n = p.next();
    name = n.t === T.Dollar ? '$' + n.value : n.value;
  }
  const func = parseFuncRest(p, true);
  return mk({ kind: 'EFunction', style: name === undefined ? 'anonymous' : 'named', name, inline, func, pos: start, end: p.lastEnd });
}

/**
 * From the type parameters on: `<T>(args):Ret body`. With `needBody` false a `;` may stand for the
 * body (interfaces, externs, abstract methods).
 */
export function parseFuncRest(p: ParserState, needBody: boolean): Func {
  const params = parseTypeParamDecls(p);
  p.expect(T.POpen, '(');
  const args: FuncArg[] = [];
  if (!p.accept(T.PClose)) {
    for (;;) {
      args.push(parseFuncArg(p));
      if (p.accept(T.Comma)) continue;
      if (p.accept(T.PClose)) break;
      p.expectedOneOf([')', ',']);
    }
  }
  let ret;
  if (p.accept(T.DblDot)) ret = parseComplexType(p);
  let body: Expr | undefined;
  if (!needBody && p.is(T.Semicolon)) p.next();
  else body = parseExpr(p);
  return { params, args, ret, body };
}

export function parseFuncArg(p: ParserState): FuncArg {
  const start = p.tok.start;
  const meta = parseMetas(p);
  const opt = p.accept(T.Question) !== undefined;
  const rest = p.accept(T.Interval) !== undefined;
  const n = p.ident();
  const name = n.t === T.Dollar ? '$' + n.value : n.value;
  let type;
  if (p.accept(T.DblDot)) type = parseComplexType(p);
  let value: Expr | undefined;
  if (p.isOp('=')) {
    p.next();
    value = parseExpr(p);
  }
  return { name, meta, opt, rest, type, value, pos: start, end: p.lastEnd };
}

/** After `var`/`final`: `a:T = e, b = 2`. */
export function parseVarDecls(p: ParserState, isFinal: boolean): VarDecl[] {
  const out: VarDecl[] = [];
  for (;;) {
    const start = p.tok.start;
    const meta = parseMetas(p);
    const n = p.tok;
    if (n.t !== T.Ident && n.t !== T.Dollar) p.fail('parse.missing-var-ident', p.prev);
    p.next();
    let type;
    if (p.accept(T.DblDot)) type = parseComplexType(p);
    let expr: Expr | undefined;
    if (p.isOp('=')) {
      p.next();
      expr = parseExpr(p);
    }
    out.push({ name: n.t === T.Dollar ? '$' + n.value : n.value, namePos: n.start, final: isFinal, meta, type, expr, pos: start, end: p.lastEnd });
    if (!p.accept(T.Comma)) return out;
  }
}

function parseArrayLiteral(p: ParserState): Expr {
  const open = p.next();
  const values: Expr[] = [];
  for (;;) {
    if (p.accept(T.BkClose)) break;
    values.push(parseExpr(p));
    if (p.accept(T.Comma)) continue;
    if (p.accept(T.BkClose)) break;
    p.expectedOneOf([',', ']']);
  }
  return parsePostfix(p, mk({ kind: 'EArrayDecl', values, pos: open.start, end: p.lastEnd }));
}

function isObjectStart(p: ParserState): boolean {
  const t = p.tok;
  if (p.peek().t !== T.DblDot) return false;
  return t.t === T.Ident || t.t === T.String || t.t === T.Dollar;
}

function parseBlockOrObject(p: ParserState): Expr {
  const open = p.next();
  if (isObjectStart(p)) {
    const fields: ObjectField[] = [];
    for (;;) {
      if (p.is(T.BrClose) && fields.length > 0) break;
      const n = p.tok;
      if (n.t !== T.Ident && n.t !== T.String && n.t !== T.Dollar && n.t !== T.Kwd) p.unexpected();
      p.next();
      p.expect(T.DblDot, ':');
      const expr = parseExpr(p);
      fields.push({ name: n.t === T.Dollar ? '$' + n.value : n.value, quoted: n.t === T.String, expr, pos: n.start, end: expr.end });
      if (p.accept(T.Comma)) continue;
      if (p.is(T.BrClose)) break;
      p.expectedOneOf([',', '}']);
    }
    p.next();
    return parsePostfix(p, mk({ kind: 'EObjectDecl', fields, pos: open.start, end: p.lastEnd }));
  }
  const exprs = parseBlockElements(p, (tk) => tk.t === T.BrClose);
  if (!p.is(T.BrClose)) p.expectedOneOf(['}']);
  p.next();
  return mk({ kind: 'EBlock', exprs, pos: open.start, end: p.lastEnd });
}

/**
 * Block elements up to (not including) a terminator. A syntax error inside one element is the
 * recovery point: skip to the next `;` or to the terminator at the same depth and go on.
 */
export function parseBlockElements(p: ParserState, stop: (t: Token) => boolean): Expr[] {
  const out: Expr[] = [];
  while (!stop(p.tok) && !p.is(T.Eof)) {
    const at = p.i;
    const depth = p.depth;
    try {
      const e = parseExpr(p);
      out.push(e);
      semicolon(p);
    } catch (err) {
      if (!(err instanceof SyntaxAbort)) throw err;
      p.depth = depth;
      recoverInBlock(p, at, stop);
      out.push(mk({ kind: 'EError', pos: p.toks[at]!.start, end: p.lastEnd }));
    }
  }
  return out;
}

/** Haxe's rule: `;` is required unless the element ended with `}`. */
function semicolon(p: ParserState): void {
  if (p.accept(T.Semicolon)) return;
  if (p.prev.t === T.BrClose) return;
  p.fail('parse.missing-semicolon', p.tok);
}

function recoverInBlock(p: ParserState, at: number, stop: (t: Token) => boolean): void {
  if (p.i === at) p.next();
  let depth = 0;
  for (;;) {
    const t = p.tok;
    if (t.t === T.Eof) return;
    if (depth === 0 && (stop(t) || t.t === T.BrClose)) return;
    if (t.t === T.BrOpen || t.t === T.POpen || t.t === T.BkOpen) depth++;
    else if (t.t === T.BrClose || t.t === T.PClose || t.t === T.BkClose) depth = Math.max(0, depth - 1);
    p.next();
    if (depth === 0 && t.t === T.Semicolon) return;
  }
}

function isCaseStop(t: Token): boolean {
  return t.t === T.BrClose || (t.t === T.Kwd && (t.value === 'case' || t.value === 'default'));
}

function parseSwitch(p: ParserState): Expr {
  const start = p.next().start;
  const subject = parseExpr(p);
  p.expect(T.BrOpen, '{');
  const cases: Case[] = [];
  let def: (Span & { body: Expr | undefined }) | undefined;
  for (;;) {
    const t = p.tok;
    if (t.t === T.BrClose) {
      p.next();
      break;
    }
    if (t.t === T.Kwd && t.value === 'case') {
      p.next();
      const values: Expr[] = [];
      for (;;) {
        values.push(parseExprOrVar(p));
        if (p.accept(T.Comma)) continue;
        break;
      }
      let guard: Expr | undefined;
      if (p.acceptKwd('if')) {
        p.expect(T.POpen, '(');
        guard = parseExpr(p);
        p.expect(T.PClose, ')');
      }
      p.expect(T.DblDot, ':');
      const body = caseBody(p);
      cases.push({ values, guard, body, pos: t.start, end: p.lastEnd });
      continue;
    }
    if (t.t === T.Kwd && t.value === 'default') {
      p.next();
      if (def) p.failAt('parse.duplicate-default', t.start, t.end);
      p.expect(T.DblDot, ':');
      const body = caseBody(p);
      def = { body, pos: t.start, end: p.lastEnd };
      continue;
    }
    p.unexpected();
  }
  return mk({ kind: 'ESwitch', subject, cases, default: def, pos: start, end: p.lastEnd });
}

function caseBody(p: ParserState): Expr | undefined {
  const start = p.tok.start;
  const exprs = parseBlockElements(p, isCaseStop);
  if (exprs.length === 0) return undefined;
  return mk({ kind: 'EBlock', exprs, pos: start, end: p.lastEnd });
}

/** A case pattern: an expression, or `var x` / `final x` capturing without a type hint (Haxe's expr_or_var). */
function parseExprOrVar(p: ParserState): Expr {
  const t = p.tok;
  if (t.t === T.Kwd && (t.value === 'var' || t.value === 'final')) {
    p.next();
    const n = p.tok;
    if (n.t !== T.Ident && n.t !== T.Dollar) p.fail('parse.missing-var-ident', t);
    p.next();
    const v: VarDecl = { name: n.t === T.Dollar ? '$' + n.value : n.value, namePos: n.start, final: t.value === 'final', meta: [], type: undefined, expr: undefined, pos: n.start, end: n.end };
    return mk({ kind: 'EVars', vars: [v], pos: t.start, end: n.end });
  }
  return parseExpr(p);
}

function parseTry(p: ParserState): Expr {
  const start = p.next().start;
  const body = parseExpr(p);
  const catches: Catch[] = [];
  while (p.isKwd('catch')) {
    const c = p.next();
    p.expect(T.POpen, '(');
    const n = p.ident();
    let type;
    if (p.accept(T.DblDot)) type = parseComplexType(p);
    p.expect(T.PClose, ')');
    const cbody = parseExpr(p);
    catches.push({ name: n.t === T.Dollar ? '$' + n.value : n.value, type, body: cbody, pos: c.start, end: cbody.end });
  }
  return mk({ kind: 'ETry', body, catches, pos: start, end: p.lastEnd });
}

/** Turn the lexer's string parts into an EInterp; `${…}` code is parsed by a sub-parser. */
function parseInterpolation(p: ParserState, t: Token): Expr {
  const parts: InterpPart[] = [];
  for (const part of t.parts!) {
    if (part.kind === 'text') parts.push({ kind: 'text', value: part.value });
    else if (part.kind === 'ident') {
      parts.push({ kind: 'expr', braced: false, expr: mk({ kind: 'EIdent', name: part.name, pos: part.start + 1, end: part.end }) });
    } else {
      const sub = new ParserState(part.tokens, p.file, p.sink);
      let expr: Expr;
      try {
        expr = parseExpr(sub);
        if (!sub.is(T.Eof)) sub.unexpected();
      } catch (err) {
        if (!(err instanceof SyntaxAbort)) throw err;
        expr = mk({ kind: 'EError', pos: part.start, end: part.end });
      }
      parts.push({ kind: 'expr', braced: true, expr });
    }
  }
  return mk({ kind: 'EInterp', parts, pos: t.start, end: t.end });
}
