class Main {
	static function a() {
		return;
	}
	static function b() {
		return 1;
	}
	static function c() {
		return a + b;
	}
	static function d() {
		while (true) {
			if (x) break;
			if (y) continue;
			break;
		}
	}
	static function e() return;
	static function f() {
		return if (a) 1 else 2;
	}
	static function g() {
		if (a) return;
		return;
	}
	static function h() {
		return x ? 1 : 2;
	}
	static function i() {
		return x = 1;
	}
	static function j() {
		{
			return;
		}
	}
	static function k() {
		switch (x) {
			case 1: return;
			default: return 2;
		}
	}
}
