// Calls and `new`: argument checking with Haxe's rules (optional arguments may be skipped when the
// given value does not fit them, rest arguments take the remainder, too few or too many arguments are
// errors), `using` extensions (the receiver becomes the first argument), `super(...)`, `trace`,
// `$type(e)` (e itself, its type shown as a warning), calls of @:callable abstracts (as their
// underlying type), `new T()` for a type parameter constrained to haxe.Constructible.
// Takes: FnCtx, ECall/ENew. Gives: TCall/TNew.
// Invariant: messages and positions are Haxe's: "Not enough arguments, expected b:String" at the call,
// "Too many arguments" at the first extra argument, "A should be B" at a bad argument with the note
// "... For function argument 'name'" (at all the values for a rest argument); one argument error per
// call; an optional parameter is skipped only while fewer values than parameters remain.

import type { Expr, Span } from '../syntax/ast.js';
import type { FnCtx } from './ctx.js';
import type { TExpr } from './texpr.js';
import { abstractCast, coerce, errorExpr, exactToCast, mkT, typeExpr, wanted } from './type-expr.js';
import { canAccess, instantiate } from './type-field.js';
import { typePattern } from './type-switch.js';
import { resolveTypePath } from './typeload.js';
import { DYNAMIC, applyParams, follow, mkMono, resolve, substitute, type ClassField, type ClassType, type FunArg, type Type, type TypeParam } from './types.js';
import { tryUnify, unify, UnifyError } from './unify.js';
import { typeToString, PrintContext } from './print-type.js';

function isRest(t: Type): Type | undefined {
  const r = resolve(t);
  if (r.kind === 'abstract' && r.abs.path.name === 'Rest' && r.abs.path.pack.join('.') === 'haxe') return r.params[0];
  return undefined;
}

/** Check `args` against a function type's parameters; gives the typed arguments in parameter order. */
export function checkArgs(fc: FnCtx, fn: { args: FunArg[]; ret: Type }, args: Expr[], call: Span, pre: TExpr[] = []): TExpr[] {
  const out: TExpr[] = [...pre];
  let ai = 0;
  const decl = fn.args.slice(pre.length);
  const errors = fc.tx.sink.errorCount;
  for (let di = 0; di < decl.length; di++) {
    // As Haxe, a call reports one argument error: once one is reported, the rest are only typed.
    if (fc.tx.sink.errorCount > errors) {
      for (; ai < args.length; ai++) out.push(typeExpr(fc, args[ai]!));
      return out;
    }
    const d = decl[di]!;
    const restT = isRest(d.type);
    if (restT) {
      // Haxe reports a rest value that does not fit at the span of all the rest arguments.
      const restSpan = ai < args.length ? { pos: args[ai]!.pos, end: args[args.length - 1]!.end } : call;
      // `f(...array)` passes an Array<T> (spread) as the whole rest.
      const only = args[ai];
      if (only && ai === args.length - 1 && only.kind === 'EUnop' && only.op === '...') {
        const arr = checkOne(fc, only.e, fc.tx.tArray(restT), d.name, false, only);
        out.push(mkT('TMeta', arr.t, only, { name: ':spread', e: arr }));
        return out;
      }
      for (; ai < args.length; ai++) out.push(checkOne(fc, args[ai]!, restT, d.name, false, restSpan));
      return out;
    }
    if (ai >= args.length) {
      if (d.opt) continue;
      const missing = decl.slice(di).filter((x) => !x.opt);
      const ctx = new PrintContext();
      fc.error('type.not-enough-args', call, [missing.map((x) => `${x.name}:${shortType(x.type, ctx)}`).join(', ')]);
      return out;
    }
    const a = args[ai]!;
    if (d.opt && args.length - ai - 1 < decl.length - di - 1) {
      // An optional argument is skipped when the value does not fit it and fewer values than
      // parameters remain after it (Haxe's rule); the value then goes to the next parameter.
      const te = typeArg(fc, a, d.type, d.name);
      if (!tryUnify(te.t, d.type) && !abstractCast(fc, te, d.type)) {
        out.push(mkT('TConst', d.type, a, { value: { k: 'null' } }));
        pending.set(a, te);
        continue;
      }
      out.push(te);
      ai++;
      continue;
    }
    out.push(checkOne(fc, a, d.type, d.name, d.opt));
    ai++;
  }
  if (ai < args.length) {
    fc.error('type.too-many-args', args[ai]!);
    for (; ai < args.length; ai++) typeExpr(fc, args[ai]!);
  }
  return out;
}

/** Arguments typed while probing an optional parameter, reused when they move to the next one. */
const pending = new WeakMap<Expr, TExpr>();

function shortType(t: Type, ctx: PrintContext): string {
  const s = typeToString(t, ctx);
  return s.length > 150 ? s.slice(0, 147) + '...' : s;
}

/** Type a call argument; errors raised inside it get the note naming the parameter. */
export function typeArg(fc: FnCtx, a: Expr, want: Type | undefined, name: string): TExpr {
  const outer = fc.argName;
  fc.argName = name;
  try {
    return typeExpr(fc, a, want);
  } finally {
    fc.argName = outer;
  }
}

function checkOne(fc: FnCtx, a: Expr, want: Type, name: string, opt = false, at: Span = a): TExpr {
  const te = pending.get(a) ?? typeArg(fc, a, want, name);
  pending.delete(a);
  const exact = exactToCast(te, want);
  if (exact) return exact;
  try {
    unify(te.t, want);
    return te;
  } catch (err) {
    if (!(err instanceof UnifyError)) throw err;
    const cast = abstractCast(fc, te, want);
    if (cast) return cast;
    // The argument's own note only (not that of an enclosing call's argument).
    fc.tx.unifyError(err, fc.pos(at), [`... For ${opt ? 'optional ' : ''}function argument '${name}'`]);
    return te;
  }
}

export function typeCall(fc: FnCtx, e: Expr & { kind: 'ECall' }, expected: Type | undefined): TExpr {
  if (e.e.kind === 'EIdent' && e.e.name === 'super') return superCall(fc, e);
  if (e.e.kind === 'EIdent' && e.e.name === 'trace' && !fc.lookup('trace')) {
    // haxe.Log.trace(v, ?infos): errors inside the traced value note the argument 'v'.
    // Typed against Dynamic (haxe.Log.trace's v), so `trace([1, "a"])` is an Array<Dynamic> as in Haxe.
    const args = e.args.map((a, i) => typeArg(fc, a, i === 0 ? DYNAMIC : undefined, 'v'));
    // Haxe rewrites `trace(x)` to a haxe.Log.trace call positioned at the `trace` identifier.
    return mkT('TCall', fc.tx.tVoid(), e.e, { e: mkT('TIdent', DYNAMIC, e.e, { name: 'trace' }), args });
  }
  if (e.e.kind === 'EIdent' && e.e.name === '$type' && e.args.length === 1 && !fc.lookup('$type')) {
    // `$type(e)` is e, and Haxe shows e's type as a warning at e.
    const inner = typeExpr(fc, e.args[0]!, expected);
    fc.tx.error('type.warning', fc.pos(e.args[0]!), [typeToString(inner.t)]);
    return inner;
  }
  if (e.e.kind === 'EField' && e.e.name === 'match' && e.args.length === 1) {
    // `value.match(pattern)` on an enum value is a one-case switch giving a Bool.
    const base = typeExpr(fc, e.e.e);
    if (follow(base.t).kind === 'enum') {
      const tBool = fc.tx.tBool();
      fc.pushScope();
      const p = typePattern(fc, e.args[0]!, base.t);
      fc.popScope();
      const yes = mkT('TConst', tBool, e, { value: { k: 'bool', v: true } });
      const no = mkT('TConst', tBool, e, { value: { k: 'bool', v: false } });
      const sw = mkT('TSwitch', tBool, e, { subject: base, cases: [{ patterns: [p], guard: undefined, body: yes }], default: no, exhaustive: true });
      return mkT('TMeta', tBool, e, { name: ':match', e: sw });
    }
  }
  if (e.e.kind === 'EField' && e.e.name === 'bind') {
    const base = typeExpr(fc, e.e.e);
    const bt = follow(base.t);
    if (bt.kind === 'fun') return typeBind(fc, e, base, bt);
  }
  // An enum constructor call is resolved against the expected enum (`var o:Option<Int> = Some(1)`).
  const w0 = wanted(expected);
  const callee = e.e.kind === 'EIdent' && w0 && follow(w0).kind === 'enum' ? typeExpr(fc, e.e, w0) : typeExpr(fc, e.e);
  let ft = follow(callee.t);
  // A @:callable abstract is called as its underlying type.
  for (let i = 0; i < 10 && ft.kind === 'abstract' && ft.abs.meta.some((m) => m.name === ':callable'); i++) {
    ft.abs.build?.();
    ft = follow(applyParams(ft.abs.params, ft.params, ft.abs.underlying));
  }
  if (ft.kind === 'fun') {
    const pre: TExpr[] = [];
    let fnT = ft;
    if (callee.kind === 'TField' && callee.access.k === 'extension') {
      // Re-instantiate with the receiver as first argument.
      const full = follow(instantiate(callee.access.field, callee.access.field.type));
      if (full.kind === 'fun') {
        unify(callee.e.t, full.args[0]!.type);
        pre.push(callee.e);
        fnT = full;
      }
    }
    const w = wanted(expected);
    // For an enum constructor the expected type binds the result first (its type parameters then
    // check the arguments), as Haxe does; other calls, generic functions included, are not pre-bound.
    if (w && callee.kind === 'TField' && callee.access.k === 'enum') tryUnify(fnT.ret, w);
    const args = checkArgs(fc, fnT, e.args, e, pre);
    return mkT('TCall', fnT.ret, e, { e: callee, args });
  }
  if (ft.kind === 'dynamic' || ft.kind === 'mono') {
    const args = e.args.map((a) => typeExpr(fc, a));
    if (ft.kind === 'mono') {
      const ret = mkMono();
      // (It may not become a function when fields were read from it: Haxe reports that at the callee.)
      const fnT: Type = { kind: 'fun', args: args.map((a, i) => ({ name: `a${i}`, opt: false, type: a.t })), ret };
      try {
        unify(fnT, ft);
      } catch (err) {
        if (!(err instanceof UnifyError)) throw err;
        fc.unifyError(err, e.e);
      }
      return mkT('TCall', ret, e, { e: callee, args });
    }
    return mkT('TCall', DYNAMIC, e, { e: callee, args });
  }
  if (callee.kind === 'TConst' && callee.t === DYNAMIC) {
    e.args.forEach((a) => typeExpr(fc, a));
    return errorExpr(e);
  }
  for (const a of e.args) typeExpr(fc, a);
  fc.error('type.custom', e.e, [`${typeToString(callee.t)} cannot be called`]);
  return errorExpr(e);
}

/**
 * `f.bind(a, _, c)`: partial application. `_` (or an omitted trailing argument) stays a parameter of
 * the resulting function; the others are checked against f's parameters now.
 */
function typeBind(fc: FnCtx, e: Expr & { kind: 'ECall' }, base: TExpr, ft: Type & { kind: 'fun' }): TExpr {
  const args: TExpr[] = [];
  const remaining: FunArg[] = [];
  if (e.args.length > ft.args.length) fc.error('type.custom', e.e, ['Too many callback arguments']);
  ft.args.forEach((d, i) => {
    const a = e.args[i];
    if (!a || (a.kind === 'EIdent' && a.name === '_')) {
      remaining.push(d);
      args.push(mkT('TIdent', d.type, a ?? e, { name: '_' }));
    } else args.push(coerce(fc, typeExpr(fc, a, d.type), d.type, a)); // (Haxe adds no argument note here)
  });
  const t: Type = { kind: 'fun', args: remaining, ret: ft.ret };
  return mkT('TMeta', t, e, { name: ':bind', e: mkT('TCall', ft.ret, e, { e: base, args }) });
}

function superCall(fc: FnCtx, e: Expr & { kind: 'ECall' }): TExpr {
  const sup = fc.cls?.superClass;
  if (!sup || fc.field?.name !== 'new') {
    fc.error('type.custom', e.e, ['Cannot call super constructor outside class constructor']);
    return errorExpr(e);
  }
  const ctor = findCtor(sup.cls);
  if (!ctor) {
    fc.error('type.custom', e.e, [`${sup.cls.path.name} does not have a constructor`]);
    return errorExpr(e);
  }
  const map = new Map<TypeParam, Type>();
  ctor.cls.params.forEach((p, i) => map.set(p, sup.params[i] ?? DYNAMIC));
  const ft = follow(substitute(ctor.field.type, map));
  const args = ft.kind === 'fun' ? checkArgs(fc, ft, e.args, e) : e.args.map((a) => typeExpr(fc, a));
  const callee = mkT('TConst', { kind: 'inst', cls: sup.cls, params: sup.params }, e.e, { value: { k: 'super' } });
  return mkT('TCall', fc.tx.tVoid(), e, { e: callee, args });
}

/** A class's constructor, inherited from the nearest super class that has one. */
export function findCtor(c: ClassType): { field: ClassField; cls: ClassType } | undefined {
  for (let k: ClassType | undefined = c; k; k = k.superClass?.cls) {
    k.build?.();
    if (k.ctor) return { field: k.ctor, cls: k };
  }
  return undefined;
}

export function typeNew(fc: FnCtx, e: Expr & { kind: 'ENew' }, expected: Type | undefined): TExpr {
  const t = resolveTypePath(fc.tx, fc.scope, e.path);
  if (!t) {
    e.args.forEach((a) => typeExpr(fc, a));
    return errorExpr(e);
  }
  let ft = follow(t);
  // `new Foo()` without parameters infers them; the expected type helps first.
  const w = wanted(expected);
  // (Only to infer the class's type parameters: an unknown expected type is not fixed by it.)
  if (w && e.path.params.length === 0 && (ft.kind === 'inst' || ft.kind === 'abstract') && ft.params.length > 0 && follow(w).kind !== 'mono') tryUnify(ft, w);
  ft = follow(ft);
  if (ft.kind === 'inst') {
    const c = ft.cls;
    if (c.isInterface || c.isAbstract) {
      // Haxe's wording: an interface has no constructor; an abstract class "is abstract and cannot be constructed".
      fc.error('type.custom', e, [c.isInterface ? `${pathOf(c)} does not have a constructor` : `${pathOf(c)} is abstract and cannot be constructed`]);
      e.args.forEach((a) => typeExpr(fc, a));
      return errorExpr(e);
    }
    const ctor = findCtor(c);
    if (!ctor) {
      fc.error('type.custom', e, [`${typeToString({ kind: 'inst', cls: c, params: [] })} does not have a constructor`]);
      e.args.forEach((a) => typeExpr(fc, a));
      return errorExpr(e);
    }
    if (!canAccess(fc, ctor.field)) fc.error('type.custom', e, [`Cannot access private constructor of ${pathOf(c)}`]);
    const map = new Map<TypeParam, Type>();
    c.params.forEach((p, i) => map.set(p, ft.kind === 'inst' ? ft.params[i]! : DYNAMIC));
    // The inherited constructor is expressed in the super class's parameters.
    const superParams = paramsAt(c, ft.params, ctor.cls);
    ctor.cls.params.forEach((p, i) => map.set(p, superParams[i] ?? DYNAMIC));
    const ctorT = follow(substitute(instantiate(ctor.field, ctor.field.type), map));
    const args = ctorT.kind === 'fun' ? checkArgs(fc, ctorT, e.args, e) : e.args.map((a) => typeExpr(fc, a));
    return mkT('TNew', ft, e, { cls: c, params: ft.params, args });
  }
  if (ft.kind === 'abstract') {
    const a = ft.abs;
    a.build?.();
    const ctor = a.impl?.ctor;
    if (!ctor) {
      fc.error('type.custom', e, [`${typeToString(ft)} does not have a constructor`]);
      return errorExpr(e);
    }
    const map = new Map<TypeParam, Type>();
    a.params.forEach((p, i) => map.set(p, ft.kind === 'abstract' ? ft.params[i]! : DYNAMIC));
    const ctorT = follow(substitute(instantiate(ctor, ctor.type), map));
    const args = ctorT.kind === 'fun' ? checkArgs(fc, ctorT, e.args, e) : [];
    const callee = mkT('TField', ctorT, e, { e: mkT('TTypeExpr', DYNAMIC, e, { mt: a }), access: { k: 'static', cls: a.impl!, field: ctor } });
    return mkT('TMeta', ft, e, { name: ':abstractNew', e: mkT('TCall', ft, e, { e: callee, args }) });
  }
  if (ft.kind === 'param') {
    // `new T()` for a type parameter constrained to haxe.Constructible<F> (@:generic code): F's arguments.
    for (const c of ft.param.constraints()) {
      const cf = follow(c);
      if (cf.kind !== 'abstract' || cf.abs.path.name !== 'Constructible' || cf.abs.path.pack.join('.') !== 'haxe' || !cf.params[0]) continue;
      const fn = follow(cf.params[0]);
      const args = fn.kind === 'fun' ? checkArgs(fc, fn, e.args, e) : e.args.map((a) => typeExpr(fc, a));
      return mkT('TMeta', ft, e, { name: ':typeParamNew', e: mkT('TCall', ft, e, { e: mkT('TIdent', fn, e, { name: 'new' }), args }) });
    }
  }
  fc.error('type.custom', e, [`${typeToString(t)} cannot be constructed`]);
  return errorExpr(e);
}

function pathOf(c: ClassType): string {
  return c.path.pack.length ? `${c.path.pack.join('.')}.${c.path.name}` : c.path.name;
}


/** The parameters of ancestor `target` as seen from `c<params>`. */
function paramsAt(c: ClassType, params: Type[], target: ClassType): Type[] {
  let cls: ClassType = c;
  let ps = params;
  while (cls !== target && cls.superClass) {
    const map = new Map<TypeParam, Type>();
    cls.params.forEach((p, i) => map.set(p, ps[i] ?? DYNAMIC));
    ps = cls.superClass.params.map((p) => substitute(p, map));
    cls = cls.superClass.cls;
  }
  return ps;
}
