// Function bodies: field methods, field initialisers, local functions (named, anonymous, arrow),
// and the missing-return check.
// Takes: the Typer and a field (or FnCtx and an EFunction). Gives: TFunction/TExpr; binds the
// monomorphs of inferred argument and return types.
// Invariant: a function whose return type is not Void must not be able to reach its end
// ("Missing return: T", reported where Haxe's return_flow finds the reachable end: the last
// expression of the body, or the branch of an if/switch that falls through); an unannotated
// function that returns no value gets Void; an arrow function's body is its return value; a
// constructor calls its super class's constructor if there is one.

import type { Expr, Func } from '../syntax/ast.js';
import { FnCtx } from './ctx.js';
import type { TExpr, TFunc, TVar } from './texpr.js';
import { coerce, mkT, NO_VALUE, typeExpr, typeValue, wanted } from './type-expr.js';
import { funArg, resolveType, type TypeScope } from './typeload.js';
import { findCtor } from './type-call.js';
import type { Typer } from './typer.js';
import { DYNAMIC, follow, mkMono, resolve, substitute, type AbstractType, type ClassField, type ClassType, type Type, type TypeParam } from './types.js';
import { tryUnify, unify } from './unify.js';
import { typeToString } from './print-type.js';

function ownerContext(tx: Typer, cf: ClassField, scope: TypeScope): FnCtx {
  const owner = cf.owner;
  let cls: ClassType | undefined;
  let abs: AbstractType | undefined;
  let thisType: Type | undefined;
  if (owner?.kind === 'class') {
    cls = owner;
    thisType = { kind: 'inst', cls: owner, params: owner.params.map((p) => ({ kind: 'param', param: p }) as Type) };
  } else if (owner?.kind === 'abstract') {
    abs = owner;
    cls = owner.impl;
    owner.build?.();
    thisType = owner.underlying;
  }
  const isStatic = cf.isStatic && cf.name !== 'new';
  return new FnCtx(tx, scope.module, scope, cls, abs, cf, isStatic && !abs ? true : cf.isStatic, isStatic && !abs ? undefined : thisType);
}

/** A variable field's initialiser, checked against its declared type if it has one. */
export function typeFieldInit(tx: Typer, cf: ClassField, scope: TypeScope): TExpr | undefined {
  if (!cf.decl) return undefined;
  const fc = ownerContext(tx, cf, scope);
  const declared = cf.type.kind === 'lazy' && cf.type.busy ? undefined : hasDeclaredType(cf) ? cf.type : undefined;
  // An initialiser that does not fit is reported at the whole field declaration (as Haxe does).
  const te = typeExpr(fc, cf.decl, declared);
  return declared ? coerce(fc, te, declared, cf.pos ?? cf.decl) : te;
}

function hasDeclaredType(cf: ClassField): boolean {
  const owner = cf.owner;
  const decl = owner?.decl;
  if (!decl || (decl.kind !== 'DClass' && decl.kind !== 'DAbstract')) return true;
  const f = decl.fields.find((x) => x.name === cf.name);
  return !f || f.decl.kind === 'FFun' || f.decl.type !== undefined;
}

/** A method body, typed against (and binding) its function type. */
export function typeFieldBody(tx: Typer, cf: ClassField, fnType: Type, scope: TypeScope): TExpr | undefined {
  const func = tx.functionDecl(cf);
  if (!func || !func.body) return undefined;
  const fc = ownerContext(tx, cf, scope);
  const ft = resolve(fnType);
  if (ft.kind !== 'fun') return undefined;
  const tf = typeFunctionBody(fc, func, ft);
  // A constructor of a class whose super class has a constructor must call it (Haxe: at the body).
  const owner = cf.owner;
  if (cf.name === 'new' && owner?.kind === 'class' && !owner.isExtern && owner.superClass && findCtor(owner.superClass.cls) && !hasSuperCall(tf.body)) {
    tx.error('type.custom', fc.pos(func.body), ['Missing super constructor call']);
  }
  if (cf.name === 'main' && cf.isStatic && !tx.isVoidType(tf.ret)) {
    tx.error('type.main-return', cf.pos ? { file: cf.pos.file, pos: cf.namePos, end: cf.namePos + 4 } : { file: scope.module.file, pos: 0, end: 0 }, [typeToString(tf.ret)]);
  }
  return mkT('TFunction', fnType, func.body, { func: tf, name: undefined });
}

/** Does a constructor body call `super(…)` (outside nested functions)? */
function hasSuperCall(e: TExpr): boolean {
  if (e.kind === 'TCall' && e.e.kind === 'TConst' && e.e.value.k === 'super') return true;
  if (e.kind === 'TFunction') return false;
  return childExprs(e).some(hasSuperCall);
}

/** Does a body contain `return value` (outside nested functions)? */
function hasValueReturn(e: TExpr): boolean {
  if (e.kind === 'TReturn') return e.e !== undefined;
  if (e.kind === 'TFunction') return false;
  return childExprs(e).some(hasValueReturn);
}

/** The typed sub-expressions of a node: every property holding a TExpr, directly or in arrays and records (cases, catches). */
function childExprs(e: TExpr): TExpr[] {
  const out: TExpr[] = [];
  const isTExpr = (x: unknown): x is TExpr => typeof x === 'object' && x !== null && 'kind' in x && 't' in x && 'pos' in x;
  const visit = (x: unknown, depth: number): void => {
    if (isTExpr(x)) out.push(x);
    else if (Array.isArray(x)) x.forEach((y) => visit(y, depth));
    else if (depth < 2 && typeof x === 'object' && x !== null) Object.values(x).forEach((y) => visit(y, depth + 1));
  };
  for (const [k, v] of Object.entries(e)) if (k !== 't') visit(v, 0);
  return out;
}

/** Arguments into scope, body typed, return type settled, missing return checked. */
function typeFunctionBody(fc: FnCtx, func: Func, ft: Type & { kind: 'fun' }): TFunc {
  fc.enterFunction(ft.ret);
  const args: TFunc['args'] = [];
  func.args.forEach((a, i) => {
    const t = ft.args[i]?.type ?? DYNAMIC;
    const value = a.value ? typeValue(fc, a.value, t) : undefined;
    const v = fc.declare(a.name, t, 'arg');
    args.push({ v, value, opt: ft.args[i]?.opt ?? false });
  });
  const body = func.body!;
  const tbody = typeExpr(fc, body, NO_VALUE);
  fc.leaveFunction();
  const ret = resolve(ft.ret);
  // An unknown return type is Void only when no `return value` was seen (it may return a value of a
  // type still unknown, e.g. an unannotated argument).
  if (ret.kind === 'mono') {
    if (!hasValueReturn(tbody)) unify(ret, fc.tx.tVoid());
  } else if (!fc.tx.isVoidType(ft.ret)) {
    const at = returnFlow(tbody);
    if (at) fc.error('type.missing-return', at, [typeToString(ft.ret)]);
  }
  return { args, ret: ft.ret, body: tbody };
}

/** Local functions: `function name(…) …`, `function (…) …`, `(…) -> …`. */
export function typeLocalFunction(fc: FnCtx, e: Expr & { kind: 'EFunction' }, expected: Type | undefined): TExpr {
  const func = e.func;
  const want = wanted(expected) ? follow(wanted(expected)!) : undefined;
  // Haxe infers from an expected function type of the same arity: unannotated arguments take its
  // argument types, an unannotated return its return type (unless that is Void and this is no arrow).
  const wantFn = want && want.kind === 'fun' && want.args.length === e.func.args.length ? want : undefined;
  const params = new Map<string, Type>(fc.scope.params);
  const tps: TypeParam[] = func.params.map((p) => ({ name: p.name, constraints: () => [], default: undefined, owner: `local.${e.name ?? 'anon'}`, meta: p.meta }));
  for (const p of tps) params.set(p.name, { kind: 'param', param: p });
  const scope: TypeScope = { module: fc.scope.module, params };
  tps.forEach((tp, i) => {
    // Constraints (`<T:Float>`), resolved on first use in the function's own scope.
    let cache: Type[] | undefined;
    tp.constraints = () => (cache ??= func.params[i]!.constraints.map((c) => resolveType(fc.tx, scope, c)));
  });
  const args = func.args.map((a, i) => {
    if (a.type) return funArg(fc.tx, scope, a);
    const fromWant = wantFn?.args[i];
    return { name: a.name, opt: a.opt || a.value !== undefined, type: fromWant ? fromWant.type : mkMono() };
  });
  let ret: Type;
  if (func.ret) ret = resolveType(fc.tx, scope, func.ret);
  else if (wantFn && !fc.tx.isVoidType(wantFn.ret)) ret = wantFn.ret;
  // An arrow function takes an expected Void return too (its value is then discarded, but a nested
  // `return value` is an error at that return).
  else if (wantFn && e.style === 'arrow') ret = fc.tx.tVoid();
  else ret = mkMono();
  const ft: Type & { kind: 'fun' } = { kind: 'fun', args, ret };
  let self: TVar | undefined;
  if (e.name) {
    self = fc.declare(e.name, ft, 'local');
    if (tps.length > 0) self.params = tps;
  }
  let tf: TFunc;
  if (e.style === 'arrow') {
    fc.enterFunction(ft.ret);
    const targs = func.args.map((a, i) => ({ v: fc.declare(a.name, args[i]!.type, 'arg'), value: a.value ? typeValue(fc, a.value, args[i]!.type) : undefined, opt: args[i]!.opt }));
    // The body is the returned value, unless the function returns Void (`() -> {}` does).
    const emptyBody = func.body!.kind === 'EBlock' && func.body!.exprs.length === 0 && !func.ret;
    const wantVoid = (wantFn && fc.tx.isVoidType(wantFn.ret) && !func.ret) || emptyBody;
    let body: TExpr;
    if (wantVoid) {
      body = typeExpr(fc, func.body!, NO_VALUE);
      if (resolve(ret).kind === 'mono') unify(ret, fc.tx.tVoid());
    } else {
      const v = typeExpr(fc, func.body!, resolve(ret).kind === 'mono' ? undefined : ret);
      // (A nested `return` may have fixed the type already: the value is then checked against it below.)
      if (resolve(ret).kind === 'mono') tryUnify(ret, fc.tx.isVoidType(v.t) ? fc.tx.tVoid() : v.t);
      body = fc.tx.isVoidType(ret) ? v : mkT('TReturn', DYNAMIC, func.body!, { e: coerce(fc, v, ret, func.body!) });
    }
    fc.leaveFunction();
    tf = { args: targs, ret, body };
  } else {
    tf = typeFunctionBody(fc, func, ft);
  }
  // A function literal that the context expects to be of a function type is checked by the caller.
  return mkT('TFunction', ft, e, { func: tf, name: self });
}

/**
 * Haxe's return_flow: where a function body whose end is reachable is reported, or undefined when
 * every path returns or throws. A block is judged by its last expression (unless an earlier one
 * already never completes), an `if` with `else` and an exhaustive `switch` by each branch in turn,
 * any other expression by itself.
 */
export function returnFlow(e: TExpr): TExpr | undefined {
  switch (e.kind) {
    case 'TReturn':
    case 'TThrow':
      return undefined;
    case 'TParenthesis':
    case 'TMeta':
      return returnFlow(e.e);
    case 'TBlock':
      for (let i = 0; i < e.exprs.length; i++) {
        const x = e.exprs[i]!;
        if (i === e.exprs.length - 1) return returnFlow(x);
        if (!canComplete(x)) return undefined;
      }
      return e;
    case 'TIf':
      if (e.else) return returnFlow(e.then) ?? returnFlow(e.else);
      break;
    case 'TSwitch':
      if (e.default || e.exhaustive) {
        for (const c of e.cases) {
          const r = c.body ? returnFlow(c.body) : e;
          if (r) return r;
        }
        return e.default ? returnFlow(e.default) : undefined;
      }
      break;
    case 'TTry': {
      const r = returnFlow(e.body);
      if (r) return r;
      for (const c of e.catches) {
        const rc = returnFlow(c.body);
        if (rc) return rc;
      }
      return undefined;
    }
    case 'TWhile':
      if (!e.doWhile && isTrue(e.cond)) return hasBreak(e.body) ? e : undefined;
      break;
  }
  return canComplete(e) ? e : undefined;
}

/** Can evaluation reach the end of `e` (i.e. fall through without return/throw)? */
export function canComplete(e: TExpr): boolean {
  switch (e.kind) {
    case 'TReturn':
    case 'TThrow':
      return false;
    case 'TBlock':
      return e.exprs.every(canComplete);
    case 'TParenthesis':
    case 'TMeta':
      return canComplete(e.e);
    case 'TIf':
      return !e.else || canComplete(e.then) || canComplete(e.else) || !canComplete(e.cond);
    case 'TSwitch': {
      if (!e.exhaustive && !e.default) return true;
      const bodies = [...e.cases.map((c) => c.body), e.default];
      if (!e.default && !e.exhaustive) return true;
      return bodies.some((b) => b === undefined || canComplete(b));
    }
    case 'TTry':
      return canComplete(e.body) || e.catches.some((c) => canComplete(c.body));
    case 'TWhile':
      if (!e.doWhile && isTrue(e.cond)) return hasBreak(e.body);
      if (e.doWhile) return canComplete(e.body) || hasBreak(e.body);
      return true;
    case 'TVarDecl':
      return !e.init || canComplete(e.init);
    case 'TCall':
      return canComplete(e.e) && e.args.every(canComplete);
    case 'TBinop':
      return canComplete(e.e1) && canComplete(e.e2);
    default:
      return true;
  }
}


function isTrue(e: TExpr): boolean {
  if (e.kind === 'TParenthesis') return isTrue(e.e);
  return e.kind === 'TConst' && e.value.k === 'bool' && e.value.v;
}

/** A `break` that leaves this loop (not one inside a nested loop or function). */
function hasBreak(e: TExpr | undefined): boolean {
  if (!e) return false;
  switch (e.kind) {
    case 'TBreak': return true;
    case 'TWhile': case 'TFor': case 'TFunction': return false;
    case 'TBlock': return e.exprs.some(hasBreak);
    case 'TIf': return hasBreak(e.then) || hasBreak(e.else);
    case 'TSwitch': return e.cases.some((c) => hasBreak(c.body)) || hasBreak(e.default);
    case 'TTry': return hasBreak(e.body) || e.catches.some((c) => hasBreak(c.body));
    case 'TParenthesis': case 'TMeta': return hasBreak(e.e);
    default: return false;
  }
}

