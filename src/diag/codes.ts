// The registry of diagnostic codes and their message templates.
// Takes: nothing. Gives: `messageFor(code, args)`, the one place where a message's wording lives.
// Invariant: wording follows official Haxe 4.2.5 wherever Haxe reports the same condition, so that
// editor problem matchers and users' habits carry over; `{0}`, `{1}` are replaced by arguments.

export type Severity = 'error' | 'warning' | 'info';

export interface CodeInfo {
  severity: Severity;
  template: string;
}

const registry = {
  // lexer
  'lex.invalid-char': { severity: 'error', template: 'Invalid character {0}' },
  'lex.unterminated-string': { severity: 'error', template: 'Unterminated string' },
  'lex.unclosed-comment': { severity: 'error', template: 'Unclosed comment' },
  'lex.unterminated-regexp': { severity: 'error', template: 'Unterminated regular expression' },
  'lex.invalid-regexp-option': { severity: 'error', template: 'Invalid regular expression option' },
  'lex.invalid-escape': { severity: 'error', template: 'Invalid escape sequence \\{0}{1}' },
  'lex.unclosed-interpolation': { severity: 'error', template: 'Unclosed string interpolation' },
  // preprocessor
  'pp.unclosed-conditional': { severity: 'error', template: 'Unclosed conditional compilation block' },
  'pp.unknown-token': { severity: 'error', template: 'Unknown token' },
  'pp.invalid-condition': { severity: 'error', template: 'Invalid conditional expression' },
  'pp.error-directive': { severity: 'error', template: '{0}' },
  'pp.not-implemented': { severity: 'error', template: 'Not implemented for current platform' },
  'pp.unexpected': { severity: 'error', template: 'Unexpected {0}' },
  // parser
  'parse.unexpected': { severity: 'error', template: 'Unexpected {0}' },
  'parse.expected': { severity: 'error', template: 'Expected {0}' },
  'parse.expected-expression': { severity: 'error', template: 'Expected expression' },
  'parse.missing-semicolon': { severity: 'error', template: 'Missing ;' },
  'parse.missing-var-ident': { severity: 'error', template: 'Missing variable identifier' },
  'parse.duplicate-default': { severity: 'error', template: 'Duplicate default' },
  'parse.missing-type': { severity: 'error', template: 'Missing type declaration' },
  'parse.empty-interpolation': { severity: 'error', template: 'Expression cannot be empty' },
  'parse.custom': { severity: 'error', template: '{0}' },
  // typer
  'type.unknown-ident': { severity: 'error', template: 'Unknown identifier : {0}' },
  'type.type-not-found': { severity: 'error', template: 'Type not found : {0}' },
  'type.module-no-type': { severity: 'error', template: 'Module {0} does not define type {1}' },
  'type.unify': { severity: 'error', template: '{0}' }, // the first line of a unification failure
  'type.no-field': { severity: 'error', template: '{0} has no field {1}' },
  'type.not-enough-args': { severity: 'error', template: 'Not enough arguments, expected {0}' },
  'type.too-many-args': { severity: 'error', template: 'Too many arguments' },
  'type.private-field': { severity: 'error', template: 'Cannot access private field {0}' },
  'type.assign-final': { severity: 'error', template: 'Cannot assign to final' },
  'type.missing-return': { severity: 'error', template: 'Missing return: {0}' },
  'type.unmatched-patterns': { severity: 'error', template: 'Unmatched patterns: {0}' },
  'type.missing-override': { severity: 'error', template: "Field {0} should be declared with 'override' since it is inherited from superclass {1}" },
  'type.bad-override': { severity: 'error', template: "Field {0} is declared 'override' but doesn't override any field" },
  'type.constraint': { severity: 'error', template: 'Constraint check failure for {0}' },
  'type.main-return': { severity: 'error', template: 'Return type of main function should be Void (found {0})' },
  'type.custom': { severity: 'error', template: '{0}' },
  'type.warning': { severity: 'warning', template: '{0}' },
  // driver / cli
  'io.cannot-read': { severity: 'error', template: 'Could not read file {0}: {1}' },
  'io.not-found': { severity: 'error', template: 'File not found: {0}' },
} as const satisfies Record<string, CodeInfo>;

export type DiagCode = keyof typeof registry;

export function codeInfo(code: DiagCode): CodeInfo {
  return registry[code];
}

export function messageFor(code: DiagCode, args: readonly string[]): string {
  return registry[code].template.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

export function allCodes(): DiagCode[] {
  return Object.keys(registry) as DiagCode[];
}
