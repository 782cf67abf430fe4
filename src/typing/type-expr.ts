// Expression typing: the dispatch over every untyped expression kind, and the shared helpers for
// coercion to an expected type and for blocks, literals, object/array literals (an object literal
// where a @:structInit class is expected constructs it; `[]` where a Map is expected is an empty
// map) and control flow.
// Takes: a FnCtx, an Expr and the type the context expects (or undefined). Gives: a TExpr.
// Invariant: errors are reported and typing goes on with a Dynamic-typed node, so one mistake yields
// one diagnostic; the expected type only guides inference (top-down), `coerce` does the checking, at
// Haxe's position: the whole `var` statement, `return e`, `if`/`while` (a `do … while` condition
// itself), the whole array literal for an element, the value for an object-literal field.

import type { Expr, Span } from '../syntax/ast.js';
import type { FnCtx } from './ctx.js';
import type { TExpr, TVar } from './texpr.js';
import { typeCall, typeNew } from './type-call.js';
import { typeField, typeIdent } from './type-field.js';
import { typeFor, typeYield } from './type-loop.js';
import { typeBinop, typeUnop } from './type-ops.js';
import { typeSwitch } from './type-switch.js';
import { typeLocalFunction } from './type-fun.js';
import { resolveType, resolveTypePath } from './typeload.js';
import { DYNAMIC, applyParams, constrainedMonos, follow, followKeepNull, mkMono, resolve, substitute, type ClassField, type Type } from './types.js';
import { isNull, tryUnify, typesEqual, unify, UnifyError } from './unify.js';

/**
 * The "expected type" of an expression whose value is not used (a statement in a block). Passing it
 * tells `if`/`switch` not to unify their branches; it is never unified with anything.
 */
export const NO_VALUE: Type = { kind: 'dynamic', of: undefined };

/** The expected type proper, or undefined for statements and unconstrained positions. */
export function wanted(expected: Type | undefined): Type | undefined {
  return expected === NO_VALUE ? undefined : expected;
}

export function mkT<K extends TExpr['kind']>(kind: K, t: Type, span: Span, props: Omit<Extract<TExpr, { kind: K }>, 'kind' | 't' | 'pos' | 'end'>): TExpr {
  return { kind, t, pos: span.pos, end: span.end, ...props } as TExpr;
}

export function errorExpr(span: Span): TExpr {
  return mkT('TConst', DYNAMIC, span, { value: { k: 'null' } });
}

/** Type `e` where a value of type `expected` is wanted, and check (with implicit casts) that it fits. */
export function typeValue(fc: FnCtx, e: Expr, expected: Type | undefined): TExpr {
  const te = typeExpr(fc, e, expected);
  const w = wanted(expected);
  return w ? coerce(fc, te, w, e) : te;
}

/**
 * Check that `te` can be used as `expected`: unification, then abstract @:from/@:to casts
 * (which become calls). Reports Haxe's "A should be B" otherwise.
 */
export function coerce(fc: FnCtx, te: TExpr, expected: Type, span: Span, extra: string[] = []): TExpr {
  const exact = exactToCast(te, expected);
  if (exact) return exact;
  try {
    unify(te.t, expected);
    return te;
  } catch (err) {
    if (!(err instanceof UnifyError)) throw err;
    const cast = abstractCast(fc, te, expected);
    if (cast) return cast;
    fc.unifyError(err, span, extra);
    return te;
  }
}

/**
 * Haxe looks for an abstract's cast function before unifying: when no `to` type of the source's
 * declaration is exactly the target, a @:to function returning exactly the target converts the value
 * (so UInt's toFloat, not its `to Int` and then Int to Float, makes a UInt a Float).
 */
export function exactToCast(te: TExpr, expected: Type): TExpr | undefined {
  const from = followKeepNull(te.t);
  if (from.kind !== 'abstract' || from.abs.isCore) return undefined;
  const want = followKeepNull(expected);
  if (want.kind === 'mono' || want.kind === 'dynamic' || (want.kind === 'abstract' && want.abs === from.abs)) return undefined;
  from.abs.build?.();
  if (!from.abs.to.some((t) => t.field && !t.field.isStatic)) return undefined;
  for (const t of from.abs.to) if (!t.field && typesEqual(applyParams(from.abs.params, from.params, t.type), expected)) return undefined;
  for (const f of from.abs.to) {
    if (!f.field || f.field.isStatic || f.field.params.length) continue;
    const ft = follow(f.field.type);
    if (ft.kind !== 'fun') continue;
    if (!typesEqual(applyParams(from.abs.params, from.params, ft.ret), expected)) continue;
    const callee = mkT('TField', f.field.type, te, { e: te, access: { k: 'static', cls: from.abs.impl!, field: f.field } });
    return mkT('TCall', expected, te, { e: callee, args: [] });
  }
  return undefined;
}

/** An implicit cast through an abstract's @:from (on the target) or @:to (on the source) function. */
export function abstractCast(fc: FnCtx, te: TExpr, expected: Type): TExpr | undefined {
  const to = follow(expected);
  if (to.kind === 'abstract') {
    to.abs.build?.();
    for (const f of to.abs.from) {
      if (!f.field) continue;
      const ft = follow(f.field.type);
      if (ft.kind !== 'fun' || !ft.args[0]) continue;
      const argT = instantiateFieldParams(f.field, ft.args[0].type, to.abs.params, to.params);
      if (tryUnify(te.t, argT)) {
        const callee = mkT('TField', f.field.type, te, { e: mkT('TTypeExpr', DYNAMIC, te, { mt: to.abs }), access: { k: 'static', cls: to.abs.impl!, field: f.field } });
        return mkT('TCall', expected, te, { e: callee, args: [te] });
      }
    }
  }
  const from = follow(te.t);
  if (from.kind === 'abstract') {
    from.abs.build?.();
    for (const f of from.abs.to) {
      if (!f.field) continue;
      if (f.field.isStatic) {
        // A static @:to (Map's, for @:multiType) takes the value as its first argument, whose type
        // must be the abstract's underlying type; its own (constrained) type parameters follow from it.
        const map = new Map<import('./types.js').TypeParam, Type>();
        from.abs.params.forEach((p, i) => map.set(p, from.params[i] ?? DYNAMIC));
        constrainedMonos(f.field.params, map);
        const sft = follow(substitute(f.field.type, map));
        if (sft.kind !== 'fun' || !sft.args[0]) continue;
        if (typesEqual(sft.args[0].type, substitute(from.abs.underlying, map)) && tryUnify(sft.ret, expected)) {
          const callee = mkT('TField', sft, te, { e: mkT('TTypeExpr', DYNAMIC, te, { mt: from.abs }), access: { k: 'static', cls: from.abs.impl!, field: f.field } });
          return mkT('TCall', expected, te, { e: callee, args: [te] });
        }
        continue;
      }
      const ft = follow(f.field.type);
      if (ft.kind !== 'fun') continue;
      const retT = instantiateFieldParams(f.field, ft.ret, from.abs.params, from.params);
      if (tryUnify(retT, expected)) {
        const callee = mkT('TField', f.field.type, te, { e: te, access: { k: 'static', cls: from.abs.impl!, field: f.field } });
        return mkT('TCall', expected, te, { e: callee, args: [] });
      }
    }
  }
  return undefined;
}

/** Substitute an abstract's parameters and give the field's own parameters fresh monomorphs. */
function instantiateFieldParams(f: ClassField, t: Type, ownerParams: import('./types.js').TypeParam[], args: Type[]): Type {
  const map = new Map<import('./types.js').TypeParam, Type>();
  ownerParams.forEach((p, i) => map.set(p, args[i] ?? DYNAMIC));
  for (const p of f.params) map.set(p, mkMono());
  return substitute(t, map);
}


export function isBool(fc: FnCtx, t: Type): boolean {
  const f = follow(t);
  return f.kind === 'abstract' && f.abs === (follow(fc.tx.tBool()) as { abs?: unknown }).abs;
}

/**
 * The most specific common type of branch types (Haxe's unify_min), or undefined if none: each type
 * against the best so far (either way); failing that, object literals with the same fields give the
 * structure of their fields' common types; failing that, the first of the first type's base types
 * (itself, its super classes, their interfaces; typedefs and what they name) that every other fits.
 */
export function unifyMin(types: Type[]): Type | undefined {
  if (types.length === 0) return undefined;
  let best = types[0]!;
  let ok = true;
  for (const t of types.slice(1)) {
    if (tryUnify(t, best)) continue;
    if (tryUnify(best, t)) {
      best = t;
      continue;
    }
    ok = false;
    break;
  }
  if (ok) {
    // As in Haxe's unify_min, a null among the values makes the common type nullable
    // (`[1.5, null]` is an Array<Null<Float>>, whose null stays null rather than becoming 0).
    const nul = types.map((t) => followKeepNull(t)).find((t) => isNull(t));
    if (nul && !isNull(followKeepNull(best))) return { ...nul, params: [best] };
    return best;
  }
  const anon = literalsMin(types);
  if (anon) return anon;
  const rest = types.slice(1);
  for (const c of baseTypes(types[0]!)) if (rest.every((t) => tryUnify(t, c))) return c;
  return undefined;
}

/** Object literals with the same field names: each field's common type (closed structure). */
function literalsMin(types: Type[]): Type | undefined {
  const anons = types.map((t) => resolve(t));
  const first = anons[0]!;
  if (first.kind !== 'anon' || first.status.k !== 'const') return undefined;
  const names = [...first.fields.keys()];
  if (!anons.every((a) => a.kind === 'anon' && a.status.k === 'const' && a.fields.size === names.length && names.every((n) => a.fields.has(n)))) return undefined;
  const fields = new Map<string, ClassField>();
  for (const n of names) {
    const t = unifyMin(anons.map((a) => (a as Type & { kind: 'anon' }).fields.get(n)!.type));
    if (!t) return undefined;
    fields.set(n, { ...first.fields.get(n)!, type: t });
  }
  return { kind: 'anon', fields, status: { k: 'closed' } };
}

/** Haxe's collect_base_types: the type itself first, then its super classes and interfaces. */
function baseTypes(t: Type): Type[] {
  const out: Type[] = [];
  const loop = (t: Type, depth: number): void => {
    if (depth > 50) return;
    const r = resolve(t);
    if (r.kind === 'inst') {
      r.cls.build?.();
      for (const i of r.cls.interfaces) loop({ kind: 'inst', cls: i.cls, params: i.params.map((p) => applyParams(r.cls.params, r.params, p)) }, depth + 1);
      const sup = r.cls.superClass;
      if (sup) loop({ kind: 'inst', cls: sup.cls, params: sup.params.map((p) => applyParams(r.cls.params, r.params, p)) }, depth + 1);
    } else if (r.kind === 'param') {
      for (const c of r.param.constraints()) loop(c, depth + 1);
    } else if (r.kind === 'typedef') {
      loop(applyParams(r.def.params, r.params, r.def.type), depth + 1);
    }
    out.unshift(r);
  };
  loop(t, 0);
  return out;
}

export function typeExpr(fc: FnCtx, e: Expr, expected?: Type): TExpr {
  switch (e.kind) {
    case 'EInt': {
      const hex = e.value.startsWith('0x') || e.value.startsWith('-0x') || e.value.startsWith('0X');
      // Hexadecimal literals are 32-bit patterns (0xFFFFFFFF is -1); too-large decimals are Floats.
      const v = hex ? parseInt(e.value, 16) | 0 : Number(e.value);
      if (!hex && (v > 0x7fffffff || v < -0x80000000)) {
        // Haxe types integer literals that do not fit 32 bits as Float.
        return mkT('TConst', fc.tx.tFloat(), e, { value: { k: 'float', v: String(v) } });
      }
      return mkT('TConst', fc.tx.tInt(), e, { value: { k: 'int', v } });
    }
    case 'EFloat':
      return mkT('TConst', fc.tx.tFloat(), e, { value: { k: 'float', v: e.value } });
    case 'EString':
      return mkT('TConst', fc.tx.tString(), e, { value: { k: 'string', v: e.value } });
    case 'EInterp': {
      const parts: TExpr[] = [];
      for (const p of e.parts) {
        if (p.kind === 'text') parts.push(mkT('TConst', fc.tx.tString(), e, { value: { k: 'string', v: p.value } }));
        else parts.push(typeExpr(fc, p.expr));
      }
      return mkT('TInterp', fc.tx.tString(), e, { parts });
    }
    case 'ERegex': {
      const ereg = fc.tx.stdType('EReg');
      if (!ereg || ereg.kind !== 'class') return mkT('TConst', DYNAMIC, e, { value: { k: 'string', v: e.pattern } });
      const args = [e.pattern, e.flags].map((s) => mkT('TConst', fc.tx.tString(), e, { value: { k: 'string', v: s } }));
      return mkT('TNew', { kind: 'inst', cls: ereg, params: [] }, e, { cls: ereg, params: [], args });
    }
    case 'EIdent':
      return typeIdent(fc, e, e.name, expected);
    case 'EField':
      return typeField(fc, e, expected);
    case 'EParenthesis': {
      const inner = typeExpr(fc, e.e, expected);
      return mkT('TParenthesis', inner.t, e, { e: inner });
    }
    case 'ECheckType': {
      const t = resolveType(fc.tx, fc.scope, e.type);
      const inner = typeValue(fc, e.e, t);
      return mkT('TParenthesis', t, e, { e: inner });
    }
    case 'EArray':
      return typeArrayAccess(fc, e);
    case 'EBinop':
      return typeBinop(fc, e, expected);
    case 'EUnop':
      return typeUnop(fc, e);
    case 'EObjectDecl':
      return typeObjectDecl(fc, e, expected);
    case 'EArrayDecl':
      return typeArrayDecl(fc, e, expected);
    case 'ECall':
      return typeCall(fc, e, expected);
    case 'ENew':
      return typeNew(fc, e, expected);
    case 'EVars':
      return typeVars(fc, e);
    case 'EFunction':
      return typeLocalFunction(fc, e, expected);
    case 'EBlock':
      return typeBlock(fc, e, expected);
    case 'EFor':
      return typeFor(fc, e);
    case 'EIf':
      return typeIf(fc, e, expected);
    case 'ETernary':
      return typeIf(fc, { kind: 'EIf', cond: e.cond, then: e.then, else: e.else, pos: e.pos, end: e.end }, expected);
    case 'EWhile': {
      // A condition that is not a Bool is reported at the whole `while` loop, at the condition of a
      // `do … while` (as Haxe does).
      const cond = coerce(fc, typeExpr(fc, e.cond, fc.tx.tBool()), fc.tx.tBool(), e.doWhile ? e.cond : e);
      fc.loopDepth++;
      // The body's value is never used (Haxe types it with NoValue).
      const body = typeExpr(fc, e.body, NO_VALUE);
      fc.loopDepth--;
      return mkT('TWhile', fc.tx.tVoid(), e, { cond, body, doWhile: e.doWhile });
    }
    case 'ESwitch':
      return typeSwitch(fc, e, expected);
    case 'ETry':
      return typeTry(fc, e, expected);
    case 'EReturn':
      return typeReturn(fc, e);
    case 'EBreak':
    case 'EContinue':
      if (fc.loopDepth === 0) fc.error('type.custom', e, [e.kind === 'EBreak' ? 'Break outside loop' : 'Continue outside loop']);
      // Like `return` and `throw`, they produce no value: Dynamic fits any expected type (Haxe 4.2).
      return mkT(e.kind === 'EBreak' ? 'TBreak' : 'TContinue', DYNAMIC, e, {});
    case 'EThrow': {
      const inner = typeExpr(fc, e.e);
      return mkT('TThrow', DYNAMIC, e, { e: inner });
    }
    case 'EUntyped': {
      const inner = typeExpr(fc, e.e, expected);
      return mkT('TMeta', DYNAMIC, e, { name: ':untyped', e: inner });
    }
    case 'ECast':
      return typeCast(fc, e, expected);
    case 'EIs': {
      // Haxe types `e is T` as Std.isOfType(e, T): T is a type used as a value, so it must name a class,
      // enum or abstract (not a structure typedef) and have no type parameters.
      const inner = typeExpr(fc, e.e);
      if (e.type.kind !== 'CTPath') {
        fc.error('type.custom', e.type, ['Unsupported type for `is` operator']);
        return errorExpr(e);
      }
      if (e.type.path.params.length > 0) {
        fc.display('type.custom', e.type, ['Type parameters are not supported for the `is` operator']);
        return errorExpr(e);
      }
      const t = resolveTypePath(fc.tx, fc.scope, e.type.path);
      if (!t) return errorExpr(e);
      const r = resolve(t);
      const mt = r.kind === 'dynamic' ? fc.tx.stdType('Dynamic') : r.kind === 'typedef' ? moduleTypeOf(follow(r)) : moduleTypeOf(r);
      if (!mt) {
        fc.error('type.custom', e.type, [`${[...e.type.path.pack, e.type.path.name].join('.')} is not a value`]);
        return errorExpr(e);
      }
      return mkT('TIs', fc.tx.tBool(), e, { e: inner, mt });
    }
    case 'EMeta': {
      // `@:privateAccess e`: private fields are accessible inside e.
      const priv = e.meta.name === ':privateAccess';
      if (priv) fc.privateAccess++;
      try {
        const inner = typeExpr(fc, e.e, expected);
        return mkT('TMeta', inner.t, e, { name: e.meta.name, e: inner });
      } finally {
        if (priv) fc.privateAccess--;
      }
    }
    case 'EMacro':
    case 'EMacroType':
    case 'EMacroDecl':
    case 'EReify':
      fc.error('type.custom', e, ['Macros are not supported by rayzor yet']);
      return errorExpr(e);
    case 'EError':
      return errorExpr(e);
  }
}

export function moduleTypeOf(t: Type): import('./types.js').ModuleType | undefined {
  const r = resolve(t);
  switch (r.kind) {
    case 'inst': return r.cls;
    case 'enum': return r.enm;
    case 'abstract': return r.abs;
    case 'typedef': return moduleTypeOf(follow(r)) ?? r.def;
    case 'dynamic': return undefined;
    default: return undefined;
  }
}

// ---- blocks and variables --------------------------------------------------------------------------------------

function typeBlock(fc: FnCtx, e: Expr & { kind: 'EBlock' }, expected: Type | undefined): TExpr {
  // `{}` used as a value is an empty object (Haxe's rule).
  if (e.exprs.length === 0 && expected !== NO_VALUE) return typeObjectDecl(fc, { kind: 'EObjectDecl', fields: [], pos: e.pos, end: e.end }, expected);
  fc.pushScope();
  const exprs: TExpr[] = [];
  e.exprs.forEach((x, i) => {
    const last = i === e.exprs.length - 1;
    exprs.push(typeExpr(fc, x, last ? expected : NO_VALUE));
  });
  fc.popScope();
  const t = exprs.length ? exprs[exprs.length - 1]!.t : fc.tx.tVoid();
  return mkT('TBlock', exprs.length ? t : fc.tx.tVoid(), e, { exprs });
}

function typeVars(fc: FnCtx, e: Expr & { kind: 'EVars' }): TExpr {
  const out: TExpr[] = [];
  for (const d of e.vars) {
    const declared = d.type ? resolveType(fc.tx, fc.scope, d.type) : undefined;
    // As Haxe, an initialiser that does not fit is reported at the whole declaration statement.
    const init = d.expr ? (declared ? coerce(fc, typeExpr(fc, d.expr, declared), declared, e) : typeExpr(fc, d.expr)) : undefined;
    // The variable is visible only after its initialiser (Haxe: `var x = x;` reads an outer x).
    const t = declared ?? (init ? init.t : mkMono());
    if (fc.tx.isVoidType(t)) fc.error('type.custom', { pos: d.namePos, end: d.namePos + d.name.length }, ['Variables of type Void are not allowed']);
    const v = fc.declare(d.name, t, 'local', d.final);
    out.push(mkT('TVarDecl', fc.tx.tVoid(), d, { v, init }));
  }
  return out.length === 1 ? out[0]! : mkT('TBlock', fc.tx.tVoid(), e, { exprs: out });
}

// ---- literals -----------------------------------------------------------------------------------------------------

/**
 * `{a: e, …}`. Against an expected structure (Haxe's rule): each field value is checked against the
 * expected field's type at the value and then has that type; missing required fields ("Object
 * requires field y") and extra fields ("… has extra field z") are reported at the literal.
 */
function typeObjectDecl(fc: FnCtx, e: Expr & { kind: 'EObjectDecl' }, expected: Type | undefined): TExpr {
  const want = wanted(expected) ? follow(wanted(expected)!) : undefined;
  if (want && want.kind === 'inst' && want.cls.meta.some((m) => m.name === ':structInit')) return typeStructInit(fc, e, want);
  const wantFields = want && want.kind === 'anon' && want.fields.size > 0 && (want.status.k === 'closed' || want.status.k === 'const' || want.status.k === 'extend') ? want.fields : undefined;
  const fields: { name: string; e: TExpr }[] = [];
  const types = new Map<string, ClassField>();
  const extra: string[] = [];
  for (const f of e.fields) {
    if (types.has(f.name)) {
      fc.error('type.custom', e, [`Duplicate field in object declaration : ${f.name}`]);
      continue;
    }
    const wf = wantFields?.get(f.name);
    let te: TExpr;
    let t: Type;
    if (wf) {
      te = coerce(fc, typeExpr(fc, f.expr, wf.type), wf.type, f.expr);
      t = wf.type;
    } else {
      if (wantFields) extra.unshift(f.name);
      te = typeExpr(fc, f.expr);
      t = te.t;
    }
    fields.push({ name: f.name, e: te });
    types.set(f.name, { ...fieldTemplate, name: f.name, type: t });
  }
  const t: Type & { kind: 'anon' } = { kind: 'anon', fields: types, status: { k: 'const' } };
  if (wantFields) {
    // Haxe displays these and goes on, except in a call argument, where the report is the argument's error.
    const inArg = fc.argName !== undefined;
    const missing = [...wantFields.values()].filter((f) => !f.meta.some((m) => m.name === ':optional') && !types.has(f.name)).map((f) => f.name).sort().reverse();
    const report = (msg: string) => (inArg ? fc.error('type.custom', e, [msg]) : fc.display('type.custom', e, [msg]));
    if (missing.length === 1) report(`Object requires field ${missing[0]}`);
    else if (missing.length > 1) report(`Object requires fields: ${missing.join(', ')}`);
    if (extra.length > 0 && !(inArg && missing.length > 0)) {
      const err = new UnifyError(extra.map((name) => ({ k: 'extraField', t, name })));
      if (inArg) fc.unifyError(err, e);
      else fc.tx.unifyError(err, fc.pos(e));
      // Reported once: the literal no longer counts as a closed object literal.
      t.status = { k: 'closed' };
    }
    if (inArg && (missing.length > 0 || extra.length > 0)) return mkT('TObjectDecl', DYNAMIC, e, { fields });
  }
  return mkT('TObjectDecl', t, e, { fields });
}

/**
 * `{x: 1}` where a @:structInit class is expected constructs it (Haxe's rule): the fields name the
 * constructor's arguments, or, without a constructor, the class's variables (those with an
 * initialiser or @:optional may be left out).
 */
function typeStructInit(fc: FnCtx, e: Expr & { kind: 'EObjectDecl' }, want: Type & { kind: 'inst' }): TExpr {
  const c = want.cls;
  c.build?.();
  const map = new Map<import('./types.js').TypeParam, Type>();
  c.params.forEach((p, i) => map.set(p, want.params[i] ?? DYNAMIC));
  const slots: { name: string; type: Type; opt: boolean }[] = [];
  const ctorT = c.ctor ? follow(substitute(c.ctor.type, map)) : undefined;
  if (ctorT && ctorT.kind === 'fun') for (const a of ctorT.args) slots.push({ name: a.name, type: a.type, opt: a.opt });
  else {
    for (const f of c.orderedFields) {
      if (f.kind.k !== 'var' || (f.kind.write === 'never' && !f.isFinal)) continue;
      slots.push({ name: f.name, type: substitute(f.type, map), opt: f.decl !== undefined || f.meta.some((m) => m.name === ':optional') });
    }
  }
  const given = new Map<string, TExpr>();
  const literal = new Map<string, ClassField>();
  const extra: string[] = [];
  for (const f of e.fields) {
    const slot = slots.find((x) => x.name === f.name);
    if (!slot) {
      literal.set(f.name, { ...fieldTemplate, name: f.name, type: typeExpr(fc, f.expr).t });
      extra.unshift(f.name);
      continue;
    }
    given.set(f.name, coerce(fc, typeExpr(fc, f.expr, slot.type), slot.type, f.expr));
    literal.set(f.name, { ...fieldTemplate, name: f.name, type: slot.type });
  }
  // As for a structure: "{ z : Int, … } has extra field z" at the literal.
  if (extra.length > 0) fc.tx.unifyError(new UnifyError(extra.map((name) => ({ k: 'extraField', t: { kind: 'anon', fields: literal, status: { k: 'const' } }, name }))), fc.pos(e));
  const missing = slots.filter((x) => !x.opt && !given.has(x.name)).map((x) => x.name);
  if (missing.length === 1) fc.display('type.custom', e, [`Object requires field ${missing[0]}`]);
  else if (missing.length > 1) fc.display('type.custom', e, [`Object requires fields: ${missing.join(', ')}`]);
  const args = slots.map((x) => given.get(x.name) ?? mkT('TConst', x.type, e, { value: { k: 'null' } }));
  return mkT('TNew', want, e, { cls: c, params: want.params, args });
}

const fieldTemplate: ClassField = {
  name: '', type: DYNAMIC, kind: { k: 'var', read: 'normal', write: 'normal' }, isPublic: true, isStatic: false, isFinal: false,
  isExtern: false, isAbstract: false, isOverride: false, params: [], meta: [], pos: undefined, namePos: 0, owner: undefined,
  decl: undefined, overloads: [], doc: undefined,
};

/**
 * `[a, b]`. Against an expected Array<T> (T known), each value is checked against T, reported at the
 * whole literal (as Haxe does); otherwise the values must have a common type, and a value that does
 * not fit is "Arrays of mixed types are only allowed if the type is forced to Array<Dynamic>" unless
 * Dynamic is expected.
 */
function typeArrayDecl(fc: FnCtx, e: Expr & { kind: 'EArrayDecl' }, expected: Type | undefined): TExpr {
  const first = e.values[0];
  if (first && first.kind === 'EBinop' && first.op === '=>') return typeMapLiteral(fc, e, expected);
  if (e.values.length === 1 && first && (first.kind === 'EFor' || first.kind === 'EWhile')) return typeComprehension(fc, e, expected);
  const want = wanted(expected) ? follow(wanted(expected)!) : undefined;
  // `[]` where a Map is expected is an empty map (Haxe's rule).
  if (e.values.length === 0 && want && want.kind === 'abstract' && want.abs === fc.tx.mapAbstract()) return typeMapLiteral(fc, e, expected);
  let elemWant: Type | undefined;
  let allowDynamic = want?.kind === 'dynamic';
  if (want && want.kind === 'inst' && want.cls.path.name === 'Array' && want.cls.path.pack.length === 0) {
    const p = follow(want.params[0]!);
    if (p.kind === 'dynamic') allowDynamic = true;
    if (p.kind !== 'mono') elemWant = want.params[0];
  }
  const values = e.values.map((v) => (elemWant ? coerce(fc, typeExpr(fc, v, elemWant), elemWant, e) : typeExpr(fc, v)));
  let elem: Type;
  if (elemWant) elem = elemWant;
  else if (values.length === 0) elem = mkMono();
  else {
    const m = unifyMin(values.map((v) => v.t));
    if (m) elem = m;
    else {
      elem = DYNAMIC;
      if (!allowDynamic) {
        // Haxe reports the first value that does not fit the ones before it.
        const bad = values.find((v) => !tryUnify(v.t, values[0]!.t))!;
        try {
          unify(bad.t, values[0]!.t);
        } catch (err) {
          if (err instanceof UnifyError) {
            fc.error('type.custom', bad, ['Arrays of mixed types are only allowed if the type is forced to Array<Dynamic>']);
            fc.unifyError(err, bad);
          }
        }
      }
    }
  }
  return mkT('TArrayDecl', fc.tx.tArray(elem), e, { values });
}

function typeMapLiteral(fc: FnCtx, e: Expr & { kind: 'EArrayDecl' }, expected: Type | undefined): TExpr {
  const mapAbs = fc.tx.mapAbstract();
  let k: Type = mkMono();
  let v: Type = mkMono();
  const want = wanted(expected) ? follow(wanted(expected)!) : undefined;
  if (want && want.kind === 'abstract' && mapAbs && want.abs === mapAbs) {
    k = want.params[0]!;
    v = want.params[1]!;
  }
  const known = resolve(k).kind !== 'mono';
  const pairs: (TExpr & { kind: 'TBinop' })[] = [];
  for (const x of e.values) {
    if (x.kind !== 'EBinop' || x.op !== '=>') {
      fc.error('type.custom', x, ['Expected a => b']);
      continue;
    }
    // Against a known Map type each key and value is checked; otherwise they are typed freely.
    const kt = known ? typeValue(fc, x.e1, k) : typeExpr(fc, x.e1);
    const vt = known ? typeValue(fc, x.e2, v) : typeExpr(fc, x.e2);
    pairs.push(mkT('TBinop', fc.tx.tVoid(), x, { op: '=>', e1: kt, e2: vt }) as TExpr & { kind: 'TBinop' });
  }
  if (!known) {
    // As Haxe: the common type of the keys, then of the values, each list taken last to first.
    unify(k, commonType(fc, pairs.map((p) => p.e1).reverse()));
    unify(v, commonType(fc, pairs.map((p) => p.e2).reverse()));
  }
  const t: Type = mapAbs ? { kind: 'abstract', abs: mapAbs, params: [k, v] } : DYNAMIC;
  return mkT('TArrayDecl', t, e, { values: pairs });
}

/** Haxe's unify_min over typed values: the first that fits none of the ones before it is reported there. */
function commonType(fc: FnCtx, values: TExpr[]): Type {
  if (values.length === 0) return mkMono();
  let t = values[0]!.t;
  for (const x of values.slice(1)) {
    if (follow(x.t).kind === 'dynamic' || tryUnify(x.t, t)) continue;
    if (tryUnify(t, x.t)) {
      t = x.t;
      continue;
    }
    try {
      unify(x.t, t);
    } catch (err) {
      if (err instanceof UnifyError) fc.unifyError(err, x);
      else throw err;
    }
    return t;
  }
  return t;
}

/** `[for (…) e]` and `[for (…) k => v]`: the loop body's value kind decides array or map. */
function typeComprehension(fc: FnCtx, e: Expr & { kind: 'EArrayDecl' }, expected: Type | undefined): TExpr {
  // Find the innermost yielded expression to decide between array and map comprehension.
  let inner: Expr = e.values[0]!;
  for (;;) {
    if (inner.kind === 'EFor' || inner.kind === 'EWhile') inner = inner.body;
    else if (inner.kind === 'EIf' && !inner.else) inner = inner.then;
    else if (inner.kind === 'EBlock' && inner.exprs.length > 0) inner = inner.exprs[inner.exprs.length - 1]!;
    else break;
  }
  const isMap = inner.kind === 'EBinop' && inner.op === '=>';
  const elem = mkMono();
  const key = mkMono();
  const want = wanted(expected) ? follow(wanted(expected)!) : undefined;
  if (want && want.kind === 'inst' && want.cls.path.name === 'Array' && !isMap) unify(elem, want.params[0]!);
  const outer = fc.yielding;
  fc.yielding = { elem, key, isMap };
  const loop = typeYield(fc, e.values[0]!);
  fc.yielding = outer;
  const mapAbs = fc.tx.mapAbstract();
  const t: Type = isMap ? (mapAbs ? { kind: 'abstract', abs: mapAbs, params: [key, elem] } : DYNAMIC) : fc.tx.tArray(elem);
  return mkT('TMeta', t, e, { name: isMap ? ':mapComprehension' : ':arrayComprehension', e: loop });
}

// ---- arrays -------------------------------------------------------------------------------------------------------

function typeArrayAccess(fc: FnCtx, e: Expr & { kind: 'EArray' }): TExpr {
  const base = typeExpr(fc, e.e);
  const bt = follow(base.t);
  if (bt.kind === 'inst' && bt.cls.path.name === 'Array' && bt.cls.path.pack.length === 0) {
    const index = typeValue(fc, e.index, fc.tx.tInt());
    return mkT('TArray', bt.params[0]!, e, { e: base, index });
  }
  if (bt.kind === 'dynamic' || bt.kind === 'mono') {
    const index = typeExpr(fc, e.index);
    return mkT('TArray', DYNAMIC, e, { e: base, index });
  }
  if (bt.kind === 'abstract') {
    const r = abstractArrayGet(fc, base, bt, e);
    if (r) return r;
  }
  if (bt.kind === 'inst') {
    // Classes implementing ArrayAccess<T> (Vector storage, Bytes data…).
    bt.cls.build?.();
    const aa = bt.cls.interfaces.find((i) => i.cls.path.name === 'ArrayAccess');
    if (aa) {
      const index = typeValue(fc, e.index, fc.tx.tInt());
      return mkT('TArray', aa.params[0] ?? DYNAMIC, e, { e: base, index });
    }
  }
  typeExpr(fc, e.index);
  fc.error('type.custom', e.e, [`Array access is not allowed on ${typeName(base.t)}`]);
  return errorExpr(e);
}

import { typeToString } from './print-type.js';
export function typeName(t: Type): string {
  return typeToString(t);
}

function abstractArrayGet(fc: FnCtx, base: TExpr, bt: Type & { kind: 'abstract' }, e: Expr & { kind: 'EArray' }): TExpr | undefined {
  bt.abs.build?.();
  for (const f of bt.abs.arrayAccess) {
    const ft = follow(f.type);
    if (ft.kind !== 'fun' || ft.args.length !== (f.isStatic ? 2 : 1)) continue;
    const fnT = substitute(ft, ownerMap(bt, f)) as Type & { kind: 'fun' };
    const idxArg = fnT.args[f.isStatic ? 1 : 0]!;
    const index = typeExpr(fc, e.index, idxArg.type);
    if (!tryUnify(index.t, idxArg.type)) continue;
    const callee = mkT('TField', fnT, e, { e: base, access: { k: 'static', cls: bt.abs.impl!, field: f } });
    return mkT('TCall', fnT.ret, e, { e: callee, args: [index] });
  }
  // Abstracts over arrays (e.g. with @:forward) index their underlying type.
  const under = follow(substitute(bt.abs.underlying, ownerMap(bt, undefined)));
  if (under.kind === 'inst' && under.cls.path.name === 'Array' && bt.abs.arrayAccess.length === 0 && !bt.abs.isCore) {
    const index = typeValue(fc, e.index, fc.tx.tInt());
    return mkT('TArray', under.params[0]!, e, { e: base, index });
  }
  return undefined;
}

export function ownerMap(bt: Type & { kind: 'abstract' }, f: ClassField | undefined): Map<import('./types.js').TypeParam, Type> {
  const map = new Map<import('./types.js').TypeParam, Type>();
  bt.abs.params.forEach((p, i) => map.set(p, bt.params[i] ?? DYNAMIC));
  if (f) for (const p of f.params) map.set(p, mkMono());
  return map;
}

// ---- control flow -------------------------------------------------------------------------------------------------

function typeIf(fc: FnCtx, e: Expr & { kind: 'EIf' }, expected: Type | undefined): TExpr {
  // A condition that is not a Bool is reported at the whole `if` (as Haxe does).
  const cond = coerce(fc, typeExpr(fc, e.cond, fc.tx.tBool()), fc.tx.tBool(), e);
  let then = typeExpr(fc, e.then, expected === NO_VALUE ? NO_VALUE : wanted(expected));
  if (!e.else) return mkT('TIf', fc.tx.tVoid(), e, { cond, then, else: undefined });
  let els = typeExpr(fc, e.else, expected === NO_VALUE ? NO_VALUE : wanted(expected));
  let t: Type;
  const w = wanted(expected);
  const wf = w ? follow(w) : undefined;
  if (expected === NO_VALUE) t = fc.tx.tVoid();
  else if (w && wf!.kind !== 'mono' && !fc.tx.isVoidType(w)) {
    // Against an expected type each branch is checked where it stands (as Haxe does).
    then = coerce(fc, then, w, e.then);
    els = coerce(fc, els, w, e.else);
    t = w;
  } else if (w && wf!.kind !== 'mono') t = w;
  // An unknown expected type (an unannotated function's return) takes the branches' common type.
  else {
    const m = unifyMin([then.t, els.t]);
    if (m) t = m;
    else if (fc.tx.isVoidType(then.t) || fc.tx.isVoidType(els.t)) t = fc.tx.tVoid();
    else {
      // As Haxe, an if used as a value must have branches of one type.
      t = then.t;
      try {
        unify(els.t, then.t);
      } catch (err) {
        if (err instanceof UnifyError) fc.unifyError(err, e.else);
      }
    }
  }
  return mkT('TIf', t, e, { cond, then, else: els });
}

function typeTry(fc: FnCtx, e: Expr & { kind: 'ETry' }, expected: Type | undefined): TExpr {
  const body = typeExpr(fc, e.body, expected);
  const catches: { v: TVar; body: TExpr }[] = [];
  for (const c of e.catches) {
    fc.pushScope();
    const t = c.type ? resolveType(fc.tx, fc.scope, c.type) : exceptionType(fc);
    const v = fc.declare(c.name, t, 'catch');
    const cb = typeExpr(fc, c.body, expected);
    fc.popScope();
    catches.push({ v, body: cb });
  }
  const w = wanted(expected);
  const known = w && follow(w).kind !== 'mono' ? w : undefined;
  const t = expected === NO_VALUE ? fc.tx.tVoid() : (known ?? unifyMin([body.t, ...catches.map((c) => c.body.t)]) ?? fc.tx.tVoid());
  return mkT('TTry', t, e, { body, catches });
}

function exceptionType(fc: FnCtx): Type {
  const mt = fc.tx.typeByPath(['haxe'], 'Exception');
  return mt && mt.kind === 'class' ? { kind: 'inst', cls: mt, params: [] } : DYNAMIC;
}

function typeReturn(fc: FnCtx, e: Expr & { kind: 'EReturn' }): TExpr {
  const ret = fc.returnType;
  if (!e.e) {
    // `return;` where a value is expected: Haxe reports "Void should be T" at the `return`.
    if (ret && !fc.tx.isVoidType(ret)) coerce(fc, mkT('TConst', fc.tx.tVoid(), e, { value: { k: 'null' } }), ret, e);
    return mkT('TReturn', DYNAMIC, e, { e: undefined });
  }
  // A value that does not fit the return type is reported at the whole `return e` (as Haxe does).
  const value = ret ? coerce(fc, typeExpr(fc, e.e, ret), ret, e) : typeExpr(fc, e.e);
  return mkT('TReturn', DYNAMIC, e, { e: value });
}

function typeCast(fc: FnCtx, e: Expr & { kind: 'ECast' }, expected: Type | undefined): TExpr {
  if (!e.type) {
    const inner = typeExpr(fc, e.e);
    // An unsafe cast is a monomorph: it takes whatever type the context wants.
    return mkT('TCast', wanted(expected) ?? mkMono(), e, { e: inner, checked: undefined, implicit: false });
  }
  const inner = typeExpr(fc, e.e);
  // A checked cast tests the runtime class only: type parameters must be Dynamic (Haxe's rule).
  if (e.type.kind === 'CTPath' && e.type.path.params.some((p) => !(p.kind === 'CTPath' && p.path.name === 'Dynamic' && p.path.pack.length === 0 && p.path.params.length === 0))) {
    fc.error('type.custom', e.type, ['Cast type parameters must be Dynamic']);
  }
  const t = resolveType(fc.tx, fc.scope, e.type);
  const mt = moduleTypeOf(t);
  return mkT('TCast', t, e, { e: inner, checked: mt, implicit: false });
}
