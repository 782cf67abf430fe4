typedef T = ;

class Main {
	static function main() {
	}
}
