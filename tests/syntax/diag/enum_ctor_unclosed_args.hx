enum E {
	A(;
}

class Main {
	static function main() {
	}
}
