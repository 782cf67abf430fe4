// haxe.io.Path: a file path split into directory, file name and extension, and static helpers
// (join, normalize, directory, extension, …). Real Haxe: pure string manipulation, no file system
// access; `/` and `\` both separate directories.

package haxe.io;

class Path {
	/** The directory (without the trailing separator), or null when the path has none. */
	public var dir:Null<String>;

	/** The file name without its extension. */
	public var file:String;

	/** The extension (after the last `.` of the file name), or null. */
	public var ext:Null<String>;

	/** Was the last separator a backslash (then toString uses one)? */
	public var backslash:Bool;

	public function new(path:String) {
		backslash = false;
		if (path == "." || path == "..") {
			dir = path;
			file = "";
			ext = null;
			return;
		}
		var slash = path.lastIndexOf("/");
		var back = path.lastIndexOf("\\");
		var sep = slash > back ? slash : back;
		if (sep >= 0) {
			dir = path.substr(0, sep);
			backslash = back > slash;
			path = path.substr(sep + 1);
		} else
			dir = null;
		var dot = path.lastIndexOf(".");
		if (dot >= 0) {
			ext = path.substr(dot + 1);
			file = path.substr(0, dot);
		} else {
			ext = null;
			file = path;
		}
	}

	/** `dir` + separator + `file` + `.` + `ext` (absent parts left out). */
	public function toString():String {
		var d = dir == null ? "" : dir + (backslash ? "\\" : "/");
		return d + file + (ext == null ? "" : "." + ext);
	}

	public static function withoutExtension(path:String):String {
		var p = new Path(path);
		p.ext = null;
		return p.toString();
	}

	public static function withoutDirectory(path:String):String {
		var p = new Path(path);
		p.dir = null;
		return p.toString();
	}

	/** The directory of `path`, or "" when it has none. */
	public static function directory(path:String):String {
		var d = new Path(path).dir;
		return d == null ? "" : d;
	}

	/** The extension of `path`, or "" when it has none. */
	public static function extension(path:String):String {
		var e = new Path(path).ext;
		return e == null ? "" : e;
	}

	/** `path` with its extension replaced by (or extended with) `ext`. */
	public static function withExtension(path:String, ext:String):String {
		var p = new Path(path);
		p.ext = ext;
		return p.toString();
	}

	/** The non-empty `paths` joined with `/`, then normalized; "" when there are none. */
	public static function join(paths:Array<String>):String {
		var parts = paths.filter(s -> s != null && s != "");
		if (parts.length == 0)
			return "";
		var path = parts[0];
		for (i in 1...parts.length)
			path = addTrailingSlash(path) + parts[i];
		return normalize(path);
	}

	/**
		`path` with `\` turned into `/`, `.` segments dropped, `x/..` pairs folded and repeated slashes
		made single (except right after a `:`, as in `http://`).
	**/
	public static function normalize(path:String):String {
		path = path.split("\\").join("/");
		if (path == "/")
			return "/";
		var target:Array<String> = [];
		for (token in path.split("/")) {
			if (token == ".." && target.length > 0 && target[target.length - 1] != "..")
				target.pop();
			else if (token == "") {
				if (target.length > 0 || StringTools.startsWith(path, "/"))
					target.push(token);
			} else if (token != ".")
				target.push(token);
		}
		var joined = target.join("/");
		var out = new StringBuf();
		var afterColon = false;
		var pendingSlash = false;
		for (i in 0...joined.length) {
			var c = StringTools.fastCodeAt(joined, i);
			if (c == ":".code) {
				out.addChar(c);
				afterColon = true;
			} else if (c == "/".code && !afterColon) {
				pendingSlash = true;
			} else {
				afterColon = false;
				if (pendingSlash) {
					out.add("/");
					pendingSlash = false;
				}
				out.addChar(c);
			}
		}
		return out.toString();
	}

	/** `path` ending with a separator (the kind it last uses; `/` when it has none). */
	public static function addTrailingSlash(path:String):String {
		if (path.length == 0)
			return "/";
		var slash = path.lastIndexOf("/");
		var back = path.lastIndexOf("\\");
		if (back > slash)
			return back == path.length - 1 ? path : path + "\\";
		return slash == path.length - 1 ? path : path + "/";
	}

	/** `path` without its trailing separators. */
	public static function removeTrailingSlashes(path:String):String {
		while (StringTools.endsWith(path, "/") || StringTools.endsWith(path, "\\"))
			path = path.substr(0, path.length - 1);
		return path;
	}

	/** Does `path` start at a root (`/`, a drive letter `C:` or a network share `\\`)? */
	public static function isAbsolute(path:String):Bool {
		return StringTools.startsWith(path, "/") || path.charAt(1) == ":" || StringTools.startsWith(path, "\\\\");
	}
}
