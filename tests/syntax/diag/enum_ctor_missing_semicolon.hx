enum E {
	A
	B;
}

class Main {
	static function main() {
	}
}
