typedef User = {name:String, age:Int};

class Main {
  static function make():User {
    return {name: "a", age: "b"};
  }
  static function main() {
    make();
  }
}
