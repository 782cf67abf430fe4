class Main {
	static function main() {
		var s = [
			"plain",
			"",
			"newline\n tab\t return\r",
			"quote\" apos\' backslash\\",
			"hex\x41\x7e",
			"unicode\u00e9\u20AC",
			"astral\u{1F600}\u{41}",
			"octal\101\060",
			'single \' and " inside',
			'no interpolation here',
			"multi
line"
		];
	}
}
