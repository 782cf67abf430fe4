class Main {
	static function main() {
		@ :keep trace(1);
	}
}
