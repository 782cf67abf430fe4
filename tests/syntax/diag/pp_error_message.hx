class Main {
	static function main() {
		#error "not supported here"
	}
}
