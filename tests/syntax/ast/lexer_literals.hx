class Main {
	static function ints() {
		var a = [0, 7, 42, 2147483647, 0x0, 0xFF, 0xdeadBEEF];
		var b = [1.5, 0.25, .5, 1., 3.14e2, 1e3, 1E-3, 2.5e+10, 1.e2, 1.E-2];
		var c = 1...3;
		var d = 0...n;
		var e = a[0]...a[1];
		var f = 5.times;
		var g = 1.5.floor();
		var h = (1.);
	}
}
