// Runtime test (h), the seed's integration test: rayzor.Vec<T> through the whole pipeline (monomorphized
// Vec<Int>, Vec<Float>, Vec<String>, unboxed storage on rayzor_malloc/realloc/free), with
// rayzor.Memory.stats() showing the storage come and go.
// Takes: nothing. Gives: stdout compared with expected.txt.
// Layout independence: a Vec's storage is capacity * element size (4 for Int, 8 for Float on every
// target) and capacity goes 4, 8, ..., 1024 for 1000 pushes, so the storage deltas are exact. The Vec
// objects themselves and the stats() structures are not counted: the vectors are created before the
// baseline, and the cost of one stats() structure is measured by two back-to-back snapshots and
// subtracted from each later pair of consecutive snapshots. Inside the measured windows there is
// nothing but Vec calls and `while` loops: pop() may box its Null<T> result and a `for` loop may
// allocate an iterator, so those stay outside.

import rayzor.Memory;
import rayzor.Vec;

class Main {
	static function main() {
		// the seed's first lines
		var v = new Vec<Int>();
		v.push(42);
		Sys.println("push(42): length " + v.length + ", get(0) " + v.get(0));
		Sys.println("pop: " + v.pop() + ", then " + v.pop() + ", length " + v.length);
		v.free();

		var f = new Vec<Float>();
		var s0 = Memory.stats();
		var s1 = Memory.stats();
		var liveCost = s1.liveBytes - s0.liveBytes;
		var countCost = s1.allocCount - s0.allocCount;

		// window 1: 1000 pushes
		var i = 0;
		while (i < 1000) {
			v.push(i * 3);
			i++;
		}
		var s2 = Memory.stats();

		var ok = true;
		var sum = 0;
		for (k in 0...v.length) {
			if (v.get(k) != k * 3) ok = false;
			sum += v.get(k);
		}
		v.set(500, -7);
		var setOk = v.get(500) == -7 && v.get(499) == 1497 && v.get(501) == 1503;
		var length = v.length;
		var capacity = v.capacity;

		// window 2: free
		var s3 = Memory.stats();
		v.free();
		var s4 = Memory.stats();

		Sys.println("Vec<Int> after 1000 pushes: length " + length + ", capacity " + capacity);
		Sys.println("contents 0, 3, 6, ...: " + ok);
		Sys.println("sum: " + sum);
		Sys.println("set(500, -7) changes only element 500: " + setOk);
		Sys.println("storage live bytes: " + (s2.liveBytes - s1.liveBytes - liveCost));
		Sys.println("allocations for 1000 pushes: " + (s2.allocCount - s1.allocCount - countCost));
		Sys.println("after free(): length " + v.length + ", capacity " + v.capacity);
		Sys.println("live bytes change after free(): " + (s4.liveBytes - s3.liveBytes - liveCost));
		Sys.println("frees: " + (s4.freeCount - s3.freeCount));

		// A freed Vec is empty and can be used again; clear() keeps the storage.
		v.push(1);
		v.push(2);
		v.push(3);
		Sys.println("pop: " + v.pop() + ", pop: " + v.pop() + ", length " + v.length);
		v.clear();
		Sys.println("after clear(): length " + v.length + ", capacity " + v.capacity + ", pop: " + v.pop());
		v.free();

		// Vec<Float>: 8-byte elements
		var t0 = Memory.stats();
		i = 0;
		while (i < 1000) {
			f.push(i * 0.5);
			i++;
		}
		var t1 = Memory.stats();
		var fsum = 0.0;
		for (k in 0...f.length) fsum += f.get(k);
		var last = f.get(999);
		var fcapacity = f.capacity;
		var t2 = Memory.stats();
		f.free();
		var t3 = Memory.stats();
		Sys.println("Vec<Float> sum: " + fsum + ", last: " + last + ", capacity " + fcapacity);
		Sys.println("Vec<Float> storage live bytes: " + (t1.liveBytes - t0.liveBytes - liveCost));
		Sys.println("Vec<Float> live bytes change after free(): " + (t3.liveBytes - t2.liveBytes - liveCost));
		f.push(2.25);
		Sys.println("Vec<Float> pop: " + f.pop() + ", then " + f.pop());
		f.free();

		// Vec<String>: pointer-sized elements
		var s = new Vec<String>();
		s.push("alpha");
		s.push("beta");
		s.push("gamma");
		s.set(1, "BETA");
		Sys.println("Vec<String>: " + s.get(0) + " " + s.get(1) + " " + s.get(2) + ", pop: " + s.pop() + ", length " + s.length);
		s.free();
	}
}
