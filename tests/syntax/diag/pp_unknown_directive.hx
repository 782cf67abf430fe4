class Main {
	static function main() {
		#foo
		trace(1);
	}
}
