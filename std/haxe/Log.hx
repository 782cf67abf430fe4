// haxe.Log: what `trace` calls.
// Takes: a value and the call site's haxe.PosInfos (filled in by the typer). Gives: one line on
// stdout, `File.hx:LINE: text`, followed by `,` and each customParams entry (the extra arguments of
// `trace(a, b, c)`), joined without spaces exactly as haxe --interp prints them.
// `trace` is a dynamic function, so programs may replace it.

package haxe;

class Log {
	/** `File.hx:LINE: v` followed by `,extra` for each customParams entry (just `v` without `infos`). */
	public static function formatOutput(v:Dynamic, infos:PosInfos):String {
		var out = new StringBuf();
		if (infos != null) {
			out.add(infos.fileName);
			out.addChar(":".code);
			out.add(infos.lineNumber);
			out.add(": ");
		}
		out.add(Std.string(v));
		if (infos != null && infos.customParams != null)
			for (extra in infos.customParams) {
				out.addChar(",".code);
				out.add(Std.string(extra));
			}
		return out.toString();
	}

	/** Prints formatOutput(v, infos) and a newline on stdout. */
	public static dynamic function trace(v:Dynamic, ?infos:PosInfos):Void {
		rayzor.rt.Io.println(formatOutput(v, infos));
	}
}
