abstract A(Int {
}

class Main {
	static function main() {
	}
}
