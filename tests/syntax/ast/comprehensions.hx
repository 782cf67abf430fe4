class Main {
	static function main() {
		var a = [for (i in 0...3) i];
		var b = [for (i in 0...3) i * i];
		var c = [for (k => v in map) k => v];
		var d = [for (k => v in map) v];
		var e = [while (c < 3) c++];
		var f = [for (i in 0...3) for (j in 0...3) i + j];
		var g = [for (i in 0...10) if (i % 2 == 0) i];
		var h = [for (i in 0...3) {
			var x = i * 2;
			x;
		}];
		var i = [for (x in [1, 2]) if (x > 1) x else 0];
		var j = [for (i in a) i, 5];
	}
}
