enum Token { Num(v:Int); Op(c:String); LParen; RParen; }
enum Json { JNull; JBool(b:Bool); JNum(n:Float); JStr(s:String); JArr(a:Array<Json>); JObj(fields:Array<{k:String, v:Json}>); }
class Main {
	static function render(j:Json):String {
		return switch j {
			case JNull: "null";
			case JBool(b): b ? "true" : "false";
			case JNum(n): Std.string(n);
			case JStr(s): '"' + s + '"';
			case JArr([]): "[]";
			case JArr(items): "[" + items.map(render).join(",") + "]";
			case JObj(fs): "{" + [for (f in fs) '"${f.k}":' + render(f.v)].join(",") + "}";
		}
	}
	static function depth(j:Json):Int return switch j {
		case JArr(a): 1 + Lambda.fold(a, (x, m:Int) -> Std.int(Math.max(depth(x), m)), 0);
		case JObj(fs): 1 + Lambda.fold(fs, (f, m:Int) -> Std.int(Math.max(depth(f.v), m)), 0);
		case _: 0;
	}
	static function tokens(s:String):Array<Token> {
		var out = [];
		var i = 0;
		while (i < s.length) {
			var c = s.charAt(i);
			switch c {
				case " ":
				case "(": out.push(LParen);
				case ")": out.push(RParen);
				case "+" | "-" | "*" | "/": out.push(Op(c));
				case d if (d >= "0" && d <= "9"):
					var n = 0;
					while (i < s.length && s.charAt(i) >= "0" && s.charAt(i) <= "9") { n = n * 10 + s.charCodeAt(i) - 48; i++; }
					i--;
					out.push(Num(n));
				case other: throw 'bad char $other';
			}
			i++;
		}
		return out;
	}
	static function main() {
		var doc = JObj([{k: "name", v: JStr("rayzor")}, {k: "tags", v: JArr([JStr("a"), JNum(1.5), JNull])}, {k: "ok", v: JBool(true)}, {k: "empty", v: JArr([])}, {k: "nest", v: JArr([JArr([JNum(1)])])}]);
		trace(render(doc));
		trace(depth(doc));
		var ts = tokens("12 + (3*45) - 6");
		trace(ts);
		var ops = ts.filter(t -> t.match(Op(_)));
		trace(ops.length);
		var nums = [for (t in ts) switch t { case Num(v): v; case _: continue; }];
		trace(nums);
		try tokens("1 # 2") catch (e:String) trace(e);
		var pairs = [for (i in 0...ts.length - 1) [ts[i], ts[i + 1]]];
		var count = 0;
		for (p in pairs) switch p {
			case [Num(_), Op(o)] | [Op(o), Num(_)]: count++;
			case [LParen, _] | [_, RParen]: count += 10;
			default:
		}
		trace(count);
		var t = Num(5);
		var desc = switch t {
			case Num(n) if (n > 10): "big";
			case Num(n = 5): "five " + n;
			case Num(n): "num";
			default: "?";
		}
		trace(desc);
		var arr = [1, 2, 3];
		switch arr {
			case [a, b, c] if (a + b == c): trace("sum ok");
			default: trace("no");
		}
		var tuple = {a: 1, b: {c: [1, 2]}};
		switch tuple {
			case {a: 1, b: {c: [_, x]}}: trace("deep " + x);
			default:
		}
	}
}
