enum E {
	A(a);
}

class Main {
	static function main() {
	}
}
