### Second Heart：简体中文。

time-12h = { $period }{ $time }
time-am = 上午
time-pm = 下午
date-long = %-m月%-d日 %A
date-short = %-m月%-d日 周%a
date-day-month = %-m月%-d日
date-weekday = 周%a
date-month = %-m月
