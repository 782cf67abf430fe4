class Main {
  static function draw(s:Shap) {}
  static function main() {}
}
