// The optimizer against the interpreter: random structured programs (branches, bounded loops,
// switches, try/catch with invoke/throw, calls to small, recursive and throwing helpers, a local
// object that is re-created, written, read and sometimes passed to a helper) are built
// with the SSA builder, then every -O level and every single pass must keep the module verifying
// (the verifier runs after each pass) and give the same results as before on several inputs.
// The seed is printed on failure; RAYZOR_OPT_SEED reproduces one program.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FunctionBuilder, type VarId } from '../src/mir/builder.js';
import { emptyModule, type MirFunction, type MirModule, type Opcode, type ValueId } from '../src/mir/mir.js';
import { printModule } from '../src/mir/print.js';
import { readModule } from '../src/mir/read.js';
import { formatVerifyErrors, verifyModule } from '../src/mir/verify.js';
import { Interpreter, MirThrow, MirTrap } from '../src/interp/interp.js';
import { defaultPasses, PROGRAM_ONLY, PASSES, runPasses } from '../src/opt/pipeline.js';

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

function helpers(): MirFunction[] {
  // h(a, b) = a < b ? a * 3 + b : a - b   (small: inlined)
  const h = new FunctionBuilder('h', { params: ['i32', 'i32'], results: ['i32'] });
  {
    const [a, b] = h.params as [number, number];
    const t = h.newBlock();
    const e = h.newBlock();
    h.br(h.binary('slt', 'i32', a, b), t, [], e, []);
    h.switchTo(t);
    h.ret([h.binary('iadd', 'i32', h.binary('imul', 'i32', a, h.iconst('i32', 3)), b)]);
    h.switchTo(e);
    h.ret([h.binary('isub', 'i32', a, b)]);
  }
  // thrower(x): throws a box holding x when x & 7 == 3, else gives x + 1
  const t = new FunctionBuilder('thrower', { params: ['i32'], results: ['i32'] });
  {
    const x = t.params[0]!;
    const bad = t.newBlock();
    const ok = t.newBlock();
    t.br(t.binary('ieq', 'i32', t.binary('and', 'i32', x, t.iconst('i32', 7)), t.iconst('i32', 3)), bad, [], ok, []);
    t.switchTo(bad);
    const box = t.inst('malloc', undefined, [t.iconst('i32', 4)])!;
    t.inst('store', 'i32', [x, box]);
    t.throw(box);
    t.switchTo(ok);
    t.ret([t.binary('iadd', 'i32', x, t.iconst('i32', 1))]);
  }
  // rec(n) = n <= 0 ? 0 : rec(n - 1) + 2   (recursive: never inlined)
  const r = new FunctionBuilder('rec', { params: ['i32'], results: ['i32'] });
  {
    const n = r.params[0]!;
    const base = r.newBlock();
    const step = r.newBlock();
    r.br(r.binary('sle', 'i32', n, r.iconst('i32', 0)), base, [], step, []);
    r.switchTo(base);
    r.ret([r.iconst('i32', 0)]);
    r.switchTo(step);
    const [v] = r.call('rec', [r.binary('isub', 'i32', n, r.iconst('i32', 1))], ['i32']);
    r.ret([r.binary('iadd', 'i32', v!, r.iconst('i32', 2))]);
  }
  // peek(p) = the i32 field at +8 of an object (small: inlined, after which the object may not escape)
  const k = new FunctionBuilder('peek', { params: ['ptr'], results: ['i32'] });
  k.ret([k.inst('load', 'i32', [k.params[0]!], { imm: '8' })!]);
  return [h.finish(), t.finish(), r.finish(), k.finish()];
}

function randomMain(seed: number): MirFunction {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const b = new FunctionBuilder('main', { params: ['i32', 'i32'], results: ['i32'] });
  const vars: VarId[] = [];
  for (let k = 0; k < 4; k++) {
    vars.push(b.declareVar('i32'));
    b.defVar(vars[k]!, k < 2 ? b.params[k]! : b.iconst('i32', k * 5 - 3));
  }
  // A local object (header at +0, i32 fields at +8 and +12) held in a variable, so that the builder
  // makes pointer parameters where definitions merge; every field is written when it is created.
  const obj = b.declareVar('ptr');
  const newObj = (x: ValueId, y: ValueId): ValueId => {
    const p = b.inst('malloc', undefined, [b.iconst('i32', 16)])!;
    b.inst('store', 'i32', [b.iconst('i32', 5), p]);
    b.inst('store', 'i32', [x, p], { imm: '8' });
    b.inst('store', 'i32', [y, p], { imm: '12' });
    return p;
  };
  b.defVar(obj, newObj(b.useVar(vars[0]!), b.useVar(vars[1]!)));
  const field = () => (rand() < 0.5 ? '8' : '12');
  // The innermost try's catch block, when inside one.
  let handler: number | undefined;
  const callThrower = (arg: ValueId): ValueId => {
    if (handler === undefined) return b.call('thrower', [arg], ['i32'])[0]!;
    const ok = b.newBlock(['i32']);
    b.invoke('thrower', [arg], ok, [], handler);
    b.seal(ok);
    b.switchTo(ok);
    return b.blockParams(ok)[0]!;
  };
  const expr = (depth: number): ValueId => {
    const r = rand();
    if (depth <= 0 || r < 0.25) return rand() < 0.5 ? b.useVar(pick(vars)) : b.iconst('i32', Math.floor(rand() * 21) - 10);
    if (r < 0.6) {
      const op = pick<Opcode>(['iadd', 'isub', 'imul', 'and', 'or', 'xor', 'slt', 'ieq', 'srem']);
      const x = expr(depth - 1);
      let y = expr(depth - 1);
      if (op === 'srem') y = b.binary('or', 'i32', y, b.iconst('i32', 1));
      return b.binary(op, 'i32', x, y);
    }
    if (r < 0.7) return b.inst('select', 'i32', [expr(depth - 1), expr(depth - 1), expr(depth - 1)])!;
    if (r < 0.8) return b.call('h', [expr(depth - 1), expr(depth - 1)], ['i32'])[0]!;
    if (r < 0.9) return callThrower(expr(depth - 1));
    return b.call('rec', [b.binary('and', 'i32', expr(depth - 1), b.iconst('i32', 7))], ['i32'])[0]!;
  };
  const stmts = (depth: number, n: number): void => {
    for (let k = 0; k < n; k++) stmt(depth);
  };
  const objStmt = (): void => {
    const r = rand();
    if (r < 0.35) b.defVar(pick(vars), b.inst('load', 'i32', [b.useVar(obj)], { imm: field() })!);
    else if (r < 0.65) b.defVar(obj, newObj(expr(1), expr(1)));
    else if (r < 0.85) b.inst('store', 'i32', [expr(1), b.useVar(obj)], { imm: field() });
    else b.defVar(pick(vars), b.call('peek', [b.useVar(obj)], ['i32'])[0]!);
  };
  const stmt = (depth: number): void => {
    if (rand() < 0.2) return objStmt();
    const r = depth <= 0 ? 0 : rand();
    if (r < 0.45) {
      b.defVar(pick(vars), expr(2));
    } else if (r < 0.6) {
      const t = b.newBlock();
      const e = b.newBlock();
      const j = b.newBlock();
      b.br(expr(1), t, [], e, []);
      b.seal(t);
      b.seal(e);
      b.switchTo(t);
      stmts(depth - 1, 2);
      b.jump(j);
      b.switchTo(e);
      stmts(depth - 1, 1);
      b.jump(j);
      b.seal(j);
      b.switchTo(j);
    } else if (r < 0.72) {
      // for (i = 0; i < K; i++) body
      const i = b.declareVar('i32');
      b.defVar(i, b.iconst('i32', 0));
      const head = b.newBlock();
      const body = b.newBlock();
      const exit = b.newBlock();
      b.jump(head);
      b.switchTo(head);
      b.br(b.binary('slt', 'i32', b.useVar(i), b.iconst('i32', 1 + Math.floor(rand() * 4))), body, [], exit, []);
      b.seal(body);
      b.switchTo(body);
      stmts(depth - 1, 2);
      b.defVar(i, b.binary('iadd', 'i32', b.useVar(i), b.iconst('i32', 1)));
      b.jump(head);
      b.seal(head);
      b.seal(exit);
      b.switchTo(exit);
    } else if (r < 0.84) {
      const cases = [b.newBlock(), b.newBlock(), b.newBlock()];
      const dflt = b.newBlock();
      const j = b.newBlock();
      b.switch(b.binary('and', 'i32', expr(1), b.iconst('i32', 3)), cases.map((to, v) => ({ value: String(v), to })), dflt);
      for (const c of [...cases, dflt]) {
        b.seal(c);
        b.switchTo(c);
        stmts(depth - 1, 1);
        b.jump(j);
      }
      b.seal(j);
      b.switchTo(j);
    } else {
      // try { body } catch (e) { v = *e + 100 }
      const katch = b.newBlock(['ptr']);
      const j = b.newBlock();
      const outer = handler;
      handler = katch;
      stmts(depth - 1, 2);
      b.defVar(pick(vars), callThrower(b.useVar(pick(vars))));
      handler = outer;
      b.jump(j);
      b.seal(katch);
      b.switchTo(katch);
      const e = b.blockParams(katch)[0]!;
      b.defVar(pick(vars), b.binary('iadd', 'i32', b.inst('load', 'i32', [e])!, b.iconst('i32', 100)));
      b.jump(j);
      b.seal(j);
      b.switchTo(j);
    }
  };
  stmts(3, 5);
  let acc = b.useVar(vars[0]!);
  for (const v of vars.slice(1)) acc = b.binary('iadd', 'i32', b.binary('imul', 'i32', acc, b.iconst('i32', 31)), b.useVar(v));
  acc = b.binary('iadd', 'i32', b.binary('imul', 'i32', acc, b.iconst('i32', 31)), b.inst('load', 'i32', [b.useVar(obj)], { imm: '12' })!);
  b.ret([acc]);
  return b.finish();
}

const INPUTS: [number, number][] = [[0, 0], [1, 2], [3, -4], [11, 3], [-7, 19], [100, -100]];

function outcome(m: MirModule, x: number, y: number): string {
  try {
    return String(new Interpreter(m).call('main', [x, y])[0]);
  } catch (e) {
    if (e instanceof MirThrow) return 'throws';
    if (e instanceof MirTrap) return `trap: ${e.message}`;
    throw e;
  }
}

function copy(m: MirModule): MirModule {
  const r = readModule(printModule(m));
  if ('error' in r) throw new Error(r.error);
  return r.module;
}

const SEEDS = process.env['RAYZOR_OPT_SEED'] ? [Number(process.env['RAYZOR_OPT_SEED'])] : Array.from({ length: 60 }, (_, i) => 1000 + i * 7919);

test('random programs: every -O level and every single pass keep results and verify after each pass', () => {
  // inline,sroa: sroa straight after inlining, before the clean-ups simplify what it sees.
  const pipelines: string[][] = [defaultPasses(1), defaultPasses(2), ['inline', 'sroa'], ...Object.keys(PASSES).map((p) => [p])];
  for (const seed of SEEDS) {
    const m = emptyModule([...helpers(), randomMain(seed)]);
    // Static data, so that sroa may keep a parameter that is sometimes a real object (virtual edges
    // then pass the data's address: see sroa.ts).
    m.data = { bytes: new Uint8Array(32), relocs: [] };
    const errors = verifyModule(m);
    assert.deepEqual(errors, [], `seed ${seed}: the built program does not verify\n${formatVerifyErrors(m, errors)}`);
    const want = INPUTS.map(([x, y]) => outcome(m, x, y));
    for (const passes of pipelines) {
      const o = copy(m);
      try {
        runPasses(o, passes, { verify: true });
      } catch (e) {
        assert.fail(`seed ${seed}, passes ${passes.join(',')}: ${(e as Error).message}\ninput:\n${printModule(m)}`);
      }
      const got = INPUTS.map(([x, y]) => outcome(o, x, y));
      assert.deepEqual(got, want, `seed ${seed}, passes ${passes.join(',')}\ninput:\n${printModule(m)}\noutput:\n${printModule(o)}`);
    }
  }
});

test('-O1 shrinks the random programs (static instruction count of main)', () => {
  let before = 0;
  let after = 0;
  const size = (m: MirModule) => m.funcs.find((f) => f.name === 'main')!.blocks.reduce((n, b) => n + b.insts.length + 1, 0);
  for (const seed of SEEDS.slice(0, 20)) {
    const m = emptyModule([...helpers(), randomMain(seed)]);
    before += size(m);
    runPasses(m, defaultPasses(1));
    after += size(m);
  }
  assert.ok(after < before, `O1 size ${after} vs ${before}`);
});

test('runPasses: timings, dumps, unknown pass names', () => {
  const m = emptyModule([...helpers(), randomMain(1)]);
  const times: string[] = [];
  const dumps: string[] = [];
  runPasses(m, defaultPasses(2), { verify: true, onTime: (p) => times.push(p), dumpAfter: 'inline', onDump: (p, text) => dumps.push(`${p}:${text.length > 0}`) });
  assert.deepEqual(times, defaultPasses(2).filter((n) => n !== PROGRAM_ONLY)); // program-only is a step, not timed
  assert.deepEqual(dumps, ['inline:true']);
  assert.deepEqual(defaultPasses(0), []);
  assert.throws(() => runPasses(m, ['nope']), /unknown pass 'nope'/);
});
