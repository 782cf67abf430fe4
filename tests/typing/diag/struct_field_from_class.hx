class Person {
  public var name:String = "";
  public function new() {}
}

typedef HasAge = {age:Int};

class Main {
  static function birthday(h:HasAge) {}
  static function main() {
    birthday(new Person());
  }
}
