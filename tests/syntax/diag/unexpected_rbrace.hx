class Main {
	static function main() {
		var x = };
	}
}
