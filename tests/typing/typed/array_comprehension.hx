class Main {
	static function main() {
		var squares = [for (i in 0...5) i * i];
		var evens = [for (i in 0...10) if (i % 2 == 0) i];
		var words = [for (w in ["a", "b"]) w + "!"];
		var n = 0;
		var loop = [while (n < 3) n++];
	}
}
