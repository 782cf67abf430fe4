class Main {
	static function main() {
		for (i in 0...3) {}
		for (s in ["a", "b"]) {}
		var m = ["k" => 1];
		for (v in m) {}
		for (k => v in m) {}
		for (i => s in ["x", "y"]) {}
		var it = [1, 2].iterator();
		for (x in it) {}
	}
}
