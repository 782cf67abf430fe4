/*
 * The native platform layer (rayzor.Host) for executables built by the LLVM backend: the C twin of
 * src/interp/host.ts. Takes: the program's argv and the libc/libm of the machine. Gives: `main`, the
 * `rayzor_host_*` functions of runtime/README.md, and the few helpers the generated IR calls
 * (rz_trap, rz_uncaught, rz_oom, rz_heap_limit).
 * Invariants:
 * - Output reaching fd 1 is identical to tier 0's: stdout is buffered here (not in the runtime) and
 *   flushed before anything goes to stderr, at exit, and before every fatal message, so nothing is
 *   lost or reordered when a program ends by exit, trap, signal or uncaught exception.
 * - formatFloat and parseFloat give exactly the text and values of host.ts (JavaScript semantics):
 *   %g with 12, then 15, then 18 significant digits, the first that reads back, with JavaScript's
 *   rounding of exact ties (half away from zero, where C rounds half to even).
 * - The program runs on the main thread with its stack limit raised to 64 MiB, so deep recursion
 *   goes about as far as on tier 0 (100,000 frames); a fault just below the stack is reported as a
 *   stack overflow from an alternate signal stack. Faults below 64 KiB are null accesses (the
 *   interpreter's "Null access": a field of null).
 * Only this file is C; everything else a program runs is the runtime and std compiled from Haxe.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/* Defined by the generated IR: relocates the data image, runs static initialisers and main. */
extern void rayzor_entry(void);

static void huge_pages_setup(void);

static int g_argc;
static char **g_argv;
static struct timespec g_start;

/* ---- output ------------------------------------------------------------------------------------ */

static char out_buf[1 << 16];
static size_t out_len;
static int out_direct; /* stdout is a terminal: write through, as the interpreter does */

static void write_all(int fd, const void *p, size_t n) {
  const char *c = (const char *)p;
  while (n > 0) {
    ssize_t k = write(fd, c, n);
    if (k < 0) {
      if (errno == EINTR) continue;
      return; /* a closed pipe: the output has nowhere to go */
    }
    c += k;
    n -= (size_t)k;
  }
}

static void flush_out(void) {
  if (out_len) {
    write_all(1, out_buf, out_len);
    out_len = 0;
  }
}

void rayzor_host_write(int32_t fd, const uint8_t *buf, int32_t len) {
  if (len <= 0) return;
  if (fd == 1 && !out_direct) {
    if (out_len + (size_t)len > sizeof out_buf) {
      flush_out();
      if ((size_t)len >= sizeof out_buf) {
        write_all(1, buf, (size_t)len);
        return;
      }
    }
    memcpy(out_buf + out_len, buf, (size_t)len);
    out_len += (size_t)len;
    return;
  }
  flush_out();
  write_all(fd, buf, (size_t)len);
}

void rayzor_host_exit(int32_t code) {
  flush_out();
  _exit(code);
}

/* A fatal message on stderr (after stdout's pending bytes), then exit 1. Async-signal-safe. */
static void die(const char *a, const char *b, const char *c) {
  flush_out();
  write_all(2, a, strlen(a));
  if (b) write_all(2, b, strlen(b));
  if (c) write_all(2, c, strlen(c));
  write_all(2, "\n", 1);
  _exit(1);
}

/* Traps of the generated code, worded as the interpreter's MirTrap messages. */
void rz_trap(int32_t code) {
  static const char *const msgs[] = {"Division by zero", "Unreachable code reached", "Invalid function reference",
                                     "Indirect call signature mismatch"};
  die("Uncaught exception: ", code >= 0 && code < 4 ? msgs[code] : "trap", NULL);
}

/* A Haxe exception thrown with no handler at all (rayzor_main normally catches everything). */
void rz_uncaught(void) { die("Uncaught exception", NULL, NULL); }

void rz_oom(int32_t requested) {
  char num[16];
  snprintf(num, sizeof num, "%d", requested);
  die("Fatal error: out of memory (requested ", num, " bytes)");
}

/* ---- time, arguments --------------------------------------------------------------------------- */

double rayzor_host_time(void) {
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Seconds since start, as host.ts measures it (performance.now() - start). */
double rayzor_host_cpuTime(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - g_start.tv_sec) + (double)(t.tv_nsec - g_start.tv_nsec) / 1e9;
}

/* Decodes UTF-8 to UTF-16 units (out may be NULL: count only); a bad byte is U+FFFD. */
static int32_t utf16_of(const char *s, uint16_t *out) {
  const unsigned char *p = (const unsigned char *)s;
  int32_t n = 0;
  while (*p) {
    uint32_t c = *p, cp;
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    int ok = len > 0;
    for (int k = 1; ok && k < len; k++) ok = (p[k] & 0xC0) == 0x80;
    if (!ok) {
      cp = 0xFFFD;
      len = 1;
    } else if (len == 1) {
      cp = c;
    } else {
      cp = c & (0x7F >> len);
      for (int k = 1; k < len; k++) cp = (cp << 6) | (p[k] & 0x3F);
    }
    p += len;
    if (cp >= 0x10000) {
      if (out) {
        out[n] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
        out[n + 1] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
      }
      n += 2;
    } else {
      if (out) out[n] = (uint16_t)cp;
      n++;
    }
  }
  return n;
}

int32_t rayzor_host_argCount(void) { return g_argc > 1 ? g_argc - 1 : 0; }

int32_t rayzor_host_argLength(int32_t i) {
  return i >= 0 && i < rayzor_host_argCount() ? utf16_of(g_argv[i + 1], NULL) : 0;
}

void rayzor_host_argCopy(int32_t i, uint16_t *buf) {
  if (i >= 0 && i < rayzor_host_argCount()) utf16_of(g_argv[i + 1], buf);
}

/* ---- floats ------------------------------------------------------------------------------------ */

/*
 * x (finite, > 0) rounded to p significant digits as JavaScript's toExponential(p - 1) rounds:
 * digits into dig[0..p), the decimal exponent returned. glibc's printf rounds the exact binary value
 * correctly but breaks an exact tie to even; JavaScript takes the larger. A tie needs the exact
 * expansion to stop right after digit p + 1 with a 5, which a cheap wider print screens for.
 */
static int round_digits(double x, int p, char *dig) {
  char b[64];
  snprintf(b, sizeof b, "%.*e", p - 1, x);
  int k = 0;
  for (const char *s = b; *s && *s != 'e'; s++)
    if (*s >= '0' && *s <= '9') dig[k++] = *s;
  int e = atoi(strchr(b, 'e') + 1);
  char w[96];
  snprintf(w, sizeof w, "%.*e", p + 24, x);
  char wd[96] = {0};
  int wk = 0;
  for (const char *s = w; *s && *s != 'e'; s++)
    if (*s >= '0' && *s <= '9') wd[wk++] = *s;
  if (wk <= p || wd[p] != '5') return e;
  for (int i = p + 1; i < wk; i++)
    if (wd[i] != '0') return e;
  /* Possibly an exact tie: confirm with the exact expansion (a double has at most 767 digits). */
  static char exact[1200];
  snprintf(exact, sizeof exact, "%.*e", 1100, x);
  const char *q = strchr(exact, '.');
  for (const char *s = q + 1 + p; *s && *s != 'e'; s++)
    if (*s != '0') return e;
  /* An exact tie: glibc went to even; JavaScript goes up. If glibc kept the truncated digits, bump. */
  int wexp = atoi(strchr(w, 'e') + 1);
  if (wexp != e || memcmp(wd, dig, (size_t)p) != 0) return e;
  int i = p - 1;
  while (i >= 0 && dig[i] == '9') dig[i--] = '0';
  if (i >= 0) {
    dig[i]++;
  } else {
    dig[0] = '1';
    e++;
  }
  return e;
}

/* C's %.<p>g of x with JavaScript rounding (host.ts fmtG). */
static int fmt_g(double x, int p, char *out) {
  if (x == 0) return sprintf(out, "%s", signbit(x) ? "-0" : "0");
  char *o = out;
  if (x < 0) {
    *o++ = '-';
    x = -x;
  }
  char dig[32];
  int e = round_digits(x, p, dig);
  int last = p - 1; /* strip trailing zeros of the fraction */
  if (e < -4 || e >= p) {
    while (last > 0 && dig[last] == '0') last--;
    *o++ = dig[0];
    if (last > 0) {
      *o++ = '.';
      memcpy(o, dig + 1, (size_t)last);
      o += last;
    }
    o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
  } else if (e >= 0) {
    int intDigits = e + 1;
    memcpy(o, dig, (size_t)intDigits);
    o += intDigits;
    while (last >= intDigits && dig[last] == '0') last--;
    if (last >= intDigits) {
      *o++ = '.';
      memcpy(o, dig + intDigits, (size_t)(last - intDigits + 1));
      o += last - intDigits + 1;
    }
  } else {
    while (last > 0 && dig[last] == '0') last--;
    *o++ = '0';
    *o++ = '.';
    for (int z = 0; z < -e - 1; z++) *o++ = '0';
    memcpy(o, dig, (size_t)last + 1);
    o += last + 1;
  }
  *o = 0;
  return (int)(o - out);
}

/* Std.string(f) as host.ts formatFloat: 12, then 15, then 18 digits; nan, infinity, neg_infinity. */
int32_t rayzor_host_formatFloat(double f, char *buf) {
  char tmp[64];
  int n;
  if (isnan(f)) {
    n = sprintf(tmp, "nan");
  } else if (isinf(f)) {
    n = sprintf(tmp, "%s", f < 0 ? "neg_infinity" : "infinity");
  } else {
    n = fmt_g(f, 12, tmp);
    if (strtod(tmp, NULL) != f) n = fmt_g(f, 15, tmp);
    if (strtod(tmp, NULL) != f) n = fmt_g(f, 18, tmp);
  }
  memcpy(buf, tmp, (size_t)n);
  return n;
}

/* JavaScript's StrWhiteSpaceChar (what parseFloat skips first). */
static int js_space(uint16_t c) {
  return c == 9 || c == 10 || c == 11 || c == 12 || c == 13 || c == 32 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 ||
         c == 0xFEFF;
}

/*
 * JavaScript's parseFloat over UTF-16 units: the longest prefix (after white space) that is a
 * StrDecimalLiteral, read with strtod (correctly rounded, like JavaScript); NaN when there is none.
 * The prefix is found here because strtod also accepts hex, "inf" and "nan", which JavaScript does not.
 */
double rayzor_host_parseFloat(const uint16_t *u, int32_t len) {
  int32_t i = 0;
  while (i < len && js_space(u[i])) i++;
  int32_t start = i;
  if (i < len && (u[i] == '+' || u[i] == '-')) i++;
  static const char inf[] = "Infinity";
  int32_t k = 0;
  while (k < 8 && i + k < len && u[i + k] == (uint16_t)inf[k]) k++;
  if (k == 8) return start < len && u[start] == '-' ? -INFINITY : INFINITY;
  int32_t digits = 0;
  while (i < len && u[i] >= '0' && u[i] <= '9') i++, digits++;
  if (i < len && u[i] == '.') {
    int32_t j = i + 1, frac = 0;
    while (j < len && u[j] >= '0' && u[j] <= '9') j++, frac++;
    if (digits + frac > 0) {
      i = j;
      digits += frac;
    }
  }
  if (digits == 0) return NAN;
  if (i < len && (u[i] == 'e' || u[i] == 'E')) {
    int32_t j = i + 1;
    if (j < len && (u[j] == '+' || u[j] == '-')) j++;
    int32_t ed = 0;
    while (j < len && u[j] >= '0' && u[j] <= '9') j++, ed++;
    if (ed > 0) i = j;
  }
  size_t n = (size_t)(i - start);
  char small[128];
  char *s = n < sizeof small ? small : (char *)malloc(n + 1);
  if (!s) return NAN;
  for (size_t q = 0; q < n; q++) s[q] = (char)u[start + (int32_t)q];
  s[n] = 0;
  double r = strtod(s, NULL);
  if (s != small) free(s);
  return r;
}

double rayzor_host_sin(double x) { return sin(x); }
double rayzor_host_cos(double x) { return cos(x); }
double rayzor_host_tan(double x) { return tan(x); }
double rayzor_host_asin(double x) { return asin(x); }
double rayzor_host_acos(double x) { return acos(x); }
double rayzor_host_atan(double x) { return atan(x); }
double rayzor_host_exp(double x) { return exp(x); }
double rayzor_host_log(double x) { return log(x); }
double rayzor_host_atan2(double y, double x) { return atan2(y, x); }
double rayzor_host_pow(double x, double y) { return pow(x, y); }

/* ---- memory ------------------------------------------------------------------------------------ */

/* RAYZOR_MAX_HEAP (bytes) caps the heap, as the interpreter's maxHeapBytes does; 0: no cap. */
static int64_t heap_limit_bytes;

/* The cap for the system allocator path of the IR (live requested bytes). */
int64_t rz_heap_limit(void) { return heap_limit_bytes > 0 ? heap_limit_bytes : INT64_MAX; }

static char *heap_base, *heap_end;
static size_t heap_reserved;

/*
 * The runtime's own allocator (--allocator=rayzor) grows its heap here. One big reservation made on
 * first use (address space only, pages appear when touched) keeps regions contiguous, which is what
 * the allocator's wilderness expects; sbrk gives nil past the reservation or the cap.
 */
void *rayzor_host_sbrk(int32_t n) {
  if (n < 0) return NULL;
  if (!heap_base) {
    size_t want = (size_t)1 << 31; /* the runtime assumes a heap under 2 GiB */
    if (heap_limit_bytes > 0 && (size_t)heap_limit_bytes < want) want = ((size_t)heap_limit_bytes + 65535) & ~(size_t)65535;
    for (; want >= 65536; want /= 2) {
      void *p = mmap(NULL, want, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
      if (p != MAP_FAILED) {
        heap_base = heap_end = (char *)p;
        heap_reserved = want;
        madvise(p, want, MADV_HUGEPAGE); /* fewer page faults; advisory, so failure is fine */
        break;
      }
    }
    if (!heap_base) return NULL;
  }
  size_t used = (size_t)(heap_end - heap_base);
  if ((size_t)n > heap_reserved - used) return NULL;
  if (heap_limit_bytes > 0 && used + (size_t)n > (size_t)heap_limit_bytes) return NULL;
  char *old = heap_end;
  heap_end += n;
  return old;
}

/* ---- faults and the stack ----------------------------------------------------------------------- */

/* The stack the program may use: raised to this at start when the hard limit allows. */
#define STACK_BYTES ((rlim_t)64 << 20)
static uintptr_t stack_top;   /* near the top of the main thread's stack */
static uintptr_t stack_limit; /* its size limit (RLIMIT_STACK) */

static void on_fault(int sig, siginfo_t *si, void *ctx) {
  (void)ctx;
  uintptr_t a = (uintptr_t)si->si_addr;
  if (sig == SIGSEGV && a < 65536) die("Uncaught exception: Null access", NULL, NULL);
  /* Below the stack's lowest allowed page, within the kernel's guard gap (1 MiB) and some slack. */
  if (stack_top && a < stack_top && stack_top - a < stack_limit + ((uintptr_t)2 << 20)) die("Uncaught exception: Stack overflow", NULL, NULL);
  if (sig == SIGFPE) die("Uncaught exception: Division by zero", NULL, NULL);
  die("Uncaught exception: Memory access out of bounds", NULL, NULL);
}

int main(int argc, char **argv) {
  g_argc = argc;
  g_argv = argv;
  clock_gettime(CLOCK_MONOTONIC, &g_start);
  out_direct = isatty(1);
  const char *lim = getenv("RAYZOR_MAX_HEAP");
  if (lim) heap_limit_bytes = strtoll(lim, NULL, 10);
  huge_pages_setup();

  /*
   * The program runs on the main thread (a second thread would make glibc's malloc take locks), with
   * the stack limit raised: Linux grows the main stack up to the limit in force when a page faults,
   * and leaves at least 128 MiB for it below the stack, so 64 MiB is safe to ask for.
   */
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) == 0) {
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < STACK_BYTES && (rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= STACK_BYTES)) {
      rl.rlim_cur = STACK_BYTES;
      setrlimit(RLIMIT_STACK, &rl);
      getrlimit(RLIMIT_STACK, &rl);
    }
    stack_limit = rl.rlim_cur == RLIM_INFINITY ? (uintptr_t)STACK_BYTES : (uintptr_t)rl.rlim_cur;
    stack_top = (uintptr_t)&rl;
  }
  static char alt[1 << 16];
  stack_t ss;
  memset(&ss, 0, sizeof ss);
  ss.ss_sp = alt;
  ss.ss_size = sizeof alt;
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGFPE, &sa, NULL);

  rayzor_entry();
  flush_out();
  return 0;
}

/* ---- the system allocator (--allocator=system, the default) ------------------------------------ */

/*
 * libc behind the IR's rayzor_malloc/realloc/free (module.ts keeps the statistics). Zeroed memory,
 * as the lowering expects of a fresh block; malloc + memset rather than calloc so that a freed
 * block comes back from glibc's per-thread cache for the next request of its size, as it does from
 * the runtime's own allocator. Defined here, out of LLVM's sight, so that it cannot assume two
 * allocations never share an address (see module.ts).
 */
/* Called through a volatile pointer: C compilers turn malloc + memset into calloc, which we avoid. */
static void *(*volatile zero_bytes)(void *, int, size_t) = memset;

/*
 * Huge pages for malloc's heap. With no collector yet, allocation-heavy programs spend most of their
 * time in page faults on fresh memory, and this kernel gives transparent huge pages only to memory
 * advised so ("madvise" mode). So malloc grows its heap in 32 MiB steps (M_TOP_PAD, address space
 * only until touched) and every 256 allocations we advise what the heap gained since the last look.
 * Measured on binarytrees: 0.95 s → 0.13 s of CPU; mandelbrot 0.41 s → 0.29 s; short programs
 * unchanged. RAYZOR_THP=0 turns it off. (Setting glibc's own tunable glibc.malloc.hugetlb would
 * need a re-exec, since glibc reads tunables at start: 2-3 ms on every run.)
 */
static int thp_watch;
static uintptr_t heap_advised; /* malloc's heap below this was advised */
static unsigned alloc_calls;

static void huge_pages_setup(void) {
  const char *off = getenv("RAYZOR_THP");
  if (off && strcmp(off, "0") == 0) return;
  char buf[128];
  FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
  if (!f) return;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  if (!strstr(buf, "[madvise]")) return; /* "always" needs nothing, "never" allows nothing */
  mallopt(M_TOP_PAD, 32 << 20);
  uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
  heap_advised = ((uintptr_t)sbrk(0) + page - 1) & ~(page - 1);
  thp_watch = 1;
}

static void advise_heap(void) {
  uintptr_t end = (uintptr_t)sbrk(0);
  if (end == (uintptr_t)-1 || end <= heap_advised) return;
  madvise((void *)heap_advised, end - heap_advised, MADV_HUGEPAGE);
  heap_advised = end;
}

void *rz_sys_alloc(int64_t n) {
  void *p = malloc((size_t)n);
  if (thp_watch && (alloc_calls++ & 255) == 0) advise_heap();
  if (p) zero_bytes(p, 0, (size_t)n);
  return p;
}

void *rz_sys_realloc(void *p, int64_t old, int64_t n) {
  char *q = (char *)realloc(p, (size_t)n);
  if (thp_watch && (alloc_calls++ & 255) == 0) advise_heap();
  if (q && n > old) zero_bytes(q + old, 0, (size_t)(n - old));
  return q;
}

void rz_sys_free(void *p) { free(p); }
