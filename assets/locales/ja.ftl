### Second Heart: 日本語。

time-12h = { $period }{ $time }
time-am = 午前
time-pm = 午後
date-long = %-m月%-d日 %A
date-short = %-m月%-d日(%a)
date-day-month = %-m月%-d日
date-weekday = %a
date-month = %-m月
