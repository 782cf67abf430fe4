/*
 * C yardstick for ../shared/bench/mandelbrot.hx (bench/native.ts): the same escape-time loop,
 * palette blending and checksums over the same 1024x768 grid with at most 500 iterations. Where the
 * Haxe program allocates a Complex per operation and a Colour per pixel, this is the C a programmer
 * would write: small structs passed by value, one row buffer. Same IEEE operations in the same
 * order, so the checksums equal the Haxe program's.
 */
#include <stdio.h>

#define WIDTH 1024
#define HEIGHT 768
#define MAX_ITER 500
#define MODULUS 16777213

typedef struct { double re, im; } Complex;
typedef struct { int r, g, b; } Colour;

static Colour palette[16];

static Complex add(Complex a, Complex o) { return (Complex){a.re + o.re, a.im + o.im}; }
static Complex mul(Complex a, Complex o) { return (Complex){a.re * o.re - a.im * o.im, a.re * o.im + a.im * o.re}; }
static double norm2(Complex a) { return a.re * a.re + a.im * a.im; }

/* Std.int of the Float quotient, as the Haxe code's Int / Int gives a Float. */
static Colour mix(Colour a, Colour o, int w) {
  int v = 255 - w;
  return (Colour){(int)((double)(a.r * v + o.r * w) / 255), (int)((double)(a.g * v + o.g * w) / 255),
                  (int)((double)(a.b * v + o.b * w) / 255)};
}

static int packed(Colour c) { return (c.r << 16) | (c.g << 8) | c.b; }
static int luma(Colour c) { return (c.r * 299 + c.g * 587 + c.b * 114) >> 10; }

static int escape_time(Complex c) {
  Complex z = {0.0, 0.0};
  int n = 0;
  while (n < MAX_ITER) {
    z = add(mul(z, z), c);
    if (norm2(z) > 4.0) break;
    n++;
  }
  return n;
}

static Colour colour_for(int n) {
  if (n >= MAX_ITER) return (Colour){0, 0, 0};
  return mix(palette[n % 16], palette[(n + 1) % 16], (n * 37) & 0xff);
}

int main(void) {
  static const int seeds[16] = {0x421e0f, 0x19071a, 0x09012f, 0x040449, 0x000764, 0x0c2c8a, 0x1852b1, 0x397dd1,
                                0x86b5e5, 0xd3ecf8, 0xf1e9bf, 0xf8c95f, 0xffaa00, 0xcc8000, 0x995700, 0x6a3403};
  for (int i = 0; i < 16; i++) palette[i] = (Colour){(seeds[i] >> 16) & 0xff, (seeds[i] >> 8) & 0xff, seeds[i] & 0xff};
  double xMin = -2.2, xMax = 1.0, yMin = -1.2, yMax = 1.2;
  double dx = (xMax - xMin) / WIDTH, dy = (yMax - yMin) / HEIGHT;
  int totalIter = 0, inside = 0, checksum = 0, lumaSum = 0;
  static Colour row[WIDTH];
  for (int py = 0; py < HEIGHT; py++) {
    double im = yMin + py * dy;
    for (int px = 0; px < WIDTH; px++) {
      Complex c = {xMin + px * dx, im};
      int n = escape_time(c);
      totalIter += n;
      if (n == MAX_ITER) inside++;
      row[px] = colour_for(n);
    }
    for (int px = 0; px < WIDTH; px++) {
      checksum = (checksum * 31 + packed(row[px])) % MODULUS;
      lumaSum += luma(row[px]);
    }
  }
  printf("benchmarks/Mandelbrot.hx:78: size %dx%d, max iterations %d\n", WIDTH, HEIGHT, MAX_ITER);
  printf("benchmarks/Mandelbrot.hx:79: total iterations: %d, points inside: %d\n", totalIter, inside);
  printf("benchmarks/Mandelbrot.hx:80: colour checksum: %d, luma sum: %d\n", checksum, lumaSum);
  return 0;
}
