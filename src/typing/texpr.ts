// The typed AST: what the typer gives and lowering takes. Kinds are named `T*`.
// Takes: nothing. Gives: node types. Every node has its type `t` and its span (`pos`/`end` in `file`
// of the enclosing field). Local variables are `TVar` records shared by reference between their
// declaration and uses, so lowering can tell captured variables (`captured`) apart.
// Invariant: sugar the typer resolves is explicit here: field accesses say what they reach
// (instance/static/anonymous/dynamic/enum constructor/closure), abstract operator calls are plain
// static calls, implicit casts (Int → Float, @:from/@:to) are TCast nodes with `implicit`.

import type { AbstractType, ClassField, ClassType, EnumCtorDef, EnumType, ModuleType, Type, TypeParam } from './types.js';

export interface TVar {
  id: number;
  name: string;
  type: Type;
  final: boolean;
  captured: boolean;
  /** Declared as a function argument, a catch variable, a pattern capture, or a loop variable. */
  origin: 'local' | 'arg' | 'catch' | 'pattern' | 'loop' | 'this';
  /** A named local function's own type parameters: each use of the variable instantiates them. */
  params?: TypeParam[];
}

export type FieldAccess =
  | { k: 'instance'; cls: ClassType; params: Type[]; field: ClassField }
  | { k: 'static'; cls: ClassType; field: ClassField }
  | { k: 'anon'; field: ClassField }
  | { k: 'dynamic'; name: string }
  | { k: 'closure'; cls: ClassType | undefined; field: ClassField } // a bound method value
  | { k: 'extension'; cls: ClassType; field: ClassField } // `using`: the TField's `e` is the first argument
  | { k: 'abstract'; abs: AbstractType; field: ClassField } // an abstract's member: `e` is its `this` value
  | { k: 'enum'; enm: EnumType; ctor: EnumCtorDef };

export type TConstValue =
  | { k: 'int'; v: number }
  | { k: 'float'; v: string }
  | { k: 'string'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'null' }
  | { k: 'this' }
  | { k: 'super' };

export interface TFunc {
  args: { v: TVar; value: TExpr | undefined; opt: boolean }[];
  ret: Type;
  body: TExpr;
}

export interface TCase {
  /** Pattern values compiled to expressions for simple cases; complex patterns keep their structure. */
  patterns: TPattern[];
  guard: TExpr | undefined;
  body: TExpr | undefined;
}

export type TPattern =
  | { k: 'const'; e: TExpr }
  | { k: 'any' }
  | { k: 'bind'; v: TVar; p: TPattern } // `x` capture or `x = p`
  | { k: 'enum'; enm: EnumType; ctor: EnumCtorDef; args: TPattern[] }
  | { k: 'array'; items: TPattern[] }
  | { k: 'struct'; fields: { name: string; p: TPattern }[] }
  | { k: 'or'; alts: TPattern[] }
  | { k: 'extractor'; fn: TExpr; p: TPattern }
  | { k: 'type'; mt: ModuleType }; // `case (_:String)`-like type tests

interface Node {
  t: Type;
  pos: number;
  end: number;
}

export type TExpr = Node &
  (
    | { kind: 'TConst'; value: TConstValue }
    | { kind: 'TLocal'; v: TVar }
    | { kind: 'TArray'; e: TExpr; index: TExpr }
    | { kind: 'TBinop'; op: string; e1: TExpr; e2: TExpr }
    | { kind: 'TField'; e: TExpr; access: FieldAccess }
    | { kind: 'TTypeExpr'; mt: ModuleType }
    | { kind: 'TParenthesis'; e: TExpr }
    | { kind: 'TObjectDecl'; fields: { name: string; e: TExpr }[] }
    | { kind: 'TArrayDecl'; values: TExpr[] }
    | { kind: 'TCall'; e: TExpr; args: TExpr[] }
    | { kind: 'TNew'; cls: ClassType; params: Type[]; args: TExpr[] }
    | { kind: 'TUnop'; op: string; postfix: boolean; e: TExpr }
    | { kind: 'TFunction'; func: TFunc; name: TVar | undefined }
    | { kind: 'TVarDecl'; v: TVar; init: TExpr | undefined }
    | { kind: 'TBlock'; exprs: TExpr[] }
    | { kind: 'TFor'; v: TVar; key: TVar | undefined; iter: TExpr; body: TExpr; how: 'intRange' | 'array' | 'iterator' | 'iterable' | 'keyValue' }
    | { kind: 'TIf'; cond: TExpr; then: TExpr; else: TExpr | undefined }
    | { kind: 'TWhile'; cond: TExpr; body: TExpr; doWhile: boolean }
    | { kind: 'TSwitch'; subject: TExpr; cases: TCase[]; default: TExpr | undefined; exhaustive: boolean }
    | { kind: 'TTry'; body: TExpr; catches: { v: TVar; body: TExpr }[] }
    | { kind: 'TReturn'; e: TExpr | undefined }
    | { kind: 'TBreak' }
    | { kind: 'TContinue' }
    | { kind: 'TThrow'; e: TExpr }
    | { kind: 'TCast'; e: TExpr; checked: ModuleType | undefined; implicit: boolean }
    | { kind: 'TMeta'; name: string; e: TExpr }
    | { kind: 'TEnumParameter'; e: TExpr; ctor: EnumCtorDef; index: number }
    | { kind: 'TEnumIndex'; e: TExpr }
    | { kind: 'TIs'; e: TExpr; mt: ModuleType }
    | { kind: 'TInterp'; parts: TExpr[] } // string interpolation: parts already converted to String
    | { kind: 'TIdent'; name: string } // untyped identifiers (inside `untyped`)
  );

export type TExprKind = TExpr['kind'];
