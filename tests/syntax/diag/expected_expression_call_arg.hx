class Main {
	static function main() {
		trace(1, );
	}
}
