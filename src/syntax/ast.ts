// The untyped AST: what the parser gives and the typer takes.
// Takes: nothing. Gives: node types. Kinds are named `E*` (expressions), `CT*` (syntactic types) and
// `D*` (module declarations), close to Haxe's own Ast so that Haxe's typing rules map one to one.
// Invariant: every node carries `pos`/`end`, offsets into its module's file, end exclusive and
// pos ≤ end. Patterns in `case` are plain expressions, as in Haxe; the typer gives them meaning.
// Map literals are arrays of `=>` binops and comprehensions are arrays holding a `for`/`while`, as in Haxe.

export interface Span {
  pos: number;
  end: number;
}

export interface Meta extends Span {
  name: string; // with the colon for compiler metadata: ":op", "keep"
  args: Expr[];
}

// ---- types -------------------------------------------------------------------------------------

export interface TypePath extends Span {
  pack: string[];
  name: string;
  params: TypeParam[];
  sub: string | undefined; // `pack.Module.Sub`
}

export type TypeParam = ComplexType | ({ kind: 'TPExpr'; expr: Expr } & Span);

export type ComplexType =
  | ({ kind: 'CTPath'; path: TypePath } & Span)
  | ({ kind: 'CTFunction'; args: ComplexType[]; ret: ComplexType; arrow: 'old' | 'new' } & Span)
  | ({ kind: 'CTAnonymous'; fields: Field[] } & Span)
  | ({ kind: 'CTParent'; type: ComplexType } & Span)
  | ({ kind: 'CTExtend'; paths: TypePath[]; fields: Field[] } & Span)
  | ({ kind: 'CTOptional'; type: ComplexType } & Span)
  | ({ kind: 'CTNamed'; name: string; type: ComplexType } & Span)
  | ({ kind: 'CTIntersection'; types: ComplexType[] } & Span);

export interface TypeParamDecl extends Span {
  name: string;
  meta: Meta[];
  params: TypeParamDecl[];
  constraints: ComplexType[];
  default: ComplexType | undefined;
}

// ---- functions ---------------------------------------------------------------------------------

export interface FuncArg extends Span {
  name: string;
  meta: Meta[];
  opt: boolean;
  rest: boolean;
  type: ComplexType | undefined;
  value: Expr | undefined;
}

export interface Func {
  params: TypeParamDecl[];
  args: FuncArg[];
  ret: ComplexType | undefined;
  body: Expr | undefined;
}

// ---- expressions -------------------------------------------------------------------------------

export interface VarDecl extends Span {
  name: string;
  namePos: number;
  final: boolean;
  meta: Meta[];
  type: ComplexType | undefined;
  expr: Expr | undefined;
}

export interface ObjectField extends Span {
  name: string;
  quoted: boolean;
  expr: Expr;
}

export interface Case extends Span {
  values: Expr[];
  guard: Expr | undefined;
  body: Expr | undefined; // undefined: `case x:` followed directly by another case
}

export interface Catch extends Span {
  name: string;
  type: ComplexType | undefined; // undefined: `catch (e)`, Haxe 4.1+
  body: Expr;
}

export type InterpPart = { kind: 'text'; value: string } | { kind: 'expr'; expr: Expr; braced: boolean };

export type Expr =
  | ({ kind: 'EInt'; value: string } & Span)
  | ({ kind: 'EFloat'; value: string } & Span)
  | ({ kind: 'EString'; value: string; single: boolean } & Span)
  | ({ kind: 'EInterp'; parts: InterpPart[] } & Span)
  | ({ kind: 'ERegex'; pattern: string; flags: string } & Span)
  | ({ kind: 'EIdent'; name: string } & Span) // also true, false, null, this, super, `$name`
  | ({ kind: 'EArray'; e: Expr; index: Expr } & Span)
  | ({ kind: 'EBinop'; op: string; e1: Expr; e2: Expr } & Span)
  | ({ kind: 'EField'; e: Expr; name: string } & Span)
  | ({ kind: 'EParenthesis'; e: Expr } & Span)
  | ({ kind: 'EObjectDecl'; fields: ObjectField[] } & Span)
  | ({ kind: 'EArrayDecl'; values: Expr[] } & Span)
  | ({ kind: 'ECall'; e: Expr; args: Expr[] } & Span)
  | ({ kind: 'ENew'; path: TypePath; args: Expr[] } & Span)
  | ({ kind: 'EUnop'; op: string; postfix: boolean; e: Expr } & Span)
  | ({ kind: 'EVars'; vars: VarDecl[] } & Span)
  | ({ kind: 'EFunction'; style: 'named' | 'anonymous' | 'arrow'; name: string | undefined; inline: boolean; func: Func } & Span)
  | ({ kind: 'EBlock'; exprs: Expr[] } & Span)
  | ({ kind: 'EFor'; it: Expr; body: Expr } & Span)
  | ({ kind: 'EIf'; cond: Expr; then: Expr; else: Expr | undefined } & Span)
  | ({ kind: 'EWhile'; cond: Expr; body: Expr; doWhile: boolean } & Span)
  | ({ kind: 'ESwitch'; subject: Expr; cases: Case[]; default: (Span & { body: Expr | undefined }) | undefined } & Span)
  | ({ kind: 'ETry'; body: Expr; catches: Catch[] } & Span)
  | ({ kind: 'EReturn'; e: Expr | undefined } & Span)
  | ({ kind: 'EBreak' } & Span)
  | ({ kind: 'EContinue' } & Span)
  | ({ kind: 'EUntyped'; e: Expr } & Span)
  | ({ kind: 'EThrow'; e: Expr } & Span)
  | ({ kind: 'ECast'; e: Expr; type: ComplexType | undefined } & Span)
  | ({ kind: 'EIs'; e: Expr; type: ComplexType } & Span)
  | ({ kind: 'ETernary'; cond: Expr; then: Expr; else: Expr } & Span)
  | ({ kind: 'ECheckType'; e: Expr; type: ComplexType } & Span)
  | ({ kind: 'EMeta'; meta: Meta; e: Expr } & Span)
  | ({ kind: 'EMacro'; e: Expr } & Span) // `macro expr`
  | ({ kind: 'EMacroType'; type: ComplexType } & Span) // `macro : Type`
  | ({ kind: 'EMacroDecl'; decl: Decl } & Span) // `macro class X {}`
  | ({ kind: 'EReify'; tag: string; e: Expr } & Span) // `$v{e}`, `$i{e}`, `${e}` (tag "")
  | ({ kind: 'EError' } & Span); // placeholder where a syntax error was recovered

export type ExprKind = Expr['kind'];

// ---- fields and declarations -------------------------------------------------------------------

export type FieldKind =
  | { kind: 'FVar'; type: ComplexType | undefined; expr: Expr | undefined }
  | { kind: 'FProp'; get: string; set: string; type: ComplexType | undefined; expr: Expr | undefined }
  | { kind: 'FFun'; func: Func };

export interface Field extends Span {
  name: string;
  namePos: number;
  doc: string | undefined;
  meta: Meta[];
  access: string[]; // public private static override dynamic inline macro final extern abstract overload
  decl: FieldKind;
}

export interface EnumCtor extends Span {
  name: string;
  doc: string | undefined;
  meta: Meta[];
  params: TypeParamDecl[];
  args: FuncArg[] | undefined; // undefined: no parentheses
  type: ComplexType | undefined; // Haxe allows `A:Type`, used by GADT-like declarations
}

interface DeclBase extends Span {
  name: string;
  namePos: number;
  doc: string | undefined;
  meta: Meta[];
  params: TypeParamDecl[];
  flags: string[]; // private extern final abstract
}

export type Decl =
  | ({ kind: 'DClass'; isInterface: boolean; extends: TypePath[]; implements: TypePath[]; fields: Field[] } & DeclBase)
  | ({ kind: 'DEnum'; ctors: EnumCtor[] } & DeclBase)
  | ({ kind: 'DTypedef'; type: ComplexType } & DeclBase)
  | ({ kind: 'DAbstract'; isEnum: boolean; underlying: ComplexType | undefined; from: ComplexType[]; to: ComplexType[]; fields: Field[] } & DeclBase)
  | ({ kind: 'DImport'; path: string[]; all: boolean; alias: string | undefined } & Span)
  | ({ kind: 'DUsing'; path: string[] } & Span)
  | ({ kind: 'DField'; field: Field } & Span);

export interface Module {
  path: string;
  pack: string[];
  decls: Decl[];
}
