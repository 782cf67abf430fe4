// Enums: constructors with and without arguments, recursive enums, switch with nested patterns, guards,
// or-patterns, captures and the default case; switch as an expression; enum equality of plain values.
enum Color {
	Red;
	Green;
	Blue;
	Rgb(r:Int, g:Int, b:Int);
}

enum Expr {
	Num(v:Int);
	Add(a:Expr, b:Expr);
	Mul(a:Expr, b:Expr);
	Neg(e:Expr);
}

class Main {
	static function eval(e:Expr):Int {
		return switch e {
			case Num(v): v;
			case Add(a, b): eval(a) + eval(b);
			case Mul(_, Num(0)) | Mul(Num(0), _): 0;
			case Mul(a, b): eval(a) * eval(b);
			case Neg(Neg(x)): eval(x);
			case Neg(x): -eval(x);
		}
	}

	static function show(e:Expr):String {
		return switch e {
			case Num(v) if (v < 0): "(" + v + ")";
			case Num(v): "" + v;
			case Add(a, b): "(" + show(a) + " + " + show(b) + ")";
			case Mul(a, b): show(a) + " * " + show(b);
			case Neg(x): "-" + show(x);
		}
	}

	static function name(c:Color):String {
		return switch c {
			case Red: "red";
			case Green | Blue: "cool";
			case Rgb(255, 255, 255): "white";
			case Rgb(r, _, _) if (r > 200): "reddish " + r;
			case Rgb(r, g, b): 'rgb($r,$g,$b)';
		}
	}

	static function main() {
		for (c in [Red, Green, Blue, Rgb(255, 255, 255), Rgb(250, 0, 0), Rgb(1, 2, 3)]) Sys.println(name(c));
		var e = Add(Num(2), Mul(Num(3), Neg(Num(-4))));
		Sys.println(show(e) + " = " + eval(e));
		Sys.println(eval(Mul(Add(Num(1), Num(2)), Num(0))));
		Sys.println(eval(Neg(Neg(Num(9)))));
		Sys.println(Red == Red);
		Sys.println(Red != Blue);
		var n = 15;
		var kind = switch n {
			case 0: "zero";
			case 1, 2, 3: "small";
			case x if (x % 5 == 0): "fives";
			default: "other";
		}
		Sys.println(kind);
		var word = switch "b" {
			case "a": 1;
			case "b": 2;
			case _: 0;
		}
		Sys.println(word);
		var pairs = [[1, 2], [3, 3], [0, 9]];
		for (p in pairs) {
			Sys.println(switch [p[0], p[1]] {
				case [a, b] if (a == b): "same " + a;
				case [0, b]: "zero then " + b;
				case [a, b]: "sum " + (a + b);
			});
		}
		Sys.println(Type.enumIndex(Blue) + " " + Type.enumConstructor(Rgb(1, 2, 3)));
	}
}
