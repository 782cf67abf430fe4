import ;

class Main {
	static function main() {
	}
}
