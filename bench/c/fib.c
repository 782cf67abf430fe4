/*
 * C yardstick for ../shared/bench/fibonacci.hx (bench/native.ts): the same naive doubly recursive
 * fib(40) on 32-bit ints, printed as the Haxe program's trace prints it.
 */
#include <stdio.h>

static int fib(int n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

int main(void) {
  printf("benchmarks/Fibonacci.hx:15: %d\n", fib(40));
  return 0;
}
