class Main {
	static function main() {
		#if foo
		trace(1);
	}
}
