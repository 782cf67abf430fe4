class Main { static function main() {
  for (t in [0.0, 951782400000.0, -86400000.0, 1e12, 4102444800000.0, -2208988800000.0, 1709251199999.0, 253402300799000.0])
    { var d = Date.fromTime(t); trace(d + " " + d.getDay() + " " + d.getUTCHours() + " " + d.getTime()); }
  trace(new Date(2021, 12, 1, 0, 0, 0)); trace(new Date(2021, -1, 1, 0, 0, 0)); trace(new Date(2021, 1, 31, 25, 61, 61)); trace(new Date(1600, 1, 29, 0, 0, 0).getDay());
  trace(new Date(1900, 0, 1, 0, 0, 0).getTime()); trace(Date.fromString("1999-12-31 23:59:59").getTime());
  trace(Date.now().getFullYear() > 2000);
  var d = new Date(2020, 1, 29, 13, 5, 9); trace(d.getMonth() + " " + d.getDate() + " " + d.getHours() + ":" + d.getMinutes() + ":" + d.getSeconds());
  trace(DateTools.format(d, "%d/%m/%y %a %b %H %M %S %%")); trace(DateTools.delta(d, DateTools.days(1)));
  trace(DateTools.format(Date.fromTime(0), "%A %B %e %I %p %s %u %w %T %D %F %C"));
  trace(DateTools.getMonthDays(new Date(2000, 1, 1, 0,0,0))); trace(DateTools.getMonthDays(new Date(1900, 1, 1, 0,0,0)));
  try Date.fromString("bad") catch (e:Dynamic) trace("err " + e);
} }
