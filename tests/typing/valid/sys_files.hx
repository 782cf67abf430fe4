import sys.FileSystem;
import sys.io.File;
import haxe.io.Path;

class Main {
  static function listTree(dir:String, depth = 0):Array<String> {
    var out = [];
    if (!FileSystem.exists(dir) || !FileSystem.isDirectory(dir)) return out;
    for (name in FileSystem.readDirectory(dir)) {
      var p = Path.join([dir, name]);
      out.push(StringTools.lpad("", " ", depth * 2) + name);
      if (FileSystem.isDirectory(p) && depth < 1) out = out.concat(listTree(p, depth + 1));
    }
    return out;
  }
  static function main() {
    var tmp = Path.join([Sys.getCwd(), "rz_tmp_test.txt"]);
    File.saveContent(tmp, "line1\nline2\n");
    var content = File.getContent(tmp);
    var lines = content.split("\n").filter(l -> l != "");
    trace(lines.length, FileSystem.stat(tmp).size);
    var out = File.append(tmp, false);
    out.writeString("line3\n");
    out.close();
    var input = File.read(tmp, false);
    var first = input.readLine();
    input.close();
    trace(first, File.getBytes(tmp).length);
    FileSystem.deleteFile(tmp);
    trace(FileSystem.exists(tmp), listTree(".").length >= 0, Sys.systemName().length > 0);
    Sys.println("done");
    Sys.stdout().writeString("out\n");
  }
}
