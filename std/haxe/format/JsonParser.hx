// haxe.format.JsonParser: a recursive-descent JSON parser (RFC 8259 values; `\uXXXX` escapes with
// surrogate pairs). Real Haxe: the whole class, written over String.charCodeAt and StringBuf.
// Errors throw a String naming the character and its position, as Haxe's parser does.

package haxe.format;

class JsonParser {
	/** Parses `str` (see haxe.Json.parse). */
	public static inline function parse(str:String):Dynamic {
		return new JsonParser(str).doParse();
	}

	var str:String;
	var pos:Int;

	function new(str:String) {
		this.str = str;
		this.pos = 0;
	}

	function doParse():Dynamic {
		var result = parseValue();
		skipSpaces();
		if (pos < str.length)
			invalidChar();
		return result;
	}

	inline function peek():Int {
		var c = str.charCodeAt(pos);
		return c == null ? -1 : c;
	}

	function skipSpaces():Void {
		while (true) {
			var c = peek();
			if (c == ' '.code || c == '\t'.code || c == '\n'.code || c == '\r'.code)
				pos++;
			else
				break;
		}
	}

	function invalidChar():Void {
		if (pos >= str.length)
			throw "Unexpected end of file";
		throw "Invalid char " + peek() + " at position " + pos;
	}

	function expect(c:Int):Void {
		skipSpaces();
		if (peek() != c)
			invalidChar();
		pos++;
	}

	function parseValue():Dynamic {
		skipSpaces();
		var c = peek();
		switch (c) {
			case '{'.code:
				pos++;
				var obj = {};
				skipSpaces();
				if (peek() == '}'.code) {
					pos++;
					return obj;
				}
				while (true) {
					skipSpaces();
					if (peek() != '"'.code)
						invalidChar();
					pos++;
					var key = parseString();
					expect(':'.code);
					Reflect.setField(obj, key, parseValue());
					skipSpaces();
					var d = peek();
					pos++;
					if (d == '}'.code)
						return obj;
					if (d != ','.code) {
						pos--;
						invalidChar();
					}
				}
			case '['.code:
				pos++;
				var arr:Array<Dynamic> = [];
				skipSpaces();
				if (peek() == ']'.code) {
					pos++;
					return arr;
				}
				while (true) {
					arr.push(parseValue());
					skipSpaces();
					var d = peek();
					pos++;
					if (d == ']'.code)
						return arr;
					if (d != ','.code) {
						pos--;
						invalidChar();
					}
				}
			case '"'.code:
				pos++;
				return parseString();
			case 't'.code:
				word("true");
				return true;
			case 'f'.code:
				word("false");
				return false;
			case 'n'.code:
				word("null");
				return null;
			case c if (c == '-'.code || (c >= '0'.code && c <= '9'.code)):
				return parseNumber();
			default:
				invalidChar();
				return null;
		}
	}

	function word(w:String):Void {
		if (str.substr(pos, w.length) != w)
			invalidChar();
		pos += w.length;
	}

	function parseNumber():Dynamic {
		var start = pos;
		// As Haxe's parser: a number written with a decimal point is a Float; any other (exponents
		// included) is an Int when its value is one (1e3 is 1000:Int, 1e10 stays a Float).
		var point = false;
		if (peek() == '-'.code)
			pos++;
		while (true) {
			var c = peek();
			if (c >= '0'.code && c <= '9'.code)
				pos++;
			else if (c == '.'.code || c == 'e'.code || c == 'E'.code || c == '+'.code || c == '-'.code) {
				if (c == '.'.code)
					point = true;
				pos++;
			} else
				break;
		}
		var text = str.substring(start, pos);
		if (text == "-" || text == "")
			invalidChar();
		var f = Std.parseFloat(text);
		if (Math.isNaN(f))
			invalidChar();
		if (!point && f >= -2147483648.0 && f <= 2147483647.0) {
			var i = Std.int(f);
			if (i == f)
				return i;
		}
		return f;
	}

	function parseString():String {
		var buf = new StringBuf();
		var start = pos;
		while (true) {
			var c = peek();
			if (c < 0)
				throw "Unclosed string";
			pos++;
			if (c == '"'.code)
				break;
			if (c != '\\'.code) {
				continue;
			}
			buf.addSub(str, start, pos - start - 1);
			var e = peek();
			pos++;
			switch (e) {
				case 'n'.code: buf.add("\n");
				case 'r'.code: buf.add("\r");
				case 't'.code: buf.add("\t");
				case 'b'.code: buf.addChar(8);
				case 'f'.code: buf.addChar(12);
				case '/'.code | '\\'.code | '"'.code: buf.addChar(e);
				case 'u'.code:
					var code = hex4();
					if (code >= 0xD800 && code < 0xDC00 && str.substr(pos, 2) == "\\u") {
						pos += 2;
						var low = hex4();
						code = ((code - 0xD800) << 10) + (low - 0xDC00) + 0x10000;
					}
					buf.add(String.fromCharCode(code));
				default:
					throw "Invalid escape sequence \\" + String.fromCharCode(e) + " at position " + (pos - 1);
			}
			start = pos;
		}
		buf.addSub(str, start, pos - start - 1);
		return buf.toString();
	}

	function hex4():Int {
		var v = Std.parseInt("0x" + str.substr(pos, 4));
		if (v == null)
			invalidChar();
		pos += 4;
		return v;
	}
}
