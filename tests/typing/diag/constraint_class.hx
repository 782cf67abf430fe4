class Box<T:Float> {
  public var v:T;
  public function new(v:T) this.v = v;
}

class Main {
  static function main() {
    var b:Box<String> = null;
  }
}
