// haxe.format.JsonPrinter: Haxe values to JSON text (see haxe.Json.stringify). Real Haxe: the whole
// class, over Type.typeof, Reflect and StringBuf. Non-finite numbers and functions print as null,
// enum values as their index, StringMaps as objects, class instances by their fields.

package haxe.format;

class JsonPrinter {
	/** JSON text of `o` (see haxe.Json.stringify). */
	public static function print(o:Dynamic, ?replacer:(key:Dynamic, value:Dynamic) -> Dynamic, ?space:String):String {
		var printer = new JsonPrinter(replacer, space);
		printer.write("", o);
		return printer.buf.toString();
	}

	var buf:StringBuf;
	var replacer:Null<(key:Dynamic, value:Dynamic) -> Dynamic>;
	var indent:Null<String>;
	var pretty:Bool;
	var nind:Int;

	function new(replacer:Null<(key:Dynamic, value:Dynamic) -> Dynamic>, space:Null<String>) {
		this.replacer = replacer;
		this.indent = space;
		this.pretty = space != null;
		this.nind = 0;
		buf = new StringBuf();
	}

	function newline():Void {
		if (pretty) {
			buf.add("\n");
			for (_ in 0...nind)
				buf.add(indent);
		}
	}

	function write(k:Dynamic, v:Dynamic):Void {
		if (replacer != null)
			v = replacer(k, v);
		switch (Type.typeof(v)) {
			case TNull:
				buf.add("null");
			case TInt:
				buf.add(Std.string(v));
			case TFloat:
				var f:Float = v;
				buf.add(Math.isFinite(f) ? Std.string(f) : "null");
			case TBool:
				buf.add(v ? "true" : "false");
			case TFunction | TUnknown:
				buf.add("null");
			case TEnum(_):
				buf.add(Std.string(Type.enumIndex(v)));
			case TObject:
				fieldsOf(v, Reflect.fields(v));
			case TClass(c):
				if (c == String)
					quote(v);
				else if (c == Array) {
					var a:Array<Dynamic> = v;
					buf.add("[");
					nind++;
					for (i in 0...a.length) {
						if (i > 0)
							buf.add(",");
						newline();
						write(i, a[i]);
					}
					nind--;
					if (a.length > 0)
						newline();
					buf.add("]");
				} else if (c == haxe.ds.StringMap) {
					var m:haxe.ds.StringMap<Dynamic> = v;
					var o:Dynamic = {};
					for (key in m.keys())
						Reflect.setField(o, key, m.get(key));
					fieldsOf(o, Reflect.fields(o));
				} else if (c == Date) {
					quote(Std.string(v));
				} else
					fieldsOf(v, Type.getInstanceFields(c));
		}
	}

	function fieldsOf(v:Dynamic, fields:Array<String>):Void {
		buf.add("{");
		nind++;
		var first = true;
		for (f in fields) {
			var value = Reflect.field(v, f);
			if (Reflect.isFunction(value))
				continue;
			if (!first)
				buf.add(",");
			first = false;
			newline();
			quote(f);
			buf.add(pretty ? ": " : ":");
			write(f, value);
		}
		nind--;
		if (!first)
			newline();
		buf.add("}");
	}

	function quote(s:String):Void {
		buf.add('"');
		for (i in 0...s.length) {
			var c = StringTools.fastCodeAt(s, i);
			switch (c) {
				case '"'.code: buf.add('\\"');
				case '\\'.code: buf.add("\\\\");
				case '\n'.code: buf.add("\\n");
				case '\r'.code: buf.add("\\r");
				case '\t'.code: buf.add("\\t");
				case 8: buf.add("\\b");
				case 12: buf.add("\\f");
				default:
					if (c < 0x20)
						buf.add("\\u" + StringTools.hex(c, 4));
					else
						buf.addChar(c);
			}
		}
		buf.add('"');
	}
}
