// Iteration: ranges, arrays, strings by index, custom iterator and iterable classes, key-value
// iteration over arrays, while and do-while, break and continue, labelled-style nested loops.
class Countdown {
	var n:Int;

	public function new(n:Int) this.n = n;

	public function hasNext():Bool return n > 0;

	public function next():Int return n--;
}

class Evens {
	var limit:Int;

	public function new(limit:Int) this.limit = limit;

	public function iterator():Iterator<Int> {
		var i = 0;
		return {hasNext: () -> i < limit, next: () -> (i += 2) - 2};
	}
}

class Main {
	static function main() {
		var out = [];
		for (i in 0...5) out.push(i);
		Sys.println(out);
		for (i in 3...3) Sys.println("never");
		Sys.println([for (x in new Countdown(4)) x]);
		Sys.println([for (x in new Evens(9)) x]);
		for (i => v in ["a", "b", "c"]) Sys.print(i + v + " ");
		Sys.println("");
		var it = [10, 20, 30].iterator();
		while (it.hasNext()) Sys.print(it.next() + ";");
		Sys.println("");
		var i = 0;
		var seen = [];
		while (true) {
			i++;
			if (i % 2 == 0) continue;
			if (i > 9) break;
			seen.push(i);
		}
		Sys.println(seen);
		var k = 100;
		do {
			k -= 30;
		} while (k > 0);
		Sys.println(k);
		var found = -1;
		for (a in 0...10) {
			for (b in 0...10) {
				if (a * b == 42) {
					found = a * 10 + b;
					break;
				}
			}
			if (found >= 0) break;
		}
		Sys.println(found);
		var s = "hey";
		var codes = [];
		for (j in 0...s.length) codes.push(s.charCodeAt(j));
		Sys.println(codes);
		var total = 0;
		for (row in [[1, 2], [3], [], [4, 5, 6]]) for (x in row) total += x;
		Sys.println(total);
		var m = [for (q in 0...3) q => q * q];
		var keys = [for (key in m.keys()) key];
		keys.sort((x, y) -> x - y);
		Sys.println(keys);
	}
}
