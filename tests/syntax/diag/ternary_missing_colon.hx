class Main {
	static function main() {
		var x = true ? 1;
	}
}
