class Main {
	static function main() {
		var s = 'abc;
	}
}
