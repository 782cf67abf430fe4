class Runner {
  public function new() {}
  public function run():Void {}
}

typedef HasRun = {run:Void->Void};

class Main {
  static function start(r:HasRun) {}
  static function main() {
    start(new Runner());
  }
}
