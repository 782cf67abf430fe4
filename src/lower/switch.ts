// Pattern matching: `switch` to MIR. Cases whose patterns are all integer constants (or all enum
// constructors of one enum, tested on their index) become a MIR `switch` over the value or the
// constructor index; the arguments of each constructor are then matched in order. Anything else is
// a sequence of tests in source order (Haxe's first-match semantics).
// Takes: a TSwitch. Gives: its value (merged through a builder variable) and the control flow.
// Invariant: a pattern test either falls through in the current block (matched, bindings defined) or
// branches to the `fail` block it was given; `fail` is sealed only after every test that targets it.

import type { BlockId } from '../mir/mir.js';
import type { TCase, TExpr, TPattern, TVar } from '../typing/texpr.js';
import { follow, type Type } from '../typing/types.js';
import { lowerExpr } from './expr.js';
import { FnLower, VOID, type V } from './fn.js';
import { isOfType, arrayInfo, lowerEquality } from './values.js';
import { callClosure } from './closures.js';
import type { Kind } from './repr.js';

export function lowerSwitch(fl: FnLower, e: TExpr & { kind: 'TSwitch' }): V {
  const subj = lowerExpr(fl, e.subject);
  const rk = fl.kind(e.t);
  const res = rk !== 'void' ? fl.b.declareVar(rk === 'int' || rk === 'bool' ? 'i32' : rk === 'float' ? 'f64' : rk === 'i64' ? 'i64' : 'ptr') : undefined;
  const join = fl.b.newBlock();
  const emitBody = (body: TExpr | undefined) => {
    if (body) {
      const v = lowerExpr(fl, body);
      if (res !== undefined) fl.b.defVar(res, fl.coerceKind(fl.coerce(v, body.t, e.t), rk).v);
    } else if (res !== undefined) fl.b.defVar(res, fl.zero(rk).v);
    fl.b.jump(join);
  };

  const dispatch = tryDispatch(fl, subj, e);
  if (dispatch) {
    // Group cases by their key; each target block runs the cases of that key in order.
    for (const [block, cases] of dispatch.targets) {
      fl.b.switchTo(block);
      for (const { c, pat } of cases) {
        const fail = fl.b.newBlock();
        dispatch.argTest(pat, fail);
        guardAndBody(fl, c, fail, emitBody);
        fl.b.seal(fail);
        fl.b.switchTo(fail);
      }
      fl.b.jump(dispatch.fallback);
    }
    fl.b.seal(dispatch.fallback);
    fl.b.switchTo(dispatch.fallback);
  } else {
    for (const c of e.cases) {
      const fail = fl.b.newBlock();
      const ok = fl.b.newBlock();
      // Several patterns are alternatives, as an or-pattern (bindings shared by name).
      const pat: TPattern = c.patterns.length === 1 ? c.patterns[0]! : { k: 'or', alts: c.patterns };
      testPattern(fl, pat, subj, e.subject.t, fail);
      fl.b.jump(ok);
      fl.b.seal(ok);
      fl.b.switchTo(ok);
      guardAndBody(fl, c, fail, emitBody);
      fl.b.seal(fail);
      fl.b.switchTo(fail);
    }
  }
  if (e.default) emitBody(e.default);
  else if (res !== undefined) {
    fl.b.defVar(res, fl.zero(rk).v);
    fl.b.jump(join);
  } else fl.b.jump(join);
  fl.b.seal(join);
  fl.b.switchTo(join);
  return res !== undefined ? { v: fl.b.useVar(res), k: rk } : VOID;
}

function guardAndBody(fl: FnLower, c: TCase, fail: BlockId, emitBody: (b: TExpr | undefined) => void): void {
  if (c.guard) {
    const g = fl.coerceKind(lowerExpr(fl, c.guard), 'bool');
    const body = fl.b.newBlock();
    fl.b.br(g.v, body, [], fail, []);
    fl.b.seal(body);
    fl.b.switchTo(body);
  }
  emitBody(c.body);
}

function unwrapBind(p: TPattern): TPattern {
  return p;
}

/** A MIR switch for all-int-constant or all-enum-constructor cases (no or-patterns across keys). */
function tryDispatch(fl: FnLower, subj: V, e: TExpr & { kind: 'TSwitch' }): { targets: Map<BlockId, { c: TCase; pat: TPattern }[]>; fallback: BlockId; argTest: (p: TPattern, fail: BlockId) => void } | undefined {
  const flat: { c: TCase; pat: TPattern; key: number }[] = [];
  const st = follow(fl.concrete(e.subject.t));
  const isEnum = st.kind === 'enum';
  for (const c of e.cases) {
    for (const p0 of c.patterns) {
      const p = unwrapBind(p0);
      if (isEnum && p.k === 'enum') flat.push({ c, pat: p, key: p.ctor.index });
      else if (!isEnum && subj.k === 'int' && p.k === 'const' && constInt(p.e) !== undefined) flat.push({ c, pat: p, key: constInt(p.e)! });
      else return undefined;
    }
  }
  if (flat.length < 2) return undefined;
  if (isEnum) {
    // A null enum value matches nothing: test before reading the index.
    const nn = fl.b.newBlock();
    const fb0 = fl.b.newBlock();
    fl.b.br(fl.b.binary('ieq', 'ptr', subj.v, fl.nullPtr()), fb0, [], nn, []);
    fl.b.seal(nn);
    fl.b.switchTo(nn);
    void fb0;
    return buildDispatch(fl, flat, fl.load('int', subj.v, 8), fb0, (p, fail) => {
      if (p.k === 'enum') enumArgs(fl, p, subj, e.subject.t, fail);
    });
  }
  return buildDispatch(fl, flat, subj.v, fl.b.newBlock(), () => {});
}

function buildDispatch(fl: FnLower, flat: { c: TCase; pat: TPattern; key: number }[], key: number, fallback: BlockId, argTest: (p: TPattern, fail: BlockId) => void) {
  const byKey = new Map<number, { c: TCase; pat: TPattern }[]>();
  for (const f of flat) {
    if (!byKey.has(f.key)) byKey.set(f.key, []);
    byKey.get(f.key)!.push({ c: f.c, pat: f.pat });
  }
  const targets = new Map<BlockId, { c: TCase; pat: TPattern }[]>();
  const cases: { value: string; to: BlockId }[] = [];
  for (const [k, list] of byKey) {
    const b = fl.b.newBlock();
    targets.set(b, list);
    cases.push({ value: String(k), to: b });
  }
  fl.b.switch(key, cases, fallback);
  for (const b of targets.keys()) fl.b.seal(b);
  return { targets, fallback, argTest };
}

function constInt(e: TExpr): number | undefined {
  while (e.kind === 'TParenthesis' || e.kind === 'TMeta' || e.kind === 'TCast') e = e.e;
  if (e.kind === 'TConst' && e.value.k === 'int') return e.value.v;
  if (e.kind === 'TUnop' && e.op === '-' && e.e.kind === 'TConst' && e.e.value.k === 'int') return -e.e.value.v | 0;
  return undefined;
}

function enumArgs(fl: FnLower, p: TPattern & { k: 'enum' }, subj: V, t: Type, fail: BlockId): void {
  const et = follow(fl.concrete(t));
  const info = fl.p.enumInfo(p.enm, et.kind === 'enum' ? et.params : [], fl.sub);
  const ctor = info.ctors[p.ctor.index]!;
  const ctorT = follow(p.ctor.type);
  p.args.forEach((ap, i) => {
    const slot = ctor.args[i];
    if (!slot || ap.k === 'any') return;
    const v: V = { v: fl.load(slot.kind, subj.v, slot.offset), k: slot.kind };
    const argT = ctorT.kind === 'fun' ? substituteEnum(p.enm, et, ctorT.args[i]!.type) : undefined;
    testPattern(fl, ap, v, argT ?? { kind: 'dynamic', of: undefined }, fail);
  });
}

import { applyParams } from '../typing/types.js';
function substituteEnum(enm: import('../typing/types.js').EnumType, et: Type, t: Type): Type {
  return et.kind === 'enum' ? applyParams(enm.params, et.params, t) : t;
}

function bindVar(fl: FnLower, v: TVar, val: V): void {
  fl.declareLocal(v, fl.coerceKind(val, fl.kind(v.type)));
}

/** Emit the test of `p` against `val`: mismatch branches to `fail`; match continues here. */
export function testPattern(fl: FnLower, p: TPattern, val: V, t: Type, fail: BlockId): void {
  const check = (cond: number) => {
    const ok = fl.b.newBlock();
    fl.b.br(cond, ok, [], fail, []);
    fl.b.seal(ok);
    fl.b.switchTo(ok);
  };
  switch (p.k) {
    case 'any': return;
    case 'bind': {
      bindVar(fl, p.v, val);
      testPattern(fl, p.p, val, t, fail);
      return;
    }
    case 'const': {
      const c = lowerExpr(fl, p.e);
      check(lowerEquality(fl, val, c, t, p.e.t).v);
      return;
    }
    case 'enum': {
      const pv = fl.coerceKind(val, 'ptr');
      check(fl.b.binary('ine', 'ptr', pv.v, fl.nullPtr()));
      check(fl.b.binary('ieq', 'i32', fl.load('int', pv.v, 8), fl.i32(p.ctor.index)));
      enumArgs(fl, p, pv, t, fail);
      return;
    }
    case 'array': {
      const pv = fl.coerceKind(val, 'ptr');
      const ai = arrayInfo(fl, t) ?? arrayInfo(fl, undefined)!;
      check(fl.b.binary('ine', 'ptr', pv.v, fl.nullPtr()));
      check(fl.b.binary('ieq', 'i32', fl.load('int', pv.v, ai.lengthOffset), fl.i32(p.items.length)));
      const at = follow(fl.concrete(t));
      const et: Type = at.kind === 'inst' && at.params[0] ? at.params[0] : { kind: 'dynamic', of: undefined };
      p.items.forEach((ip, i) => {
        if (ip.k === 'any') return;
        const el = fl.callV(ai.get, [pv.v, fl.i32(i)], ai.elem);
        testPattern(fl, ip, el, et, fail);
      });
      return;
    }
    case 'struct': {
      const pv = fl.coerceKind(val, 'ptr');
      check(fl.b.binary('ine', 'ptr', pv.v, fl.nullPtr()));
      const st = follow(fl.concrete(t));
      for (const f of p.fields) {
        const ft: Type = st.kind === 'anon' ? st.fields.get(f.name)?.type ?? { kind: 'dynamic', of: undefined } : fieldTypeOf(st, f.name);
        const fv = readField(fl, pv, st, f.name, ft);
        testPattern(fl, f.p, fv, ft, fail);
      }
      return;
    }
    case 'or': {
      const ok = fl.b.newBlock();
      // The typer gives each alternative its own variables; the body uses one of them: after a
      // match, every alternative's variable of the same name gets the value.
      const binds = p.alts.map(boundVars);
      for (const [ai, alt] of p.alts.entries()) {
        const next = fl.b.newBlock();
        testPattern(fl, alt, val, t, next);
        for (const [name, tv] of binds[ai]!) {
          for (const [oi, other] of binds.entries()) {
            const ov = oi === ai ? undefined : other.get(name);
            if (ov && ov.id !== tv.id) fl.declareLocal(ov, fl.readLocal(tv));
          }
        }
        fl.b.jump(ok);
        fl.b.seal(next);
        fl.b.switchTo(next);
      }
      fl.b.jump(fail);
      fl.b.seal(ok);
      fl.b.switchTo(ok);
      return;
    }
    case 'extractor': {
      const under = findUnderscore(p.fn);
      if (under) fl.declareLocal(under, fl.coerceKind(val, fl.kind(under.type)));
      const r = lowerExpr(fl, p.fn);
      testPattern(fl, p.p, r, p.fn.t, fail);
      return;
    }
    case 'type': {
      const pv = fl.coerceKind(val, 'ptr');
      check(isOfType(fl, pv, p.mt).v);
      return;
    }
  }
}

function fieldTypeOf(t: Type, name: string): Type {
  if (t.kind === 'inst') {
    for (let c: typeof t.cls | undefined = t.cls; c; c = c.superClass?.cls) {
      const f = c.fields.get(name);
      if (f) return applyParams(t.cls.params, t.params, f.type);
    }
  }
  return { kind: 'dynamic', of: undefined };
}

function readField(fl: FnLower, obj: V, st: Type, name: string, ft: Type): V {
  if (st.kind === 'inst') {
    const info = fl.p.classInfo(st.cls, st.params, fl.sub);
    const s = info.fields.get(name);
    if (s) return { v: fl.load(s.kind, obj.v, s.offset), k: s.kind };
  }
  const d = fl.callV(fl.rt('rayzor.rt.Dyn', 'getField'), [obj.v, fl.i32(fl.p.nameId(name))], 'ptr');
  const k: Kind = fl.kind(ft);
  return fl.coerceKind(d, k === 'void' ? 'ptr' : k);
}

function findUnderscore(e: TExpr): TVar | undefined {
  let found: TVar | undefined;
  const visit = (x: unknown): void => {
    if (found || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(visit);
    const o = x as Record<string, unknown>;
    if (o.kind === 'TLocal' && (o.v as TVar).name === '_' && (o.v as TVar).origin === 'pattern') {
      found = o.v as TVar;
      return;
    }
    for (const k in o) if (!['t', 'v', 'key', 'name', 'access', 'cls', 'mt', 'enm', 'ctor', 'params', 'ret', 'type', 'abs', 'field', 'checked'].includes(k)) visit(o[k]);
  };
  visit(e);
  return found;
}

void callClosure;

function boundVars(p: TPattern): Map<string, TVar> {
  const out = new Map<string, TVar>();
  const visit = (q: TPattern): void => {
    switch (q.k) {
      case 'bind': out.set(q.v.name, q.v); visit(q.p); break;
      case 'enum': q.args.forEach(visit); break;
      case 'array': q.items.forEach(visit); break;
      case 'struct': q.fields.forEach((f) => visit(f.p)); break;
      case 'or': if (q.alts[0]) visit(q.alts[0]); break;
      case 'extractor': visit(q.p); break;
    }
  };
  visit(p);
  return out;
}
