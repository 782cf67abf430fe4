/*
 * C yardstick for ../shared/bench/spectralnorm.hx (bench/native.ts): the same N = 500 matrix, ten
 * rounds of A^T A v, the same summation order and the same nine-decimal formatting, so the output
 * equals the Haxe program's.
 */
#include <math.h>
#include <stdio.h>

#define N 500

/* Haxe's Int / Int is a Float division. */
static double eval_a(int i, int j) { return 1.0 / ((double)((i + j) * (i + j + 1)) / 2 + i + 1); }

static void multiply_av(int n, const double *v, double *av) {
  for (int i = 0; i < n; i++) {
    double sum = 0.0;
    for (int j = 0; j < n; j++) sum += eval_a(i, j) * v[j];
    av[i] = sum;
  }
}

static void multiply_atv(int n, const double *v, double *atv) {
  for (int i = 0; i < n; i++) {
    double sum = 0.0;
    for (int j = 0; j < n; j++) sum += eval_a(j, i) * v[j];
    atv[i] = sum;
  }
}

static void multiply_atav(int n, const double *v, double *tmp, double *atav) {
  multiply_av(n, v, tmp);
  multiply_atv(n, tmp, atav);
}

int main(void) {
  static double u[N], v[N], tmp[N];
  for (int i = 0; i < N; i++) {
    u[i] = 1.0;
    v[i] = 0.0;
    tmp[i] = 0.0;
  }
  for (int i = 0; i < 10; i++) {
    multiply_atav(N, u, tmp, v);
    multiply_atav(N, v, tmp, u);
  }
  double vBv = 0.0, vv = 0.0;
  for (int i = 0; i < N; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  double x = sqrt(vBv / vv);
  int ip = (int)x;
  int frac = (int)((x - ip) * 1000000000.0 + 0.5);
  printf("benchmarks/SpectralNorm.hx:67: spectral norm(%d) = %d.%09d\n", N, ip, frac);
  return 0;
}
