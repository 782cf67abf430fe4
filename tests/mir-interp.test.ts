// The tier-0 interpreter's contract with hosts: host functions by name (with `this` the
// interpreter), memory access for hosts, exceptions crossing the host boundary both ways, the
// built-in sbrk and its limit, the module's own allocator, and deep recursion.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readModule } from '../src/mir/read.js';
import { DATA_BASE, Interpreter, MirThrow, MirTrap, type MirValue } from '../src/interp/interp.js';
import type { MirModule } from '../src/mir/mir.js';

function mod(text: string): MirModule {
  const r = readModule(text);
  if ('error' in r) throw new Error(r.error);
  return r.module;
}

const HELLO = `
data 68656c6c6f
declare @rayzor_host_write(i32, ptr, i32)
function @main() {
bb0:
    v0 = iconst.i32 1
    v1 = gaddr +0
    v2 = iconst.i32 5
    call @rayzor_host_write(v0, v1, v2)
    ret
}
`;

test('a host function reads memory through the interpreter', () => {
  const out: string[] = [];
  const interp: Interpreter = new Interpreter(mod(HELLO), {
    rayzor_host_write(fd: MirValue, p: MirValue, n: MirValue) {
      assert.equal(fd, 1);
      assert.equal(p, DATA_BASE);
      out.push(interp.readString(p as number, n as number));
      // `this` is the interpreter too
      assert.equal(this, interp);
    },
  });
  interp.call('main', []);
  assert.deepEqual(out, ['hello']);
});

const THROWS = `
declare @host_fail(i32) -> i32
function @guard(i32) -> i32 {
bb0(v0: i32):
    invoke @host_fail(v0) to bb1 unwind bb2
bb1(v1: i32):
    ret v1
bb2(v2: ptr):
    v3 = load.i32 v2
    ret v3
}
function @noGuard(i32) -> i32 {
bb0(v0: i32):
    v1 = call @host_fail(v0)
    ret v1
}
function @fromMir(ptr) -> i32 {
bb0(v0: ptr):
    throw v0
}
`;

test('a host can throw a MirThrow that an invoke catches; an uncaught one reaches the caller of call()', () => {
  const interp: Interpreter = new Interpreter(mod(THROWS), {
    host_fail(x: MirValue) {
      if ((x as number) >= 0) return (x as number) + 1;
      const p = interp.hostMalloc(4);
      interp.mem.setInt32(p, 1234, true);
      throw new MirThrow(p);
    },
  });
  assert.deepEqual(interp.call('guard', [4]), [5]);
  assert.deepEqual(interp.call('guard', [-1]), [1234]);
  assert.throws(() => interp.call('noGuard', [-1]), (e: unknown) => e instanceof MirThrow && interp.mem.getInt32(e.value, true) === 1234);
  assert.throws(() => interp.call('fromMir', [2048]), (e: unknown) => e instanceof MirThrow && e.value === 2048);
  // The interpreter is still usable after an exception left it.
  assert.deepEqual(interp.call('guard', [1]), [2]);
});

const SBRK = `
declare @rayzor_host_sbrk(i32) -> ptr
function @sbrk(i32) -> ptr {
bb0(v0: i32):
    v1 = call @rayzor_host_sbrk(v0)
    ret v1
}
`;

test('sbrk: built in, grows memory (hosts must re-read interp.mem), fails past maxHeapBytes, can be overridden', () => {
  const interp = new Interpreter(mod(SBRK), {}, { maxHeapBytes: 3 * 65536, initialBytes: 65536 });
  const before = interp.mem;
  const a = interp.call('sbrk', [65536])[0] as number;
  assert.equal(a, interp.heapBase);
  const b = interp.call('sbrk', [2 * 65536])[0] as number;
  assert.equal(b, a + 65536);
  assert.notEqual(interp.mem, before, 'memory was replaced when it grew');
  assert.equal(interp.call('sbrk', [65536])[0], 0, 'beyond maxHeapBytes');
  interp.mem.setInt32(b + 2 * 65536 - 4, 7, true);
  assert.equal(interp.readBytes(b + 2 * 65536 - 4, 1)[0], 7);
  const own = new Interpreter(mod(SBRK), { rayzor_host_sbrk: () => 4096 });
  assert.deepEqual(own.call('sbrk', [8]), [4096]);
});

const ALLOC = `
function @rayzor_malloc(i32) -> ptr {
bb0(v0: i32):
    v1 = gaddr +0
    ret v1
}
function @rayzor_free(ptr, i32) {
bb0(v0: ptr, v1: i32):
    ret
}
function @rayzor_realloc(ptr, i32, i32) -> ptr {
bb0(v0: ptr, v1: i32, v2: i32):
    ret v0
}
function @f() -> ptr {
bb0:
    v0 = iconst.i32 4
    v1 = malloc v0
    v2 = realloc v1, v0, v0
    free v2, v0
    ret v2
}
data 00000000
`;

test("malloc/realloc/free use the module's rayzor_* functions when it defines them", () => {
  assert.deepEqual(new Interpreter(mod(ALLOC)).call('f', []), [DATA_BASE]);
});

const DEEP = `
function @down(i32) -> i32 {
bb0(v0: i32):
    v1 = iconst.i32 0
    v2 = ieq.i32 v0, v1
    br v2, bb1, bb2
bb1:
    ret v0
bb2:
    v3 = iconst.i32 1
    v4 = isub.i32 v0, v3
    v5 = call @down(v4)
    v6 = iadd.i32 v5, v3
    ret v6
}
`;

test('deep recursion runs on the explicit stack; maxDepth bounds it with a trap', () => {
  const m = mod(DEEP);
  assert.deepEqual(new Interpreter(m).call('down', [10000]), [10000]);
  assert.deepEqual(new Interpreter(m).call('down', [90000]), [90000]);
  assert.throws(() => new Interpreter(m, {}, { maxDepth: 500 }).call('down', [1000]), (e: unknown) => e instanceof MirTrap && e.message === 'Stack overflow');
});

const INDIRECT = `
function @one(i32) -> i32 {
bb0(v0: i32):
    ret v0
}
function @bad(i32) -> f64 {
bb0(v0: i32):
    v1 = funcref @one
    v2 = call_indirect (i32) -> f64 v1(v0)
    ret v2
}
function @range(i32) -> i32 {
bb0(v0: i32):
    v1 = call_indirect (i32) -> i32 v0(v0)
    ret v1
}
`;

test('call_indirect traps on a signature mismatch and on an index outside the table', () => {
  const interp = new Interpreter(mod(INDIRECT));
  assert.throws(() => interp.call('bad', [1]), (e: unknown) => e instanceof MirTrap && /signature mismatch/.test(e.message));
  assert.throws(() => interp.call('range', [5]), (e: unknown) => e instanceof MirTrap && e.message === 'Invalid function reference 5');
  assert.deepEqual(interp.call('range', [0]), [0]);
});
