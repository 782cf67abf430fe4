class Main {
	static function main() {
		{}
		{
			a;
		}
		{
			var x = 1;
		};
		if (a) {} else {}
		switch (x) {
			case 1:
		}
		for (i in 0...1) {}
		function f() {}
		var g = function() {};
		var h = {};
		try {} catch (e:Dynamic) {}
		while (a) {}
		{
			{
				nested;
			}
		}
		;
		a;
		b;
	}

	static function exprBodies() return {};

	function semi() {};
}
