// haxe.Log: what `trace` calls.
// Real Haxe: the whole class; output goes through Sys.println (runtime-provided). `trace` is a
// dynamic function, so programs may replace it.

package haxe;

class Log {
	/** `File.hx:LINE: v` followed by `, extra` for each customParams entry (just `v` without `infos`). */
	public static function formatOutput(v:Dynamic, infos:PosInfos):String {
		var text = Std.string(v);
		if (infos == null)
			return text;
		if (infos.customParams != null)
			for (extra in infos.customParams)
				text += ", " + Std.string(extra);
		return infos.fileName + ":" + infos.lineNumber + ": " + text;
	}

	/** Prints formatOutput(v, infos) and a newline on stdout. */
	public static dynamic function trace(v:Dynamic, ?infos:PosInfos):Void {
		Sys.println(formatOutput(v, infos));
	}
}
