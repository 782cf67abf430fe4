abstract A(Int) frm Int {}

class Main {
	static function main() {
	}
}
