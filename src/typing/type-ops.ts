// Operators with Haxe's typing: `+` concatenates when either side is a String, arithmetic gives Int
// for Int operands and Float otherwise, `/` always Float, bitwise operators need Int, `==` needs
// comparable types, `< <= > >=` numbers or strings, `&& || !` Bool; assignments check the left side
// (locals, writable fields and properties → setter calls, array elements, abstract @:arrayAccess,
// fields resolved by an abstract's @:op(a.b) → its writer);
// abstract operator overloads (@:op) are resolved first and become static calls.
// Takes: FnCtx, EBinop/EUnop. Gives: TBinop/TUnop/TCall.
// Invariant: error texts and positions follow Haxe 4.2.5 (see tests/typing/diag).

import type { Expr, Span } from '../syntax/ast.js';
import type { FnCtx } from './ctx.js';
import type { TExpr, TVar } from './texpr.js';
import { abstractCast, coerce, errorExpr, exactToCast, mkT, ownerMap, typeExpr, typeValue, wanted } from './type-expr.js';
import { isStructuralField, lookupAccessor, resolveSet } from './type-field.js';
import { isRangeLoopVar } from './type-loop.js';
import { DYNAMIC, follow, mkMono, resolve, substitute, type AbstractType, type ClassField, type Type } from './types.js';
import { tryUnify, unify, UnifyError } from './unify.js';
import { typeToString } from './print-type.js';

type Kind = 'int' | 'float' | 'string' | 'bool' | 'dynamic' | 'mono' | 'param' | 'other';

function classify(fc: FnCtx, t: Type): Kind {
  const f = follow(t);
  switch (f.kind) {
    case 'mono': return 'mono';
    case 'dynamic': return 'dynamic';
    case 'param': {
      for (const c of f.param.constraints()) {
        const k = classify(fc, c);
        if (k === 'int' || k === 'float') return 'param';
      }
      return 'other';
    }
    case 'abstract': {
      const n = f.abs.path.pack.length === 0 ? f.abs.path.name : '';
      if (n === 'Int' || n === 'UInt') return 'int';
      if (n === 'Float') return 'float';
      if (n === 'Bool') return 'bool';
      return 'other';
    }
    case 'inst':
      return f.cls.path.name === 'String' && f.cls.path.pack.length === 0 ? 'string' : 'other';
    default:
      return 'other';
  }
}

function isNumeric(k: Kind): boolean {
  return k === 'int' || k === 'float' || k === 'param';
}

/**
 * An operand of unknown type takes the type the operator needs; it may not, when fields were read
 * from it (Haxe then reports "Int should be { length : … }" at the operand).
 */
function bindMono(fc: FnCtx, x: TExpr, t: Type): void {
  reportUnify(fc, t, x.t, x);
}

function reportUnify(fc: FnCtx, a: Type, b: Type, span: Span): void {
  try {
    unify(a, b);
  } catch (err) {
    if (err instanceof UnifyError) fc.unifyError(err, span);
    else throw err;
  }
}

export function typeBinop(fc: FnCtx, e: Expr & { kind: 'EBinop' }, expected: Type | undefined): TExpr {
  const op = e.op;
  if (op === '=') return typeAssign(fc, e);
  if (op.length >= 2 && op.endsWith('=') && op !== '==' && op !== '!=' && op !== '<=' && op !== '>=') return typeAssignOp(fc, e, op.slice(0, -1));
  if (op === '&&' || op === '||') {
    const a = typeExpr(fc, e.e1, fc.tx.tBool());
    const b = typeExpr(fc, e.e2, fc.tx.tBool());
    for (const x of [a, b]) if (!tryUnify(x.t, fc.tx.tBool())) reportUnify(fc, x.t, fc.tx.tBool(), e);
    return mkT('TBinop', fc.tx.tBool(), e, { op, e1: a, e2: b });
  }
  if (op === '...') {
    const a = typeValue(fc, e.e1, fc.tx.tInt());
    const b = typeValue(fc, e.e2, fc.tx.tInt());
    const it = fc.tx.stdType('IntIterator');
    const t: Type = it && it.kind === 'class' ? { kind: 'inst', cls: it, params: [] } : DYNAMIC;
    return mkT('TNew', t, e, { cls: it && it.kind === 'class' ? it : (undefined as never), params: [], args: [a, b] });
  }
  if (op === 'in' || op === '=>') {
    fc.error('type.custom', e, [op === 'in' ? 'Unexpected in' : 'Unexpected =>']);
    return errorExpr(e);
  }
  const a = typeExpr(fc, e.e1);
  // The right operand of a comparison is typed against the left one (so `x == Red` finds Red).
  const b = typeExpr(fc, e.e2, op === '==' || op === '!=' ? a.t : undefined);
  return binopOn(fc, e, op, a, b, wanted(expected));
}

/** Type a binary operation on already typed operands (shared with compound assignment). */
function binopOn(fc: FnCtx, span: Span, op: string, a: TExpr, b: TExpr, expected: Type | undefined): TExpr {
  const overload = abstractOp(fc, span, op, a, b);
  if (overload) return overload;
  const tInt = fc.tx.tInt();
  const tFloat = fc.tx.tFloat();
  const tString = fc.tx.tString();
  const tBool = fc.tx.tBool();
  let ka = classify(fc, a.t);
  let kb = classify(fc, b.t);
  // Abstracts that convert to a basic type take part as that type (e.g. `abstract A(Int) to Int`).
  const lowered = (x: TExpr, k: Kind): [TExpr, Kind] => {
    if (k !== 'other') return [x, k];
    for (const t of [tInt, tFloat, tString]) {
      if (follow(x.t).kind === 'abstract' && tryUnify(x.t, t)) return [x, classify(fc, t)];
    }
    return [x, k];
  };
  [a, ka] = lowered(a, ka);
  [b, kb] = lowered(b, kb);
  const mk = (t: Type) => mkT('TBinop', t, span, { op, e1: a, e2: b });
  switch (op) {
    case '+': {
      if (ka === 'string' || kb === 'string') {
        // Concatenated with a String, an abstract with a @:to String function converts through it.
        if (ka === 'string') b = exactToCast(b, tString) ?? b;
        if (kb === 'string') a = exactToCast(a, tString) ?? a;
        return mk(tString);
      }
      if (ka === 'int' && kb === 'int') return mk(tInt);
      if (isNumeric(ka) && isNumeric(kb)) return mk(ka === 'param' && kb === 'param' ? a.t : ka === 'param' && kb === 'int' ? a.t : kb === 'param' && ka === 'int' ? b.t : tFloat);
      if (ka === 'mono' && (kb === 'int' || kb === 'float')) {
        bindMono(fc, a, b.t);
        return mk(b.t);
      }
      if (kb === 'mono' && (ka === 'int' || ka === 'float')) {
        bindMono(fc, b, a.t);
        return mk(a.t);
      }
      if (ka === 'mono' && kb === 'mono') {
        // Haxe: two unknown operands of `+` are taken to be Int.
        bindMono(fc, a, tInt);
        bindMono(fc, b, tInt);
        return mk(tInt);
      }
      if (ka === 'dynamic' || kb === 'dynamic' || ka === 'mono' || kb === 'mono') return mk(DYNAMIC);
      // Haxe: an abstract added to an Int or Float must be that number type (reported at the abstract).
      const isAbs = (x: TExpr) => {
        const f = follow(x.t);
        return f.kind === 'abstract' && !f.abs.isCore && f.abs.impl !== undefined;
      };
      if (isAbs(a) && (kb === 'int' || kb === 'float')) {
        reportUnify(fc, a.t, kb === 'int' ? tInt : tFloat, a);
        return mk(kb === 'int' ? tInt : tFloat);
      }
      if (isAbs(b) && (ka === 'int' || ka === 'float')) {
        reportUnify(fc, b.t, ka === 'int' ? tInt : tFloat, b);
        return mk(ka === 'int' ? tInt : tFloat);
      }
      fc.error('type.custom', span, [`Cannot add ${typeToString(a.t)} and ${typeToString(b.t)}`]);
      return mk(DYNAMIC);
    }
    case '-':
    case '*':
    case '/':
    case '%': {
      for (const [x, k] of [[a, ka], [b, kb]] as const) {
        if (k === 'mono') bindMono(fc, x, op === '/' ? tFloat : tInt);
        else if (!isNumeric(k) && k !== 'dynamic') reportUnify(fc, x.t, tInt, x);
      }
      if (op === '/') return mk(tFloat);
      ka = classify(fc, a.t);
      kb = classify(fc, b.t);
      if (ka === 'int' && kb === 'int') return mk(tInt);
      if (ka === 'param' && (kb === 'int' || kb === 'param')) return mk(a.t);
      if (kb === 'param' && ka === 'int') return mk(b.t);
      if (ka === 'dynamic' && kb === 'dynamic') return mk(DYNAMIC);
      return mk(tFloat);
    }
    case '&': case '|': case '^': case '<<': case '>>': case '>>>': {
      for (const x of [a, b]) {
        const k = classify(fc, x.t);
        if (k === 'dynamic') continue;
        if (k === 'mono') bindMono(fc, x, tInt);
        else if (k !== 'int') reportUnify(fc, x.t, tInt, x);
      }
      return mk(tInt);
    }
    case '==':
    case '!=': {
      if (!tryUnify(b.t, a.t) && !tryUnify(a.t, b.t)) {
        if (!(isNumeric(ka) && isNumeric(kb))) reportUnify(fc, b.t, a.t, span);
      }
      // Enum values are compared by identity, so comparing with a freshly built `Ctor(args)` is
      // almost surely a mistake; Haxe rejects it (comparing such a value with null stays allowed).
      // Haxe checks this after typing, so the error never carries an argument note.
      if ((isCtorCall(a) && !isNullConst(b)) || (isCtorCall(b) && !isNullConst(a))) {
        fc.tx.error('type.custom', fc.pos(span), ['You cannot directly compare enums with arguments. Use either `switch`, `match` or `Type.enumEq`']);
      }
      return mk(tBool);
    }
    case '<': case '<=': case '>': case '>=': {
      const ok = (isNumeric(ka) && isNumeric(kb)) || (ka === 'string' && kb === 'string') || ka === 'dynamic' || kb === 'dynamic' ||
        (ka === 'mono' && kb !== 'other') || (kb === 'mono' && ka !== 'other');
      if (ka === 'mono' && kb !== 'mono') tryUnify(a.t, b.t);
      if (kb === 'mono' && ka !== 'mono') tryUnify(b.t, a.t);
      if (!ok) fc.error('type.custom', span, [`Cannot compare ${typeToString(a.t)} and ${typeToString(b.t)}`]);
      return mk(tBool);
    }
  }
  void expected;
  fc.error('type.custom', span, [`Unsupported operator ${op}`]);
  return mk(DYNAMIC);
}

function isCtorCall(e: TExpr): boolean {
  return e.kind === 'TCall' && e.e.kind === 'TField' && e.e.access.k === 'enum';
}

function isNullConst(e: TExpr): boolean {
  return e.kind === 'TConst' && e.value.k === 'null';
}

/** @:op overloads of an abstract operand. */
function abstractOp(fc: FnCtx, span: Span, op: string, a: TExpr, b: TExpr): TExpr | undefined {
  for (const [x, y, swapped] of [[a, b, false], [b, a, true]] as const) {
    const t = follow(x.t);
    if (t.kind !== 'abstract') continue;
    t.abs.build?.();
    for (const o of t.abs.ops) {
      if (o.unary || o.op !== op) continue;
      const commutative = o.field.meta.some((m) => m.name === ':commutative');
      if (swapped && !commutative && !isOperandOrderFree(o.field)) continue;
      const call = opCall(fc, span, t.abs, t.params, o.field, swapped ? [y, x] : [x, y], swapped && commutative);
      if (call) return call;
    }
  }
  return undefined;
}

function isOperandOrderFree(f: ClassField): boolean {
  // A static operator `(lhs:Int, rhs:A)` declared on A matches with A on the right.
  return f.isStatic;
}

function opCall(fc: FnCtx, span: Span, abs: AbstractType, params: Type[], f: ClassField, args: TExpr[], flip: boolean): TExpr | undefined {
  const ft = follow(substitute(f.type, ownerMap({ kind: 'abstract', abs, params }, f)));
  if (ft.kind !== 'fun') return undefined;
  const operands = flip ? [args[1]!, args[0]!] : args;
  if (f.isStatic) {
    if (ft.args.length !== 2) return undefined;
    if (!tryUnify(operands[0]!.t, ft.args[0]!.type) || !tryUnify(operands[1]!.t, ft.args[1]!.type)) {
      const c0 = tryUnify(operands[0]!.t, ft.args[0]!.type) ? operands[0] : abstractCast(fc, operands[0]!, ft.args[0]!.type);
      const c1 = tryUnify(operands[1]!.t, ft.args[1]!.type) ? operands[1] : abstractCast(fc, operands[1]!, ft.args[1]!.type);
      if (!c0 || !c1) return undefined;
      operands[0] = c0;
      operands[1] = c1;
    }
  } else {
    // Member operator: `this` is the left operand, one argument.
    if (ft.args.length !== 1) return undefined;
    const self = follow(operands[0]!.t);
    if (self.kind !== 'abstract' || self.abs !== abs) return undefined;
    if (!tryUnify(operands[1]!.t, ft.args[0]!.type)) return undefined;
  }
  const callee = mkT('TField', ft, span, { e: mkT('TTypeExpr', DYNAMIC, span, { mt: abs }), access: { k: 'static', cls: abs.impl!, field: f } });
  return mkT('TCall', ft.ret, span, { e: callee, args: operands });
}

// ---- assignment -----------------------------------------------------------------------------------------

/**
 * What an assignment target is: checked for writability, with the setter for properties. As Haxe, a
 * final local is reported at the local, a field that cannot be written at the whole assignment `whole`.
 */
function typeLvalue(fc: FnCtx, e: Expr, whole: Span): TExpr | undefined {
  if (e.kind === 'EParenthesis') return typeLvalue(fc, e.e, whole);
  const te = typeExpr(fc, e);
  return checkWritable(fc, te, e, whole) ? te : undefined;
}

function checkWritable(fc: FnCtx, te: TExpr, span: Span, whole: Span): boolean {
  switch (te.kind) {
    case 'TLocal':
      if (te.v.final) {
        fc.error('type.assign-final', span);
        return false;
      }
      if (isRangeLoopVar(te.v)) {
        fc.error('type.custom', whole, ['Loop variable cannot be modified']);
        return false;
      }
      return true;
    case 'TArray':
      return true;
    case 'TField': {
      const a = te.access;
      if (a.k === 'dynamic' || (a.k === 'anon' && a.field.kind.k === 'var' && a.field.kind.write === 'normal' && !a.field.isFinal)) return true;
      if (a.k === 'anon' && isStructuralField(a.field)) {
        a.field.kind = { k: 'var', read: 'normal', write: 'normal' };
        return true;
      }
      const f = a.k === 'instance' || a.k === 'static' || a.k === 'anon' || a.k === 'abstract' ? a.field : undefined;
      if (!f) {
        fc.error('type.custom', span, ['Invalid assign']);
        return false;
      }
      if (f.kind.k === 'method') {
        if (f.kind.meth === 'dynamic') return true;
        fc.error('type.custom', span, [`Cannot rebind this method : please use 'dynamic' before method declaration`]);
        return false;
      }
      if (f.isFinal) {
        // A final field may be assigned in its class's constructor (or static initialisation).
        if (fc.field && fc.field.name === 'new' && te.e.kind === 'TConst' && te.e.value.k === 'this') return true;
        // Haxe treats a final field as one without write access.
        fc.error('type.custom', whole, [`Cannot access field or identifier ${f.name} for writing`]);
        return false;
      }
      const w = f.kind.write;
      if (w === 'normal' || w === 'call' || w === 'dynamic') return true;
      // `null` write access allows writes from inside the class.
      if (w === 'no' && fc.cls && f.owner === fc.cls) return true;
      fc.error('type.custom', whole, [`Cannot access field or identifier ${f.name} for writing`]);
      return false;
    }
    case 'TCall':
      // A property read turned into a getter call: the setter decides.
      return true;
    case 'TMeta':
      // A field resolved by an abstract's @:op(a.b): its writer decides.
      if (te.name === ':resolve') return true;
      fc.error('type.custom', span, ['Invalid assign']);
      return false;
    case 'TConst':
      if (te.t === DYNAMIC) return false; // an earlier error
      // Inside an abstract, `this` (the underlying value) may be assigned.
      if (te.value.k === 'this' && fc.abs) return true;
      fc.error('type.custom', span, ['Invalid assign']);
      return false;
    default:
      fc.error('type.custom', span, ['Invalid assign']);
      return false;
  }
}

/** A property with a `set` accessor is written through `set_name(value)`. */
function setterCall(fc: FnCtx, target: TExpr, value: TExpr, span: Span): TExpr | undefined {
  const field = target.kind === 'TField' ? target : target.kind === 'TCall' && target.e.kind === 'TField' ? propertyOfGetter(target.e) : undefined;
  if (!field || field.kind !== 'TField') return undefined;
  const a = field.access;
  const f = a.k === 'instance' || a.k === 'static' || a.k === 'abstract' ? a.field : undefined;
  if (!f || f.kind.k !== 'var' || f.kind.write !== 'call') return undefined;
  if (fc.field && fc.field.name === `set_${f.name}`) return undefined;
  const setter = lookupAccessor(field, `set_${f.name}`);
  // Through an interface (or an extern) the accessor is the implementation's business, as for reads.
  if (!setter && f.owner && (f.owner.isExtern || (f.owner.kind === 'class' && f.owner.isInterface))) return undefined;
  if (!setter) {
    fc.error('type.custom', span, [`Method set_${f.name} required by property ${f.name} is missing`]);
    return undefined;
  }
  const callee = mkT('TField', setter.type, span, { e: field.e, access: { ...a, field: setter.field } as typeof a });
  return mkT('TCall', f.type, span, { e: callee, args: [value] });
}

/** Inside a property's own setter the target is the field itself, not the getter call a read made. */
function directTarget(target: TExpr): TExpr {
  if (target.kind === 'TCall' && target.args.length === 0 && target.e.kind === 'TField') return propertyOfGetter(target.e) ?? target;
  return target;
}

/** The property field behind a getter call produced by a read (`get_x()` → `x`). */
function propertyOfGetter(callee: TExpr & { kind: 'TField' }): TExpr | undefined {
  const a = callee.access;
  if (a.k !== 'instance' && a.k !== 'static' && a.k !== 'abstract') return undefined;
  const name = a.field.name.startsWith('get_') ? a.field.name.slice(4) : undefined;
  if (!name) return undefined;
  if (a.k === 'abstract') {
    // An abstract's properties live on its implementation class, next to their accessors.
    const p = a.abs.impl?.fields.get(name);
    return p ? mkT('TField', p.type, callee, { e: callee.e, access: { ...a, field: p } }) : undefined;
  }
  const owner = a.k === 'instance' ? a.cls : a.cls;
  owner.build?.();
  const f = a.k === 'instance' ? owner.fields.get(name) : owner.statics.get(name);
  if (!f) return undefined;
  return mkT('TField', f.type, callee, { e: callee.e, access: { ...a, field: f } as typeof a });
}

function typeAssign(fc: FnCtx, e: Expr & { kind: 'EBinop' }): TExpr {
  // Abstract @:arrayAccess set: `m[k] = v`.
  if (e.e1.kind === 'EArray') {
    const base = typeExpr(fc, e.e1.e);
    const bt = follow(base.t);
    if (bt.kind === 'abstract') {
      const r = abstractArraySet(fc, base, bt, e.e1.index, e.e2, e);
      if (r) return r;
    }
  }
  const target = typeLvalue(fc, e.e1, e);
  if (!target) {
    typeExpr(fc, e.e2);
    return errorExpr(e);
  }
  const value = typeExpr(fc, e.e2, target.t);
  if (target.kind === 'TMeta' && target.name === ':resolve' && e.e1.kind === 'EField') {
    const w = resolveSet(fc, target, e.e1.name, value, e);
    if (w) return w;
    fc.error('type.custom', e, ['Invalid assign']);
    return errorExpr(e);
  }
  // A value that does not fit is reported at the whole assignment (as Haxe does).
  const checked = coerce(fc, value, target.t, e);
  const viaSetter = setterCall(fc, target, checked, e);
  if (viaSetter) return viaSetter;
  return mkT('TBinop', target.t, e, { op: '=', e1: directTarget(target), e2: checked });
}

/**
 * `a[i] = v` on an abstract: the first @:arrayAccess setter accepting both the index and the value;
 * none is Haxe's "No @:arrayAccess function for T accepts arguments of I and V" at the assignment.
 */
function abstractArraySet(fc: FnCtx, base: TExpr, bt: Type & { kind: 'abstract' }, index: Expr, value: Expr, span: Span): TExpr | undefined {
  bt.abs.build?.();
  const setters = bt.abs.arrayAccess.flatMap((f) => {
    const ft = follow(f.type);
    if (ft.kind !== 'fun' || ft.args.length !== (f.isStatic ? 3 : 2)) return [];
    const fnT = substitute(ft, ownerMap(bt, f)) as Type & { kind: 'fun' };
    const off = f.isStatic ? 1 : 0;
    return [{ f, fnT, idx: fnT.args[off]!.type, val: fnT.args[off + 1]!.type }];
  });
  if (setters.length === 0) return undefined;
  const it = typeExpr(fc, index, setters[0]!.idx);
  const vt = typeExpr(fc, value, setters[0]!.val);
  for (const { f, fnT, idx, val } of setters) {
    if (!tryUnify(it.t, idx)) continue;
    const v = tryUnify(vt.t, val) ? vt : abstractCast(fc, vt, val);
    if (!v) continue;
    const callee = mkT('TField', fnT, span, { e: base, access: { k: 'static', cls: bt.abs.impl!, field: f } });
    return mkT('TCall', fnT.ret, span, { e: callee, args: [it, v] });
  }
  fc.error('type.custom', span, [`No @:arrayAccess function for ${typeToString(bt)} accepts arguments of ${typeToString(it.t)} and ${typeToString(vt.t)}`]);
  return errorExpr(span);
}

/**
 * `m[k] op= v`, `m[k]++` and `--m[k]` on an abstract with @:arrayAccess: as Haxe, the base and the
 * index are evaluated once into temporaries, the getter reads, the setter writes the new value. The
 * value is the setter's result, or for a postfix operator the value read. Undefined when the base is
 * not such an abstract (the caller then types an ordinary target).
 */
function abstractArrayUpdate(fc: FnCtx, target: Expr, whole: Span, update: (cur: TExpr) => TExpr, postfix: boolean): TExpr | undefined {
  while (target.kind === 'EParenthesis') target = target.e;
  if (target.kind !== 'EArray') return undefined;
  const base = typeExpr(fc, target.e);
  const bt = follow(base.t);
  if (bt.kind !== 'abstract') return undefined;
  bt.abs.build?.();
  const fns = (n: number) => bt.abs.arrayAccess.flatMap((f) => {
    const ft = follow(f.type);
    if (ft.kind !== 'fun' || ft.args.length !== (f.isStatic ? n + 1 : n)) return [];
    const fnT = substitute(ft, ownerMap(bt, f)) as Type & { kind: 'fun' };
    return [{ f, fnT, args: fnT.args.slice(f.isStatic ? 1 : 0).map((a) => a.type) }];
  });
  const getters = fns(1);
  const setters = fns(2);
  if (getters.length === 0 || setters.length === 0) return undefined;
  const index = typeExpr(fc, target.index, getters[0]!.args[0]);
  const getter = getters.find((g) => tryUnify(index.t, g.args[0]!));
  if (!getter) return undefined;
  const temp = (name: string, t: Type): TVar => ({ id: fc.tx.nextVarId(), name, type: t, final: false, captured: false, origin: 'local' });
  const vb = temp('`base', base.t);
  const vi = temp('`index', index.t);
  const local = (v: TVar) => mkT('TLocal', v.type, whole, { v });
  const call = (g: { f: ClassField; fnT: Type & { kind: 'fun' } }, args: TExpr[]) =>
    mkT('TCall', g.fnT.ret, whole, { e: mkT('TField', g.fnT, whole, { e: local(vb), access: { k: 'static', cls: bt.abs.impl!, field: g.f } }), args });
  const exprs: TExpr[] = [mkT('TVarDecl', fc.tx.tVoid(), whole, { v: vb, init: base }), mkT('TVarDecl', fc.tx.tVoid(), whole, { v: vi, init: index })];
  let cur = call(getter, [local(vi)]);
  let old: TVar | undefined;
  if (postfix) {
    old = temp('`old', cur.t);
    exprs.push(mkT('TVarDecl', fc.tx.tVoid(), whole, { v: old, init: cur }));
    cur = local(old);
  }
  const next = update(cur);
  const setter = setters.find((s) => tryUnify(index.t, s.args[0]!) && tryUnify(next.t, s.args[1]!)) ?? setters[0]!;
  const write = call(setter, [local(vi), coerce(fc, next, setter.args[1]!, whole)]);
  exprs.push(write);
  if (old) exprs.push(local(old));
  return mkT('TBlock', old ? old.type : write.t, whole, { exprs });
}

function typeAssignOp(fc: FnCtx, e: Expr & { kind: 'EBinop' }, op: string): TExpr {
  const viaAccess = abstractArrayUpdate(fc, e.e1, e, (cur) => binopOn(fc, e, op, cur, typeExpr(fc, e.e2), undefined), false);
  if (viaAccess) return viaAccess;
  const target = typeLvalue(fc, e.e1, e);
  if (!target) {
    typeExpr(fc, e.e2);
    return errorExpr(e);
  }
  const value = typeExpr(fc, e.e2);
  // An abstract's own `@:op(A += B)` is called as it is: its result is the value and nothing is
  // stored (Haxe's rule; only an operator that assigns `this` changes the variable).
  const own = follow(target.t);
  if (own.kind === 'abstract') {
    own.abs.build?.();
    for (const o of own.abs.ops) {
      if (o.unary || o.op !== op + '=') continue;
      const call = opCall(fc, e, own.abs, own.params, o.field, [target, value], false);
      if (call) return call;
    }
  }
  const result = binopOn(fc, e, op, target, value, undefined);
  // `x += 1.5` on an Int is an error (Float should be Int); `s += 1` on a String is fine.
  if (result.kind === 'TBinop' && !tryUnify(result.t, target.t)) reportUnify(fc, result.t, target.t, e);
  if (result.kind === 'TCall') {
    // An abstract operator: the assignment stores its result.
    return mkT('TBinop', target.t, e, { op: '=', e1: target, e2: coerce(fc, result, target.t, e) });
  }
  const setter = setterCall(fc, target, result, e);
  if (setter) return setter;
  // `s += v` on a String takes v as `s + v` did (converted by a @:to String function, if any).
  const rhs = op === '+' && result.kind === 'TBinop' ? result.e2 : value;
  return mkT('TBinop', target.t, e, { op: op + '=', e1: directTarget(target), e2: rhs });
}

// ---- unary ----------------------------------------------------------------------------------------------

export function typeUnop(fc: FnCtx, e: Expr & { kind: 'EUnop' }): TExpr {
  const op = e.op;
  if (op === '++' || op === '--') {
    const one = mkT('TConst', fc.tx.tInt(), e, { value: { k: 'int', v: 1 } });
    const viaAccess = abstractArrayUpdate(fc, e.e, e, (cur) => binopOn(fc, e, op[0]!, cur, one, undefined), e.postfix);
    if (viaAccess) return viaAccess;
  }
  const inner = op === '++' || op === '--' ? typeLvalue(fc, e.e, e) : typeExpr(fc, e.e, op === '!' ? fc.tx.tBool() : undefined);
  if (!inner) return errorExpr(e);
  const t = follow(inner.t);
  if (t.kind === 'abstract') {
    t.abs.build?.();
    for (const o of t.abs.ops) {
      if (!o.unary || o.op !== op || o.postfix !== e.postfix) continue;
      const ft = follow(substitute(o.field.type, ownerMap(t, o.field)));
      if (ft.kind !== 'fun') continue;
      const callee = mkT('TField', ft, e, { e: mkT('TTypeExpr', DYNAMIC, e, { mt: t.abs }), access: { k: 'static', cls: t.abs.impl!, field: o.field } });
      const call = mkT('TCall', ft.ret, e, { e: callee, args: [inner] });
      // As in Haxe, the operator function's result is the value; `this` changes only through an
      // inline operator function that assigns it (the lowering inlines those).
      return call;
    }
  }
  const k = classify(fc, inner.t);
  switch (op) {
    case '!':
      if (k !== 'bool' && k !== 'dynamic') {
        if (k === 'mono') bindMono(fc, inner, fc.tx.tBool());
        else reportUnify(fc, inner.t, fc.tx.tBool(), e.e);
      }
      return mkT('TUnop', fc.tx.tBool(), e, { op, postfix: false, e: inner });
    case '~':
      if (k === 'mono') bindMono(fc, inner, fc.tx.tInt());
      else if (k !== 'int' && k !== 'dynamic') reportUnify(fc, inner.t, fc.tx.tInt(), e.e);
      return mkT('TUnop', fc.tx.tInt(), e, { op, postfix: false, e: inner });
    case '-':
    case '++':
    case '--':
      if (k === 'mono') bindMono(fc, inner, fc.tx.tInt());
      else if (!isNumeric(k) && k !== 'dynamic') reportUnify(fc, inner.t, fc.tx.tInt(), e.e);
      return mkT('TUnop', isNumeric(k) ? inner.t : k === 'mono' ? fc.tx.tInt() : DYNAMIC, e, { op, postfix: e.postfix, e: inner });
  }
  fc.error('type.custom', e, [`Unsupported operator ${op}`]);
  return errorExpr(e);
}

