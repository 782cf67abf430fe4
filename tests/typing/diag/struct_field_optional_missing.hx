typedef Opts = {name:String, ?verbose:Bool};

class Main {
  static function run(o:Opts) {}
  static function main() {
    run({verbose: true});
  }
}
