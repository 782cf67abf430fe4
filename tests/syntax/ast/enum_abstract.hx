enum abstract Level(Int) {
	var Low = 1;
	var Mid;
	var High = 3;
	final Max = 4;
	public function isHigh() return this >= 3;
}

enum abstract Str(String) to String {
	var A = "a";
	var B = "b";
}

@:enum abstract Old(Int) {
	var X = 0;
}

private enum abstract Priv(Int) from Int {}
