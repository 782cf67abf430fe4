/*
 * Test harness for the LLVM backend's golden MIR files (tests/llvm-golden.test.ts): the generated
 * @rz_test_main asks which run line to execute (RZ_TEST in the environment) and prints the result
 * through these functions, one line each: integers in decimal, floats as their 64-bit pattern in hex
 * (so NaN, -0 and every last bit survive the trip).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t rz_test_which(void) {
  const char *s = getenv("RZ_TEST");
  return s ? atoi(s) : -1;
}

void rz_test_i32(int32_t v) {
  printf("i %d\n", v);
  fflush(stdout);
}

void rz_test_i64(int64_t v) {
  printf("i %lld\n", (long long)v);
  fflush(stdout);
}

void rz_test_f64(double v) {
  uint64_t b;
  memcpy(&b, &v, sizeof b);
  printf("f %016llx\n", (unsigned long long)b);
  fflush(stdout);
}
