class Main {
  static function main() {
    var o:haxe.ds.Option<Bool> = None;
    switch (o) {
      case Some(true): trace(1);
      case None: trace(2);
    }
  }
}
