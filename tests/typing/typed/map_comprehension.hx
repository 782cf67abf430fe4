class Main {
	static function main() {
		var m = [for (i in 0...3) i => "v" + i];
		var inv = [for (k => v in m) v => k];
		var lit = ["a" => 1, "b" => 2];
	}
}
