// Parsing of expressions, blocks, local functions and string interpolation.
// Takes: a ParserState at the start of an expression. Gives: Expr nodes.
// Invariant: binary operators follow Haxe's parser exactly (parser.ml `precedence` and `make_binop`):
// lower level binds tighter; `%` is above `*`; `| & ^` are above comparisons; `...` is below them;
// a right-associative operator (`in`, `=>`, `=`, `op=`) takes the whole rest of the expression as its
// right operand, and a ternary found there is rotated out unless the operator is an assignment.
// `?:` sits between `=>` and `=`. Unary prefix operators bind tighter than any binary operator and
// postfix ones (`++ -- . [] () is`) tighter still, except that a prefix operator goes inside `is`
// (`!x is T` is `(!x) is T`). `@meta` and call-site `inline` take the whole rest of the expression
// and are pushed onto its leftmost operand unless it is an assignment (Haxe's make_meta), and
// nothing follows a block-like expression (`{}`, `if`, loops, `function`, `var`, `return`, ...).

import type { Case, Catch, Expr, Func, FuncArg, InterpPart, Meta, ObjectField, Span, VarDecl } from './ast.js';
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

/**
 * Haxe's Stream.Failure: the current token cannot begin an expression. Nothing has been reported;
 * the construct that asked for the expression decides what it means, as in Haxe's grammar:
 * `parseExpr` (Haxe's secure_expr) says "Expected expression", `parseExprAfter` (an `expr` inside a
 * rule) says "Unexpected X", a block simply ends, and `return` has no value. It never leaves this
 * module: every exported entry point converts it.
 */
export class ExprFailure {}

/** An expression that may fail without a report (Haxe's bare `expr`). Internal to this module. */
function exprRaw(p: ParserState): Expr {
  return parseBinary(p, TOP_LEVEL);
}

/** Run `f`; a failure to start an expression becomes the given diagnostic at the current token. */
function guarded<R>(p: ParserState, f: () => R, onFailure: 'expected' | 'unexpected'): R {
  const depth = p.depth;
  try {
    return f();
  } catch (err) {
    if (!(err instanceof ExprFailure)) throw err;
    p.depth = depth;
    return onFailure === 'expected' ? p.fail('parse.expected-expression', p.tok) : p.unexpected();
  }
}

/** An expression where one is required: "Expected expression" if none can start here. */
export function parseExpr(p: ParserState): Expr {
  return guarded(p, () => exprRaw(p), 'expected');
}

/** An expression inside a rule that has already matched tokens: "Unexpected X" if none can start. */
export function parseExprAfter(p: ParserState): Expr {
  return guarded(p, () => exprRaw(p), 'unexpected');
}

/** An expression that may be absent (`return;`): undefined when none can start here. */
export function parseExprOpt(p: ParserState): Expr | undefined {
  const depth = p.depth;
  try {
    return exprRaw(p);
  } catch (err) {
    if (!(err instanceof ExprFailure)) throw err;
    p.depth = depth;
    return undefined;
  }
}

function mk<E extends Expr>(e: E): E {
  return e;
}

/**
 * Expressions that took the whole rest of the expression, as Haxe's `@meta e` and `inline e` do
 * (make_meta on a full `expr`): an enclosing binary operator rotates into them as Haxe's make_binop
 * does, so that `x * @m a + b` is `(x * @m a) + b` while `x * @m a = b` is `x * @m (a = b)`.
 */
const greedy = new WeakSet<Expr>();

/**
 * Does nothing follow this expression, as in Haxe where a block, `if`, `switch`, a loop, `try`, a
 * local function, `var`, `return`, `throw`, `untyped`, `macro`, `break`, `continue` or metadata is
 * never followed by an operator (`1 + {2;} * 3` does not parse)? Looks at the right edge.
 */
function lastClosed(e: Expr): boolean {
  for (;;) {
    if (STATEMENT_LIKE.has(e.kind) || greedy.has(e)) return true;
    if (e.kind === 'EBinop') e = e.e2;
    else if (e.kind === 'ETernary') e = e.else;
    else if (e.kind === 'EUnop' && !e.postfix) e = e.e;
    else return false;
  }
}

/** Haxe's `swap`: does `op` (on the left) bind tighter than `inner`, so that the tree must rotate? */
function swaps(op: string, inner: string): boolean {
  const level = (o: string) => (o === 'in' ? 0 : BINOP_LEVEL[o]!);
  return !isRightAssoc(op) && level(op) <= level(inner);
}

/**
 * Walks down the left spine of `e` as long as `down` names a child to follow, puts `leaf(node)` in
 * place of the node reached, and moves the start of every node passed to `start`. The spine is this
 * parse's own (fresh nodes), so it is changed in place; no recursion, as spines can be long.
 */
function onLeftmost(e: Expr, down: (x: Expr) => 'e1' | 'cond' | 'e' | undefined, leaf: (x: Expr) => Expr, start: number): Expr {
  const path: { node: Record<string, unknown> & Span; key: string }[] = [];
  let cur = e;
  for (let key = down(cur); key !== undefined; key = down(cur)) {
    const node = cur as unknown as Record<string, unknown> & Span;
    path.push({ node, key });
    cur = node[key] as Expr;
  }
  const replaced = leaf(cur);
  if (path.length === 0) return replaced;
  const last = path[path.length - 1]!;
  last.node[last.key] = replaced;
  for (const step of path) step.node.pos = start;
  return e;
}

/**
 * Haxe's make_binop: `e1 op e2`, rotating into `e2` when it is a looser binary operation or (unless
 * `op` assigns) a ternary. The climbing parser only builds such an `e2` from a greedy operand; a
 * ternary after a right-associative `=>`/`in` also rotates out (`a => b ? c : d` is `(a => b) ? c : d`).
 */
function makeBinop(op: string, e1: Expr, e2: Expr): Expr {
  return onLeftmost(
    e2,
    (x) => (x.kind === 'EBinop' && swaps(op, x.op) ? 'e1' : x.kind === 'ETernary' && !isAssign(op) ? 'cond' : undefined),
    (x) => mk({ kind: 'EBinop', op, e1, e2: x, pos: e1.pos, end: x.end }),
    e1.pos,
  );
}

/**
 * Haxe's make_unop: a prefix operator goes onto the leftmost operand of a binary operation, of a
 * ternary's condition and of `is` (`!x is Bool` is `(!x) is Bool`), and `-` folds into a number
 * literal, with or without space (`- 1` and `-1` are the literal -1, `- -1` is 1).
 */
function makeUnop(op: string, e: Expr, start: number): Expr {
  return onLeftmost(
    e,
    (x) => (x.kind === 'EBinop' ? 'e1' : x.kind === 'ETernary' ? 'cond' : x.kind === 'EIs' ? 'e' : undefined),
    (x) => {
      if (op === '-' && (x.kind === 'EInt' || x.kind === 'EFloat')) return { ...x, value: x.value.startsWith('-') ? x.value.slice(1) : '-' + x.value, pos: start };
      return mk({ kind: 'EUnop', op, postfix: false, e: x, pos: start, end: x.end });
    },
    start,
  );
}

/**
 * Haxe's make_meta: metadata before an expression goes onto the leftmost operand of a binary
 * operation (or a ternary's condition), but covers a whole assignment: `@m a + b` is `(@m a) + b`,
 * `@m a = b` is `@m (a = b)`.
 */
function makeMeta(meta: Meta, e: Expr): Expr {
  return onLeftmost(
    e,
    (x) => (x.kind === 'EBinop' && !isAssign(x.op) ? 'e1' : x.kind === 'ETernary' ? 'cond' : undefined),
    (x) => mk({ kind: 'EMeta', meta, e: x, pos: meta.pos, end: x.end }),
    meta.pos,
  );
}

/** `@meta` or `inline` before an expression: it takes the whole rest of the expression (greedy). */
function metaExpr(p: ParserState, meta: Meta): Expr {
  p.enter();
  const e = makeMeta(meta, parseExpr(p));
  p.leave();
  greedy.add(e);
  return e;
}

function parseBinary(p: ParserState, limit: number): Expr {
  p.enter();
  const e = parseBinaryFrom(p, parseUnary(p), limit);
  p.leave();
  return e;
}

/** The operators after a first operand `left`, up to `limit`. */
function parseBinaryFrom(p: ParserState, left: Expr, limit: number): Expr {
  // Statement-like expressions (`{}`, `if`, `switch`, loops, `try`, local functions) end here, as in
  // Haxe: `if (c) {}` followed by `-x;` on the next line is two statements, not a subtraction.
  if (lastClosed(left)) return left;
  for (;;) {
    if (p.is(T.Question)) {
      if (TERNARY_LEVEL > limit) break;
      p.next();
      const then = parseExprAfter(p);
      p.expect(T.DblDot, ':');
      const els = parseExprAfter(p);
      left = mk({ kind: 'ETernary', cond: left, then, else: els, pos: left.pos, end: els.end });
      if (lastClosed(els)) break;
      continue;
    }
    const b = peekBinop(p);
    if (!b) break;
    const level = b.op === 'in' ? 0 : BINOP_LEVEL[b.op]!;
    if (level > limit) break;
    // Haxe reads most right operands with secure_expr ("Expected expression"), but `in`, `>>=`,
    // `>>>=` and the `...` of an integer touching it (Haxe's IntInterval token) with plain expr.
    const plain = b.op === 'in' || b.op === '>>=' || b.op === '>>>=' || (b.op === '...' && p.prev.t === T.Int && p.prev.end === p.tok.start);
    const onFailure = plain ? 'unexpected' : 'expected';
    for (let k = 0; k < b.n; k++) p.next();
    // A right-associative operator takes the whole rest; a left-associative one only what binds tighter.
    const right = guarded(p, () => parseBinary(p, isRightAssoc(b.op) ? TOP_LEVEL : level - 1), onFailure);
    left = makeBinop(b.op, left, right);
    if (greedy.has(right)) greedy.add(left);
    if (lastClosed(right)) break;
  }
  return left;
}

/**
 * A prefix operator binds to the operand right after it (with its postfix chain), which is what
 * Haxe's make_unop gives on the rest of the expression; only `is` and a greedy operand need
 * `makeUnop` to push the operator down. `-` folds into number literals (`-2147483648` is an Int).
 */
function parseUnary(p: ParserState): Expr {
  const t = p.tok;
  if (t.t === T.Op && (t.value === '-' || t.value === '!' || t.value === '~' || t.value === '++' || t.value === '--')) {
    p.next();
    p.enter();
    const e = guarded(p, () => parseUnary(p), 'unexpected');
    p.leave();
    const u = makeUnop(t.value, e, t.start);
    if (greedy.has(e)) greedy.add(u);
    return u;
  }
  if (t.t === T.At) return metaExpr(p, parseMeta(p));
  const e = parsePrimary(p);
  return STATEMENT_LIKE.has(e.kind) ? e : parsePostfix(p, e);
}

const STATEMENT_LIKE: ReadonlySet<string> = new Set(['EBlock', 'EIf', 'ESwitch', 'EFor', 'EWhile', 'ETry', 'EFunction', 'EVars', 'EReturn', 'EThrow', 'EUntyped', 'EBreak', 'EContinue', 'EMacro', 'EMacroType', 'EMacroDecl']);

function parsePostfix(p: ParserState, e: Expr): Expr {
  for (;;) {
    const t = p.tok;
    switch (t.t) {
      case T.Dot: {
        // Haxe's parse_field: the name must touch the dot (`a. b` does not parse) and may be an
        // identifier or one of the keywords `macro`, `extern`, `function`, `new`; `$name` may be
        // apart. Otherwise an integer touching the dot becomes a float (`1.` is 1.0).
        const dot = p.next();
        const n = p.tok;
        const touches = n.start === dot.end;
        if (touches && (n.t === T.Ident || (n.t === T.Kwd && (n.value === 'macro' || n.value === 'extern' || n.value === 'function' || n.value === 'new')))) {
          p.next();
          e = mk({ kind: 'EField', e, name: n.value, pos: e.pos, end: n.end });
        } else if (n.t === T.Dollar) {
          p.next();
          e = mk({ kind: 'EField', e, name: '$' + n.value, pos: e.pos, end: n.end });
        } else if (e.kind === 'EInt' && e.end === dot.start) {
          e = mk({ kind: 'EFloat', value: e.value + '.', pos: e.pos, end: dot.end });
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
      case T.Arrow: {
        // Haxe takes any expression before `->` as an arrow function's parameter, reads the body, and
        // only then checks the parameter: a bad one is "Unexpected" at the token after the body.
        p.next();
        const body = exprRaw(p);
        const arg = arrowArgOf(p, e);
        if (!arg) return p.unexpected();
        return arrowFunctionOf([arg], e.pos, body);
      }
      default:
        return e;
    }
  }
}

function isConstIdent(name: string): boolean {
  return name === 'true' || name === 'false' || name === 'null' || name === 'this';
}

/**
 * Haxe's arrow_first_param: `a`, `(a)`, `(a:T)`, `(a = v)`, `(a:T = v)` may stand before `->`; anything
 * else gives undefined. A constant name (`true -> 1`) is reported as Haxe's typer does, and kept.
 */
function arrowArgOf(p: ParserState, e: Expr): FuncArg | undefined {
  let inner = e.kind === 'EParenthesis' ? e.e : e;
  let value: Expr | undefined;
  if (inner.kind === 'EBinop' && inner.op === '=') {
    value = inner.e2;
    inner = inner.e1;
  }
  let type: FuncArg['type'];
  if (inner.kind === 'ECheckType') {
    type = inner.type;
    inner = inner.e;
  }
  if (inner.kind !== 'EIdent') return undefined;
  if (isConstIdent(inner.name)) p.sink.report('parse.custom', p.file, inner.pos, inner.end, [`"${inner.name}" is not a valid function argument name.`]);
  // Haxe marks this first parameter optional when it has a default value (the others are not).
  return { name: inner.name, meta: [], opt: value !== undefined, rest: false, type, value, pos: inner.pos, end: value?.end ?? type?.end ?? inner.end };
}

/**
 * `(` args `)`, as Haxe's parse_call_params: a first argument that cannot start leaves the list
 * empty ("Expected expression or )"), one after a comma is "Unexpected", and a list not closed by
 * `)` is "Expected , or )".
 */
/** `...e` in an argument list spreads an array into a rest parameter (Haxe 4.2). */
function spreadArg(p: ParserState): Expr | undefined {
  if (!p.is(T.Interval)) return undefined;
  const dots = p.next();
  const e = parseExprAfter(p);
  return mk({ kind: 'EUnop', op: '...', postfix: false, e, pos: dots.start, end: e.end });
}

function parseCallArgs(p: ParserState): Expr[] {
  const args: Expr[] = [];
  if (p.accept(T.PClose)) return args;
  const first = spreadArg(p) ?? parseExprOpt(p);
  if (!first) {
    if (p.accept(T.PClose)) return args;
    return p.expectedOneOf(['expression', ')']);
  }
  args.push(first);
  for (;;) {
    if (p.accept(T.Comma)) {
      args.push(spreadArg(p) ?? parseExprAfter(p));
      continue;
    }
    if (p.accept(T.PClose)) return args;
    p.expectedOneOf([',', ')']);
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
      throw new ExprFailure();
  }
}

function parseKeywordExpr(p: ParserState, t: Token): Expr {
  switch (t.value) {
    case 'true': case 'false': case 'null': case 'this':
      p.next();
      return mk({ kind: 'EIdent', name: t.value, pos: t.start, end: t.end });
    case 'var': case 'final':
      return parseVarsExpr(p, false);
    case 'function':
      return parseFunctionExpr(p, t.start, false);
    case 'inline': {
      // Call-site inlining `inline f(x)` is metadata `@:inline` on the expression, as in Haxe.
      p.next();
      return metaExpr(p, { name: ':inline', args: [], pos: t.start, end: t.end });
    }
    case 'if': {
      p.next();
      p.must(T.POpen);
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
      p.must(T.POpen);
      const cond = parseExpr(p);
      p.expect(T.PClose, ')');
      const body = parseExpr(p);
      return mk({ kind: 'EWhile', cond, body, doWhile: false, pos: t.start, end: body.end });
    }
    case 'do': {
      p.next();
      const body = parseExpr(p);
      // Unlike `if (c) a; else b;`, Haxe takes no `;` before the `while` of `do e while (c)`.
      if (!p.acceptKwd('while')) p.expectedOneOf(['while']);
      p.must(T.POpen);
      const cond = parseExpr(p);
      p.expect(T.PClose, ')');
      return mk({ kind: 'EWhile', cond, body, doWhile: true, pos: t.start, end: p.lastEnd });
    }
    case 'for': {
      p.next();
      p.must(T.POpen);
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
      const e = parseExprOpt(p);
      if (!e) return mk({ kind: 'EReturn', e: undefined, pos: t.start, end: t.end });
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
      const e = parseExprAfter(p);
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
        // As Haxe: `cast(e, T)` and `cast(e : T)` go on with postfix operators as casts, but after
        // `cast(e)` the rest of the expression continues `(e)` inside the cast: `cast(x).f + 1` is
        // `cast ((x).f + 1)`.
        const open = p.next();
        const e = parseExprAfter(p);
        if (p.accept(T.DblDot)) {
          const type = parseComplexType(p);
          p.must(T.PClose);
          const check = mk({ kind: 'ECheckType', e, type, pos: open.start, end: p.lastEnd });
          return parsePostfix(p, mk({ kind: 'ECast', e: check, type: undefined, pos: t.start, end: p.lastEnd }));
        } else if (p.accept(T.Comma)) {
          const type = parseComplexType(p);
          p.must(T.PClose);
          return parsePostfix(p, mk({ kind: 'ECast', e, type, pos: t.start, end: p.lastEnd }));
        }
        p.must(T.PClose);
        const paren = parsePostfix(p, mk({ kind: 'EParenthesis', e, pos: open.start, end: p.lastEnd }));
        const rest = lastClosed(paren) ? paren : parseBinaryFrom(p, paren, TOP_LEVEL);
        return mk({ kind: 'ECast', e: rest, type: undefined, pos: t.start, end: rest.end });
      }
      const e = parseExpr(p);
      return mk({ kind: 'ECast', e, type: undefined, pos: t.start, end: e.end });
    }
    case 'macro':
      return parseMacroExpr(p);
    default:
      throw new ExprFailure();
  }
}

/** `var a = 1` (or `final`); `several` allows `var a = 1, b = 2`, as at block level. */
function parseVarsExpr(p: ParserState, several: boolean): Expr {
  const t = p.next();
  const vars = parseVarDecls(p, t.value === 'final', several);
  return mk({ kind: 'EVars', vars, pos: t.start, end: p.lastEnd });
}

/** `$name`, or reification `$v{…}`, `$i{…}`, `${…}` and friends (as in Haxe, `$v {…}` too). */
function parseDollar(p: ParserState): Expr {
  const t = p.next();
  if (p.is(T.BrOpen)) {
    const open = p.next();
    const e = parseExprAfter(p);
    p.must(T.BrClose);
    void open;
    return mk({ kind: 'EReify', tag: t.value, e, pos: t.start, end: p.lastEnd });
  }
  return mk({ kind: 'EIdent', name: '$' + t.value, pos: t.start, end: t.end });
}

function parseMacroExpr(p: ParserState): Expr {
  const t = p.next();
  // `macro.x` is a field of a value named `macro` (Haxe reads `macro` as an identifier before `.`).
  if (p.is(T.Dot)) return mk({ kind: 'EIdent', name: 'macro', pos: t.start, end: t.end });
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
  const e = p.isKwd('var') || p.isKwd('final') ? parseVarsExpr(p, true) : parseExpr(p);
  return mk({ kind: 'EMacro', e, pos: t.start, end: e.end });
}

/**
 * `(e)`, `(e : T)`, or an arrow function's parameter list, with Haxe's order of checks: parameters,
 * `)`, `->` and the body are read before the first parameter (an expression so far) is checked.
 */
function parseParen(p: ParserState): Expr {
  const open = p.next();
  if (p.is(T.PClose)) {
    p.next();
    return arrowRest(p, [], open.start, undefined);
  }
  if (p.is(T.Question) || p.is(T.Interval)) return arrowParams(p, open.start, undefined);
  // A failure to start here is not ours to report: Haxe lets it reach whatever asked for `(…)`.
  const e = exprRaw(p);
  if (p.is(T.PClose)) {
    p.next();
    return parsePostfix(p, mk({ kind: 'EParenthesis', e, pos: open.start, end: p.lastEnd }));
  }
  if (p.accept(T.Comma)) return arrowParams(p, open.start, e);
  if (p.is(T.DblDot)) {
    p.next();
    const type = parseComplexType(p);
    if (p.is(T.PClose)) {
      p.next();
      return parsePostfix(p, mk({ kind: 'ECheckType', e, type, pos: open.start, end: p.lastEnd }));
    }
    let first: Expr = mk({ kind: 'ECheckType', e, type, pos: e.pos, end: type.end });
    if (p.accept(T.Comma)) return arrowParams(p, open.start, first);
    if (p.isOp('=')) {
      p.next();
      const value = parseExprAfter(p);
      first = mk({ kind: 'EBinop', op: '=', e1: first, e2: value, pos: e.pos, end: value.end });
      if (p.accept(T.PClose)) return arrowRest(p, [], open.start, first);
      if (p.accept(T.Comma)) return arrowParams(p, open.start, first);
    }
    return p.unexpected();
  }
  return p.expectedOneOf([')', ',', ':']);
}

function startsFuncArg(t: Token): boolean {
  return t.t === T.At || t.t === T.Question || t.t === T.Interval || t.t === T.Ident || t.t === T.Dollar;
}

/**
 * The parameters after `(first,` (or all of them, from `(?` and `(...`), then `)`, `->` and the body.
 * As in Haxe, the list after the comma may be empty: `(a,) -> a` is accepted.
 */
function arrowParams(p: ParserState, start: number, first: Expr | undefined): Expr {
  const args: FuncArg[] = [];
  if (startsFuncArg(p.tok)) {
    for (;;) {
      args.push(parseFuncArg(p));
      if (!p.accept(T.Comma)) break;
    }
  }
  p.must(T.PClose);
  return arrowRest(p, args, start, first);
}

/** After `)`: `->`, the body, then the deferred first parameter ("Unexpected" after the body if bad). */
function arrowRest(p: ParserState, args: FuncArg[], start: number, first: Expr | undefined): Expr {
  p.must(T.Arrow);
  const body = parseExprAfter(p);
  if (first) {
    const arg = arrowArgOf(p, first);
    if (!arg) return p.unexpected();
    args.unshift(arg);
  }
  return arrowFunctionOf(args, start, body);
}

function arrowFunctionOf(args: FuncArg[], start: number, body: Expr): Expr {
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
  // As in Haxe, only a named function keeps `inline` (an anonymous one has nowhere to record it).
  return mk({ kind: 'EFunction', style: name === undefined ? 'anonymous' : 'named', name, inline: inline && name !== undefined, func, pos: start, end: p.lastEnd });
}

/**
 * From the type parameters on: `<T>(args):Ret body`. With `needBody` false a `;` may stand for the
 * body (interfaces, externs, abstract methods).
 */
export function parseFuncRest(p: ParserState, needBody: boolean): Func {
  const params = parseTypeParamDecls(p);
  p.must(T.POpen);
  const args: FuncArg[] = [];
  if (!p.accept(T.PClose)) {
    for (;;) {
      args.push(parseFuncArg(p));
      if (p.accept(T.Comma)) continue;
      p.must(T.PClose);
      break;
    }
  }
  let ret;
  if (p.accept(T.DblDot)) ret = parseComplexType(p);
  let body: Expr | undefined;
  if (!needBody && p.is(T.Semicolon)) p.next();
  else if (needBody) body = parseExpr(p);
  else {
    // A field's body is an expression or `;` (Haxe's `semicolon`, optional after `}`).
    body = parseExprOpt(p);
    if (!body && p.prev.t !== T.BrClose) p.fail('parse.missing-semicolon', p.tok);
  }
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
    value = parseExprAfter(p);
  }
  return { name, meta, opt, rest, type, value, pos: start, end: p.lastEnd };
}

/**
 * After `var`/`final`: `a:T = e, b = 2`. Several declarations only where Haxe allows them (a block
 * element, `macro var`); elsewhere, as in `f(var a = 1, b)`, one, and the `,` is not ours.
 */
export function parseVarDecls(p: ParserState, isFinal: boolean, several = true): VarDecl[] {
  const out: VarDecl[] = [];
  const keyword = p.prev;
  for (;;) {
    const start = p.tok.start;
    const meta = parseMetas(p);
    const n = p.tok;
    // Haxe: no first name is "Missing variable identifier" at `var`; a bad one after `,` is unexpected.
    if (n.t !== T.Ident && n.t !== T.Dollar) {
      if (out.length === 0) p.fail('parse.missing-var-ident', keyword);
      p.unexpected();
    }
    p.next();
    let type;
    if (p.accept(T.DblDot)) type = parseComplexType(p);
    let expr: Expr | undefined;
    if (p.isOp('=')) {
      p.next();
      expr = parseExpr(p);
    }
    out.push({ name: n.t === T.Dollar ? '$' + n.value : n.value, namePos: n.start, final: isFinal, meta, type, expr, pos: start, end: p.lastEnd });
    if (!several || !p.accept(T.Comma)) return out;
  }
}

function parseArrayLiteral(p: ParserState): Expr {
  return parsePostfix(p, parseArrayDecl(p));
}

/** `[a, b]` alone, with nothing after it (also a constant type parameter, `Foo<[1, 2]>`). */
export function parseArrayDecl(p: ParserState): Expr {
  const open = p.next();
  const values: Expr[] = [];
  for (;;) {
    if (p.accept(T.BkClose)) break;
    values.push(parseExpr(p));
    if (p.accept(T.Comma)) continue;
    if (p.accept(T.BkClose)) break;
    p.expectedOneOf([',', ']']);
  }
  return mk({ kind: 'EArrayDecl', values, pos: open.start, end: p.lastEnd });
}

/** Skip to the `}` that closes the current braces (not consuming it), stopping early at `;` or Eof. */
function skipToClose(p: ParserState): void {
  let depth = 0;
  for (;;) {
    const t = p.tok;
    if (t.t === T.Eof || (depth === 0 && (t.t === T.BrClose || t.t === T.Semicolon))) return;
    if (t.t === T.BrOpen || t.t === T.POpen || t.t === T.BkOpen) depth++;
    else if (t.t === T.BrClose || t.t === T.PClose || t.t === T.BkClose) depth = Math.max(0, depth - 1);
    p.next();
  }
}

function isObjectStart(p: ParserState): boolean {
  const t = p.tok;
  if (p.peek().t !== T.DblDot) return false;
  return t.t === T.Ident || t.t === T.String || t.t === T.Dollar;
}

function parseBlockOrObject(p: ParserState): Expr {
  const open = p.next();
  if (isObjectStart(p)) {
    // As Haxe's parse_obj_decl: fields go on while `,` is followed by a name (a trailing comma is
    // fine); a missing `:` does not stop the value from being read, and is reported only after the
    // last field; whatever then stands where `}` should is "Expected }".
    const fields: ObjectField[] = [];
    let missingColon = false;
    let n = p.tok;
    for (;;) {
      p.next();
      if (!p.accept(T.DblDot)) missingColon = true;
      const expr = parseExpr(p);
      fields.push({ name: n.t === T.Dollar ? '$' + n.value : n.value, quoted: n.t === T.String, expr, pos: n.start, end: expr.end });
      if (!p.accept(T.Comma)) break;
      n = p.tok;
      // Only the first name may be `$name` in Haxe (block1 reads it with dollar_ident).
      if (n.t !== T.Ident && n.t !== T.String) break;
    }
    // Both are reported on the spot: the fields read so far make the object, and the rest of it,
    // up to its `}`, is skipped, so that the enclosing block does not take that `}` for its own.
    if (missingColon) p.report('parse.expected', [':']);
    else if (!p.is(T.BrClose)) p.report('parse.expected', ['}']);
    if (!p.is(T.BrClose)) skipToClose(p);
    p.accept(T.BrClose);
    return parsePostfix(p, mk({ kind: 'EObjectDecl', fields, pos: open.start, end: p.lastEnd }));
  }
  const exprs: Expr[] = [];
  const isClose = (tk: Token) => tk.t === T.BrClose;
  for (;;) {
    exprs.push(...parseBlockElements(p, isClose));
    if (p.is(T.BrClose)) break;
    // The block ended at a token that cannot begin an element: Haxe wants `}` there. We report
    // that, skip the statement and read on in the same block.
    if (p.is(T.Eof)) p.expectedOneOf(['}']);
    const at = p.i;
    p.report('parse.expected', ['}']);
    recoverInBlock(p, at, isClose);
    exprs.push(mk({ kind: 'EError', pos: p.toks[at]!.start, end: p.lastEnd }));
  }
  p.next();
  return mk({ kind: 'EBlock', exprs, pos: open.start, end: p.lastEnd });
}

/**
 * Block elements up to (not including) a terminator, or, as in Haxe, up to the first token that
 * cannot begin an element (the caller decides what that is). A syntax error inside one element is
 * the recovery point: skip to the next `;` or to the terminator at the same depth and go on.
 */
export function parseBlockElements(p: ParserState, stop: (t: Token) => boolean): Expr[] {
  const out: Expr[] = [];
  while (!stop(p.tok) && !p.is(T.Eof)) {
    const at = p.i;
    const depth = p.depth;
    try {
      // `inline function` is an inlined local function only as a block element (Haxe's
      // parse_block_elt); elsewhere `inline` is call-site inlining, `@:inline` on what follows.
      // Likewise `var a = 1, b = 2` declares several variables only as a block element.
      const e = p.isKwd('inline') && p.peek().t === T.Kwd && p.peek().value === 'function' ? parseFunctionExpr(p, p.next().start, true)
        : p.isKwd('var') || p.isKwd('final') ? parseVarsExpr(p, true)
        : exprRaw(p);
      out.push(e);
      semicolon(p);
      // As Haxe's parse_block_var, a declaration statement spans its `;` (errors about it point there).
      if (e.kind === 'EVars' && p.prev.t === T.Semicolon) e.end = p.lastEnd;
    } catch (err) {
      if (err instanceof ExprFailure) {
        p.depth = depth;
        return out;
      }
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

/**
 * `switch e { case …: … default: … }` as Haxe's parse_switch_cases: the cases end at the first token
 * that is not `case` or `default`, which must then be `}`. Haxe finds a second `default` on the way
 * back from its recursion, so it reports the one before the last, once the cases have ended.
 */
function parseSwitch(p: ParserState): Expr {
  const start = p.next().start;
  const subject = parseExpr(p);
  p.expect(T.BrOpen, '{');
  const cases: Case[] = [];
  let def: (Span & { body: Expr | undefined }) | undefined;
  const defaults: Token[] = [];
  let defaultsChecked = 1;
  for (;;) {
    const t = p.tok;
    if (t.t === T.Kwd && t.value === 'case') {
      p.next();
      const values: Expr[] = [];
      let guard: Expr | undefined;
      const depth = p.depth;
      try {
        for (;;) {
          values.push(parseExprOrVar(p));
          if (p.accept(T.Comma)) continue;
          break;
        }
        if (p.acceptKwd('if')) {
          p.must(T.POpen);
          guard = parseExprAfter(p);
          p.must(T.PClose);
        }
        p.expect(T.DblDot, ':');
      } catch (err) {
        // A broken pattern or guard: skip to the next case, staying inside the switch.
        if (!(err instanceof SyntaxAbort)) throw err;
        p.depth = depth;
        skipToCase(p);
        continue;
      }
      const body = caseBody(p);
      cases.push({ values, guard, body, pos: t.start, end: p.lastEnd });
      continue;
    }
    if (t.t === T.Kwd && t.value === 'default') {
      p.next();
      defaults.push(t);
      p.must(T.DblDot);
      const body = caseBody(p);
      def ??= { body, pos: t.start, end: p.lastEnd };
      continue;
    }
    if (defaults.length > defaultsChecked) {
      const d = defaults[defaults.length - 2]!;
      p.sink.report('parse.duplicate-default', p.file, d.start, d.end);
      defaultsChecked = defaults.length;
    }
    if (t.t === T.BrClose) {
      p.next();
      break;
    }
    if (t.t === T.Eof) p.expectedOneOf(['}']);
    // Anything else stands where `}` should: report it and skip to the next case.
    p.report('parse.expected', ['}']);
    skipToCase(p); // the token is no stop, so this always moves on
  }
  return mk({ kind: 'ESwitch', subject, cases, default: def, pos: start, end: p.lastEnd });
}

/** Skip to the next `case`, `default` or `}` at depth 0 (not consuming it), or to Eof. */
function skipToCase(p: ParserState): void {
  let depth = 0;
  for (;;) {
    const t = p.tok;
    if (t.t === T.Eof || (depth === 0 && isCaseStop(t))) return;
    if (t.t === T.BrOpen || t.t === T.POpen || t.t === T.BkOpen) depth++;
    else if (t.t === T.BrClose || t.t === T.PClose || t.t === T.BkClose) depth = Math.max(0, depth - 1);
    p.next();
  }
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
    const n = p.ident();
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
    p.must(T.POpen);
    const n = p.ident();
    let type;
    if (p.accept(T.DblDot)) {
      type = parseComplexType(p);
      p.must(T.PClose);
    } else if (!p.accept(T.PClose)) p.fail('parse.missing-type', p.tok);
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
        // Haxe parses `${…}` with a plain `expr`; empty code has its own message, over the code.
        if (sub.is(T.Eof)) sub.failAt('parse.empty-interpolation', part.start + 2, part.end - 1);
        expr = parseExprAfter(sub);
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
