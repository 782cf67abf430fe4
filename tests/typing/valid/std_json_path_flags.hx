import haxe.Json;
import haxe.DynamicAccess;
import haxe.EnumFlags;
import haxe.ds.Either;
import haxe.io.Path;

enum Perm { Read; Write; Exec; }

class Main {
  static function describe(e:Either<String, Int>) return switch e {
    case Left(s): 's:$s';
    case Right(n): 'n:$n';
  }
  static function main() {
    var data:{name:String, tags:Array<String>} = Json.parse('{"name": "x", "tags": ["a", "b"]}');
    trace(data.name, data.tags.length, Json.stringify({ok: true, list: [1, 2]}), Json.stringify(data, null, "  "));
    var scores:DynamicAccess<Int> = {};
    scores["ann"] = 3;
    scores.set("bob", 5);
    for (k => v in scores) trace(k, v);
    trace(scores.exists("ann"), scores.keys().length, scores.get("zed"));
    var flags = new EnumFlags<Perm>();
    flags.set(Read);
    flags.set(Exec);
    flags.unset(Read);
    trace(flags.has(Exec), flags.has(Read), flags.toInt());
    trace(describe(Left("a")), describe(Right(2)));
    var p = new Path("dir/file.txt");
    trace(p.dir, p.file, p.ext, Path.join(["a", "b"]), Path.extension("x.tar.gz"), Path.normalize("a/./b/../c"));
    var lst = new List<String>();
    lst.add("z");
    trace(lst.first(), DateTools.format(new Date(2021, 4, 6, 7, 8, 9), "%Y-%m-%d %H:%M"), DateTools.days(1));
  }
}
