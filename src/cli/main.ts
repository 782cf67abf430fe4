// The `rayzor` command line.
// Takes: process arguments. Gives: an exit code (0 ok, 1 diagnostics with errors, 2 bad usage) and
// output: diagnostics on stderr, dumps on stdout.
// Invariant: no stack trace reaches the user: an internal failure is reported as one line naming it
// an internal compiler error, with exit code 3.

import { formatClassic, formatPretty } from '../diag/format.js';
import { DiagnosticSink } from '../diag/sink.js';
import { defaultDefines } from '../driver/defines.js';
import { collectHxFiles } from '../driver/sources.js';
import { parseFiles } from '../driver/syntax-check.js';
import { typecheck } from '../driver/typecheck.js';
import { compileToMir, runOnInterpreter, verifyReport } from '../driver/run.js';
import { printModule as printModule_ } from '../mir/print.js';
import { writeSync } from 'node:fs';
import { printModule } from '../syntax/ast-print.js';
import { printTypedModule } from '../typing/texpr-print.js';
import { parseDefines } from '../syntax/preprocess.js';

const VERSION = '0.1.0';

const USAGE = `rayzor ${VERSION}: a Haxe 4 compiler

Usage: rayzor <command> [options]

Commands:
  check PATH...        type-check .hx files (PATH: a file or a directory) and report diagnostics
  check -cp DIR -main Class
                       type-check a program from its class path and main class
  dump --stage ast|typed F
                       print a stage's output for a file
  help [command]       show help for a command

Common options:
  -D name[=value]      define a conditional compilation flag
  --message-format=classic|pretty
                       classic (default) is Haxe's one-line format; pretty adds a code frame
  -h, --help           show help
  --version            print the version
`;

const HELP: Record<string, string> = {
  check: `Usage: rayzor check [--syntax-only] [-D name[=value]]... [--message-format=FMT] PATH...
       rayzor check [options] -cp DIR [-cp DIR]... -main pack.Class

Type-checks every PATH (a .hx file, or a directory searched for .hx files; each file is a module
of its folder, honouring its package line), or the program reached from a main class, and prints
diagnostics on stderr in Haxe's format, e.g. "src/Main.hx:3: characters 9-21 : Unexpected }".
Exits 1 if there is any error, 0 otherwise.

  --syntax-only        stop after parsing
  -cp, --class-path DIR
                       add a class path (repeatable)
  -main, -m, --main CLASS
                       the main class (module path)
  -D name[=value]      define a flag for #if (repeatable)
  --message-format=classic|pretty
`,
  dump: `Usage: rayzor dump --stage ast|typed [-D name[=value]]... FILE

Prints the output of a compiler stage in a stable text form.
  --stage ast          the untyped syntax tree, every node with its span (line:col)
  --stage typed        the typed tree: declarations, field types, typed bodies with inferred types
`,
};

interface Parsed {
  command: string | undefined;
  positional: string[];
  defines: string[];
  classPaths: string[];
  main: string | undefined;
  flags: Map<string, string>;
  help: boolean;
  programArgs: string[];
}

class UsageError extends Error {}

/** Options that take a value, written either `--opt value` or `--opt=value`. */
const VALUE_OPTS = new Set(['--message-format', '--stage', '--tier', '--max-heap']);
const BOOL_OPTS = new Set(['--syntax-only', '--no-verify']);

function parseArgs(argv: readonly string[]): Parsed {
  const out: Parsed = { command: undefined, positional: [], defines: [], classPaths: [], main: undefined, flags: new Map(), help: false, programArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.programArgs = argv.slice(i + 1);
      break;
    }
    if (a === '-h' || a === '--help') {
      out.help = true;
      continue;
    }
    if (a === '-D' || a === '--define') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      out.defines.push(v);
      continue;
    }
    if (a.startsWith('-D') && a.length > 2) {
      out.defines.push(a.slice(2));
      continue;
    }
    if (a === '-cp' || a === '--class-path' || a === '-p') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a directory`);
      out.classPaths.push(v);
      continue;
    }
    if (a === '-main' || a === '-m' || a === '--main') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a class name`);
      out.main = v;
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (VALUE_OPTS.has(name)) {
        const v = eq < 0 ? argv[++i] : a.slice(eq + 1);
        if (v === undefined) throw new UsageError(`${name} needs a value`);
        out.flags.set(name, v);
        continue;
      }
      if (BOOL_OPTS.has(name) && eq < 0) {
        out.flags.set(name, 'true');
        continue;
      }
      if (name === '--version') {
        out.flags.set(name, 'true');
        continue;
      }
      throw new UsageError(`unknown option ${a}`);
    }
    if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    if (out.command === undefined) out.command = a;
    else out.positional.push(a);
  }
  return out;
}

function printDiagnostics(sink: DiagnosticSink, format: string): void {
  const color = format === 'pretty' && process.stderr.isTTY === true && !process.env['NO_COLOR'];
  for (const d of sink.items) {
    process.stderr.write((format === 'pretty' ? formatPretty(d, { color }) : formatClassic(d)) + '\n');
  }
}

function messageFormat(p: Parsed): string {
  const f = p.flags.get('--message-format') ?? 'classic';
  if (f !== 'classic' && f !== 'pretty') throw new UsageError(`--message-format must be classic or pretty, not ${f}`);
  return f;
}

function defineTable(p: Parsed): Map<string, string> {
  const table = defaultDefines();
  for (const [k, v] of parseDefines(p.defines)) table.set(k, v);
  return table;
}

function cmdCheck(p: Parsed): number {
  const format = messageFormat(p);
  if (p.positional.length === 0 && !p.main) throw new UsageError('check needs a PATH or -main CLASS');
  const sink = new DiagnosticSink();
  const files = collectHxFiles(p.positional, sink);
  if (p.flags.has('--syntax-only')) parseFiles(files, defineTable(p), sink);
  else if (!sink.hasErrors()) typecheck({ files, classPaths: p.classPaths, main: p.main }, defineTable(p), sink);
  printDiagnostics(sink, format);
  return sink.hasErrors() ? 1 : 0;
}

function cmdDump(p: Parsed): number {
  const format = messageFormat(p);
  const stage = p.flags.get('--stage');
  if (stage !== 'ast' && stage !== 'typed' && stage !== 'mir') throw new UsageError(stage === undefined ? 'dump needs --stage ast|typed|mir' : `unknown stage ${stage} (available: ast, typed, mir)`);
  if (p.positional.length !== 1) throw new UsageError('dump needs exactly one FILE');
  const sink = new DiagnosticSink();
  if (stage === 'mir') {
    const m = compileToMir({ files: p.positional, classPaths: p.classPaths, main: p.main }, defineTable(p), sink);
    if (m) process.stdout.write(printModule_(m));
  } else if (stage === 'ast') {
    const parsed = parseFiles(p.positional, defineTable(p), sink);
    for (const f of parsed) process.stdout.write(printModule(f.module, f.file));
  } else {
    const r = typecheck({ files: p.positional, classPaths: p.classPaths, main: undefined }, defineTable(p), sink);
    for (const m of r.modules) process.stdout.write(printTypedModule(r.typer, m));
  }
  printDiagnostics(sink, format);
  return sink.hasErrors() ? 1 : 0;
}

function cmdRun(p: Parsed): number {
  const format = messageFormat(p);
  const tier = p.flags.get('--tier') ?? '0';
  if (tier !== '0') throw new UsageError(`unknown tier ${tier} (available: 0, the MIR interpreter)`);
  if (p.positional.length === 0 && !p.main) throw new UsageError('run needs a FILE or -main CLASS');
  const sink = new DiagnosticSink();
  const files = p.positional;
  const m = compileToMir({ files, classPaths: p.classPaths, main: p.main }, defineTable(p), sink);
  printDiagnostics(sink, format);
  if (!m || sink.hasErrors()) return 1;
  if (!p.flags.has('--no-verify')) {
    const report = verifyReport(m);
    if (report) {
      process.stderr.write(`rayzor: internal compiler error: invalid MIR\n${report}`);
      return 3;
    }
  }
  const maxHeap = p.flags.get('--max-heap');
  const r = runOnInterpreter(m, { write: (fd, b) => writeSync(fd === 2 ? 2 : 1, b), args: p.programArgs }, { maxHeapBytes: maxHeap ? Number(maxHeap) : undefined });
  return r.exitCode;
}

export function main(argv: readonly string[]): number {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
    if (parsed.flags.has('--version')) {
      process.stdout.write(`rayzor ${VERSION}\n`);
      return 0;
    }
    const cmd = parsed.command;
    if (cmd === undefined || cmd === 'help') {
      const topic = parsed.positional[0];
      process.stdout.write(topic && HELP[topic] ? HELP[topic] : USAGE);
      return cmd === undefined && !parsed.help ? 2 : 0;
    }
    if (parsed.help) {
      process.stdout.write(HELP[cmd] ?? USAGE);
      return 0;
    }
    switch (cmd) {
      case 'check':
        return cmdCheck(parsed);
      case 'dump':
        return cmdDump(parsed);
      case 'run':
        return cmdRun(parsed);
      default:
        throw new UsageError(`unknown command ${cmd}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`rayzor: ${e.message}\nRun 'rayzor --help' for usage.\n`);
      return 2;
    }
    const err = e as Error;
    process.stderr.write(`rayzor: internal compiler error: ${err?.message ?? String(e)}\n`);
    if (process.env['RAYZOR_DEBUG']) process.stderr.write(`${err?.stack ?? ''}\n`);
    return 3;
  }
}
