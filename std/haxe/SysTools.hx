// haxe.SysTools: quoting of command-line arguments for Unix shells and Windows.
// Real Haxe: the whole class (plain character scans, no regular expressions); nothing is provided
// by the runtime.

package haxe;

import haxe.ds.ReadOnlyArray;

class SysTools {
	/** Character codes that quoteWinArg(_, true) prefixes with `^`. */
	public static final winMetaCharacters:ReadOnlyArray<Int> = [
		" ".code, "(".code, ")".code, "%".code, "!".code, "^".code, '"'.code, "<".code, ">".code, "&".code, "|".code,
		"\n".code, "\r".code, ",".code, ";".code
	];

	/** `argument` as one word for a POSIX shell: unchanged when harmless, single-quoted otherwise. */
	public static function quoteUnixArg(argument:String):String {
		if (argument == "")
			return "''";
		var plain = true;
		for (i in 0...argument.length)
			if (!isUnixPlain(argument.charCodeAt(i))) {
				plain = false;
				break;
			}
		if (plain)
			return argument;
		// close the quote, emit a double-quoted ', reopen
		return "'" + argument.split("'").join("'\"'\"'") + "'";
	}

	/**
		`argument` as one argument for a Windows command line (the MSVC runtime's parsing rules); with
		`escapeMetaCharacters`, cmd.exe's special characters are also escaped with `^`.
	**/
	public static function quoteWinArg(argument:String, escapeMetaCharacters:Bool):String {
		if (needsWinQuoting(argument)) {
			var out = new StringBuf();
			var quote = argument == "" || argument.indexOf(" ") >= 0 || argument.indexOf("\t") >= 0;
			if (quote)
				out.addChar('"'.code);
			var slashes = 0; // backslashes seen and not yet written
			for (i in 0...argument.length) {
				var c:Int = argument.charCodeAt(i);
				if (c == "\\".code) {
					slashes++;
				} else if (c == '"'.code) {
					// backslashes before a quote are doubled, then the quote is escaped
					addBackslashes(out, slashes * 2 + 1);
					slashes = 0;
					out.addChar('"'.code);
				} else {
					addBackslashes(out, slashes);
					slashes = 0;
					out.addChar(c);
				}
			}
			// trailing backslashes are doubled when a closing quote follows them
			addBackslashes(out, quote ? slashes * 2 : slashes);
			if (quote)
				out.addChar('"'.code);
			argument = out.toString();
		}
		if (!escapeMetaCharacters)
			return argument;
		var out = new StringBuf();
		for (i in 0...argument.length) {
			var c:Int = argument.charCodeAt(i);
			if (winMetaCharacters.indexOf(c) >= 0)
				out.addChar("^".code);
			out.addChar(c);
		}
		return out.toString();
	}

	static function isUnixPlain(c:Int):Bool {
		return (c >= "a".code && c <= "z".code) || (c >= "A".code && c <= "Z".code) || (c >= "0".code && c <= "9".code)
			|| "_@%+=:,./-".indexOf(String.fromCharCode(c)) >= 0;
	}

	// empty, or containing a space, tab, backslash or double quote
	static function needsWinQuoting(s:String):Bool {
		if (s == "")
			return true;
		for (i in 0...s.length) {
			var c:Int = s.charCodeAt(i);
			if (c == " ".code || c == "\t".code || c == "\\".code || c == '"'.code)
				return true;
		}
		return false;
	}

	static function addBackslashes(out:StringBuf, n:Int):Void {
		for (_ in 0...n)
			out.addChar("\\".code);
	}
}
