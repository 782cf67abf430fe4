class Main {
	static function main() {
		var i = 7;
		var f = 2.5;
		var a = i + i;
		var b = i + f;
		var c = i / 2;
		var d = i % 3;
		var e = f % 2;
		var g = i << 2 | 1;
		var s = "n=" + i;
		var t = i + "!";
		var cmp = i < f;
		var neg = -f;
	}
}
