class Main {
	static function main() {
		if (a) b();
		if (a) b() else c();
		if (a) b(); else c();
		if (a) {
			b();
		} else {
			c();
		}
		if (a) b() else if (c) d() else e();
		if (a) {} else if (b) {} else {}
		var x = if (a) 1 else 2;
		var y = if (a) 1 else if (b) 2 else 3;
		var z = (if (a) 1 else 2) + 3;
		f(if (a) 1 else 2);
		if (a)
			if (b) c() else d();
		if (a) b() else c() + 1;
		if (!a || b && c) {}
	}
}
