class Main {
	static function main() {
		for (i in 0...10) trace(i);
		for (x in arr) {
			trace(x);
		}
		for (k => v in map) trace(k + v);
		for (i in 0...n + 1) {}
		for (i in a...b) {}
		for (x in [1, 2, 3]) {}
		while (i < 10) i++;
		while (true) {
			break;
		}
		do i++ while (i < 10);
		do {
			i--;
		} while (i > 0);
		while (cond()) {
			if (skip) continue;
		}
		for (i in 0...3) for (j in 0...3) trace(i * j);
	}
}
