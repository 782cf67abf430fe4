// `for` loops and comprehension bodies.
// Takes: FnCtx and EFor (or the loop of `[for …]`). Gives: TFor saying how it iterates: an Int range
// (`a...b`), an Array, an Iterator (hasNext/next), an Iterable (iterator()), or key-value pairs
// (`for (k => v in e)` through keyValueIterator()).
// Invariant: the loop variables live in their own scope around the body (an Int range's variable may
// not be assigned); a comprehension's yielded values (the innermost expression of its loop nest)
// must fit the element type being built.

import type { Expr, Span } from '../syntax/ast.js';
import type { FnCtx } from './ctx.js';
import type { TExpr, TVar } from './texpr.js';
import { errorExpr, mkT, NO_VALUE, typeExpr, typeValue } from './type-expr.js';
import { fieldOn, usingExtension } from './type-field.js';
import { DYNAMIC, applyParams, follow, type Type } from './types.js';

function isArray(t: Type): Type | undefined {
  const f = follow(t);
  return f.kind === 'inst' && f.cls.path.name === 'Array' && f.cls.path.pack.length === 0 ? f.params[0] : undefined;
}

/** The element type that `next()` gives on an iterator-typed value, if it has hasNext/next. */
function nextType(fc: FnCtx, it: TExpr, span: Span): Type | undefined {
  const f = follow(it.t);
  if (f.kind === 'dynamic') return DYNAMIC;
  if (!hasField(fc, it, 'hasNext') || !hasField(fc, it, 'next')) return undefined;
  const next = fieldOn(fc, it, 'next', span, undefined);
  const nt = follow(next.t);
  return nt.kind === 'fun' ? nt.ret : DYNAMIC;
}

function hasField(fc: FnCtx, te: TExpr, name: string): boolean {
  // The type's own fields first, then `using` extensions (`for (c in "abc")` with StringTools).
  return hasOwnField(fc, te, name) || usingExtension(fc, te, name, te) !== undefined;
}

function hasOwnField(fc: FnCtx, te: TExpr, name: string): boolean {
  const f = follow(te.t);
  if (f.kind === 'anon') return f.fields.has(name);
  if (f.kind === 'inst') {
    for (let c: typeof f.cls | undefined = f.cls; c; c = c.superClass?.cls) {
      c.build?.();
      if (c.fields.has(name)) return true;
    }
    return false;
  }
  if (f.kind === 'abstract') {
    f.abs.build?.();
    if (f.abs.impl?.fields.has(name)) return true;
    // @:forward reaches the underlying type's fields.
    const fw = f.abs.forward;
    return fw !== undefined && (fw === 'all' || fw.includes(name)) && hasField(fc, { ...te, t: applyParams(f.abs.params, f.params, f.abs.underlying) }, name);
  }
  // A type parameter has the fields of its constraints (`T:Iterable<Int>`).
  if (f.kind === 'param') return f.param.constraints().some((c) => hasField(fc, { ...te, t: c }, name));
  return false;
}

/** Call a no-argument method of `te` (iterator(), keyValueIterator()). */
function callMethod(fc: FnCtx, te: TExpr, name: string, span: Span): TExpr {
  const callee = fieldOn(fc, te, name, span, undefined);
  const ft = follow(callee.t);
  // A `using` extension's call passes the receiver as its first argument, as the typer's calls do.
  const args = callee.kind === 'TField' && callee.access.k === 'extension' ? [callee.e] : [];
  return mkT('TCall', ft.kind === 'fun' ? ft.ret : DYNAMIC, span, { e: callee, args });
}

/** The variables of `for (i in a...b)` loops: Haxe forbids assigning them ("Loop variable cannot be modified"). */
const rangeLoopVars = new WeakSet<TVar>();
export function isRangeLoopVar(v: TVar): boolean {
  return rangeLoopVars.has(v);
}

export function typeFor(fc: FnCtx, e: Expr & { kind: 'EFor' }, body?: (fc: FnCtx, body: Expr) => TExpr): TExpr {
  const it = e.it;
  let keyName: Expr | undefined;
  let valName: Expr;
  let source: Expr;
  if (it.kind === 'EBinop' && it.op === '=>' && it.e2.kind === 'EBinop' && it.e2.op === 'in') {
    keyName = it.e1;
    valName = it.e2.e1;
    source = it.e2.e2;
  } else if (it.kind === 'EBinop' && it.op === 'in') {
    valName = it.e1;
    source = it.e2;
  } else {
    fc.error('type.custom', it, ["For expression should be 'v in expr'"]);
    return errorExpr(e);
  }
  if (valName.kind !== 'EIdent' || (keyName && keyName.kind !== 'EIdent')) {
    fc.error('type.custom', it, ["For expression should be 'v in expr'"]);
    return errorExpr(e);
  }
  let how: 'intRange' | 'array' | 'iterator' | 'iterable' | 'keyValue';
  let iter: TExpr;
  let elem: Type;
  let keyT: Type | undefined;
  if (!keyName && source.kind === 'EBinop' && source.op === '...') {
    iter = typeExpr(fc, source);
    how = 'intRange';
    // Like Haxe, a range between two integer literals that counts down is an error.
    if (iter.kind === 'TNew' && iter.args.length === 2) {
      const lo = intLiteral(iter.args[0]!), hi = intLiteral(iter.args[1]!);
      if (lo !== undefined && hi !== undefined && lo > hi) fc.error('type.custom', e, ['Cannot iterate backwards']);
    }
    elem = fc.tx.tInt();
  } else {
    iter = typeExpr(fc, source);
    const ft = follow(iter.t);
    if (ft.kind === 'dynamic' || ft.kind === 'mono') {
      fc.error('type.custom', source, ["You can't iterate on a Dynamic value, please specify Iterator or Iterable"]);
      elem = DYNAMIC;
      how = 'iterable';
    } else if (keyName) {
      const kv = hasField(fc, iter, 'keyValueIterator') ? callMethod(fc, iter, 'keyValueIterator', source) : hasField(fc, iter, 'hasNext') ? iter : undefined;
      const pair = kv ? nextType(fc, kv, source) : undefined;
      const pf = pair ? follow(pair) : undefined;
      if (!pf || pf.kind !== 'anon' || !pf.fields.has('key') || !pf.fields.has('value')) {
        fc.error('type.custom', source, [`You can't iterate on a Dynamic value, please specify KeyValueIterator or KeyValueIterable`]);
        keyT = DYNAMIC;
        elem = DYNAMIC;
      } else {
        keyT = pf.fields.get('key')!.type;
        elem = pf.fields.get('value')!.type;
      }
      how = 'keyValue';
      // An iterator from a `using` extension is called here: the loop then walks that iterator.
      // So is a key-value iterator itself (`for (k => v in new StringKeyValueIterator(s))`).
      if (kv === iter) how = 'iterator';
      else if (kv && !hasOwnField(fc, iter, 'keyValueIterator')) {
        iter = kv;
        how = 'iterator';
      }
    } else if (isArray(iter.t)) {
      elem = isArray(iter.t)!;
      how = 'array';
    } else if (hasField(fc, iter, 'iterator')) {
      const itv = callMethod(fc, iter, 'iterator', source);
      elem = nextType(fc, itv, source) ?? DYNAMIC;
      how = 'iterable';
      if (!hasOwnField(fc, iter, 'iterator')) {
        iter = itv;
        how = 'iterator';
      }
    } else {
      const n = nextType(fc, iter, source);
      if (n) {
        elem = n;
        how = 'iterator';
      } else {
        fc.error('type.custom', source, [`${typeToString(iter.t)} has no field iterator`]);
        elem = DYNAMIC;
        how = 'iterable';
      }
    }
  }
  fc.pushScope();
  const key = keyName ? fc.declare((keyName as Expr & { kind: 'EIdent' }).name, keyT ?? DYNAMIC, 'loop') : undefined;
  const v = fc.declare(valName.name, elem, 'loop');
  if (how === 'intRange') rangeLoopVars.add(v);
  fc.loopDepth++;
  const tbody = body ? body(fc, e.body) : typeExpr(fc, e.body, NO_VALUE);
  fc.loopDepth--;
  fc.popScope();
  return mkT('TFor', fc.tx.tVoid(), e, { v, key, iter, body: tbody, how });
}

import { typeToString } from './print-type.js';

/** The body of a comprehension loop nest: loops and `if`s pass through, the leaf is a yielded value. */
export function typeYield(fc: FnCtx, e: Expr): TExpr {
  const y = fc.yielding!;
  switch (e.kind) {
    case 'EFor':
      return typeFor(fc, e, typeYield);
    case 'EWhile': {
      const cond = typeValue(fc, e.cond, fc.tx.tBool());
      fc.loopDepth++;
      const body = typeYield(fc, e.body);
      fc.loopDepth--;
      return mkT('TWhile', fc.tx.tVoid(), e, { cond, body, doWhile: e.doWhile });
    }
    case 'EIf':
      if (!e.else) {
        const cond = typeValue(fc, e.cond, fc.tx.tBool());
        return mkT('TIf', fc.tx.tVoid(), e, { cond, then: typeYield(fc, e.then), else: undefined });
      }
      break;
    case 'EBlock': {
      if (e.exprs.length === 0) break;
      fc.pushScope();
      const exprs = e.exprs.map((x, i) => (i === e.exprs.length - 1 ? typeYield(fc, x) : typeExpr(fc, x, NO_VALUE)));
      fc.popScope();
      return mkT('TBlock', fc.tx.tVoid(), e, { exprs });
    }
    case 'EParenthesis':
      return typeYield(fc, e.e);
  }
  // The yielded value: `k => v` for maps, a plain value for arrays.
  fc.yielding = undefined;
  let out: TExpr;
  if (y.isMap && e.kind === 'EBinop' && e.op === '=>') {
    const k = typeValue(fc, e.e1, y.key);
    const v = typeValue(fc, e.e2, y.elem);
    out = mkT('TBinop', fc.tx.tVoid(), e, { op: '=>', e1: k, e2: v });
  } else {
    const v = typeValue(fc, e, y.elem);
    out = mkT('TMeta', fc.tx.tVoid(), e, { name: ':yield', e: v });
  }
  fc.yielding = y;
  return out;
}

/** The value of an integer literal, possibly negated (`-3`); undefined for any other expression. */
function intLiteral(e: TExpr): number | undefined {
  if (e.kind === 'TConst' && e.value.k === 'int') return e.value.v;
  if (e.kind === 'TUnop' && e.op === '-' && e.e.kind === 'TConst' && e.e.value.k === 'int') return -e.e.value.v;
  return undefined;
}
