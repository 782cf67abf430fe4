/*
 * C yardstick for ../shared/bench/nbody.hx (bench/native.ts): the same five bodies, the same
 * semi-implicit Euler step 8,000,000 times, the same energy sums in the same order, and the same
 * nine-decimal formatting (fixed9), so the output equals the Haxe program's. The bodies are an array
 * of structs, as C would hold them.
 */
#include <math.h>
#include <stdio.h>

#define STEPS 8000000
#define DT 0.01
#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define N 5

typedef struct { double x, y, z, vx, vy, vz, mass; } Body;

static Body bodies[N];

static Body planet(double x, double y, double z, double vx, double vy, double vz, double mass) {
  return (Body){x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, mass * SOLAR_MASS};
}

static void advance(double dt) {
  for (int i = 0; i < N; i++) {
    Body *a = &bodies[i];
    for (int j = i + 1; j < N; j++) {
      Body *b = &bodies[j];
      double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * sqrt(d2));
      double bm = b->mass * mag;
      a->vx -= dx * bm;
      a->vy -= dy * bm;
      a->vz -= dz * bm;
      double am = a->mass * mag;
      b->vx += dx * am;
      b->vy += dy * am;
      b->vz += dz * am;
    }
  }
  for (int i = 0; i < N; i++) {
    Body *b = &bodies[i];
    b->x += dt * b->vx;
    b->y += dt * b->vy;
    b->z += dt * b->vz;
  }
}

static double energy(void) {
  double e = 0.0;
  for (int i = 0; i < N; i++) {
    Body *a = &bodies[i];
    e += 0.5 * a->mass * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
    for (int j = i + 1; j < N; j++) {
      Body *b = &bodies[j];
      double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
      e -= a->mass * b->mass / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

/* Nine digits after the point, rounding half away from zero (the Haxe program's fixed9). */
static void print_fixed9(int line, double v) {
  int negative = v < 0;
  double scaled = floor(fabs(v) * 1e9 + 0.5);
  double whole = floor(scaled / 1e9);
  int frac = (int)(scaled - whole * 1e9);
  printf("benchmarks/NBody.hx:%d: %s%d.%09d\n", line, negative && scaled > 0 ? "-" : "", (int)whole, frac);
}

int main(void) {
  bodies[0] = (Body){0, 0, 0, 0, 0, 0, SOLAR_MASS};
  bodies[1] = planet(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, 1.66007664274403694e-03,
                     7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04);
  bodies[2] = planet(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, -2.76742510726862411e-03,
                     4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04);
  bodies[3] = planet(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01, 2.96460137564761618e-03,
                     2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05);
  bodies[4] = planet(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01, 2.68067772490389322e-03,
                     1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05);
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 0; i < N; i++) {
    px += bodies[i].vx * bodies[i].mass;
    py += bodies[i].vy * bodies[i].mass;
    pz += bodies[i].vz * bodies[i].mass;
  }
  bodies[0].vx = -px / SOLAR_MASS;
  bodies[0].vy = -py / SOLAR_MASS;
  bodies[0].vz = -pz / SOLAR_MASS;
  print_fixed9(17, energy());
  for (int i = 0; i < STEPS; i++) advance(DT);
  print_fixed9(20, energy());
  return 0;
}
