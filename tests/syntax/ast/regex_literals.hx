class Main {
	static function main() {
		var a = ~/abc/;
		var b = ~/a+b*/gi;
		var c = ~/^[a-z]+\d{2,3}$/m;
		var d = ~/a\/b/;
		var e = ~/\.\*\(\)\s\w/gims;
		var f = ~/x/u.match("x");
		var g = a.match("y") ? ~/1/ : ~/2/g;
	}
}
