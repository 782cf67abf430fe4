class Main {
	static function main() {
		#error
	}
}
