// rayzor.rt.Rand: the pseudo-random numbers behind Math.random() and Std.random(x).
// Takes: nothing (seeded on first use from Host.time and Host.cpuTime) or an explicit seed. Gives:
// Floats uniform in [0, 1) with 53 random bits, and Ints uniform in [0, x).
// The generator is xoshiro128** (Blackman and Vigna): four 32-bit words of state, only 32-bit
// operations (cheap on wasm32 and in the interpreter), period 2^128 - 1. Its state is never all
// zero: seeding goes through a splitmix-style mixer, and an all-zero result is replaced.

package rayzor.rt;

import rayzor.Host;

class Rand {
	static var s0:Int;
	static var s1:Int;
	static var s2:Int;
	static var s3:Int;
	static var seeded:Bool;

	/** A Float in [0, 1): Math.random(). */
	public static function float():Float {
		var hi = next() >>> 5; // 27 bits
		var lo = next() >>> 6; // 26 bits
		return (hi * 67108864.0 + lo) / 9007199254740992.0;
	}

	/** An Int in [0, max); 0 when max <= 1: Std.random(max). */
	public static function int(max:Int):Int {
		if (max <= 1)
			return 0;
		return Std.int(float() * max);
	}

	/** Restarts the sequence from `seed` (the same seed gives the same numbers). */
	public static function seed(seed:Int):Void {
		var x = seed;
		x += 0x9E3779B9;
		s0 = mix(x);
		x += 0x9E3779B9;
		s1 = mix(x);
		x += 0x9E3779B9;
		s2 = mix(x);
		x += 0x9E3779B9;
		s3 = mix(x);
		if ((s0 | s1 | s2 | s3) == 0)
			s0 = 1;
		seeded = true;
	}

	/** The next 32 random bits. */
	public static function next():Int {
		if (!seeded)
			seedFromClock();
		var result = rotl(s1 * 5, 7) * 9;
		var t = s1 << 9;
		s2 ^= s0;
		s3 ^= s1;
		s1 ^= s2;
		s0 ^= s3;
		s2 ^= t;
		s3 = rotl(s3, 11);
		return result;
	}

	// --- private helpers ---

	static function seedFromClock():Void {
		// microseconds of wall time (low 31 bits) and of CPU time: differ from run to run
		var wall = Std.int((Host.time() * 1e6) % 2147483647.0);
		var cpu = Std.int((Host.cpuTime() * 1e6) % 2147483647.0);
		seed(wall ^ mix(cpu));
	}

	static inline function rotl(x:Int, k:Int):Int {
		return (x << k) | (x >>> (32 - k));
	}

	// a 32-bit finaliser (MurmurHash3's): every input bit affects every output bit
	static function mix(x:Int):Int {
		x = (x ^ (x >>> 16)) * 0x85EBCA6B;
		x = (x ^ (x >>> 13)) * 0xC2B2AE35;
		return x ^ (x >>> 16);
	}
}
