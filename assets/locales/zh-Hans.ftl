### Second Heart：简体中文。

## 时间和日期。日期格式为 strftime 格式。

time-12h = { $period }{ $time }
time-am = 上午
time-pm = 下午
date-long = %-m月%-d日 %A
date-short = %-m月%-d日 周%a
date-day-month = %-m月%-d日
date-weekday = 周%a
date-month = %-m月

## 内置练习。用户改过名称的，保留用户自己的名称。

exercise-ankle-rotations-name = 脚踝绕环
exercise-ankle-rotations-instruction = 坐姿：每只脚踝先顺时针、再逆时针绕圈。
exercise-ankle-rotations-how-to = 坐直，将一只脚稍微抬离地面。用脚尖缓慢地画大圈：先顺时针，再逆时针。然后换另一只脚。开会时也能悄悄做。
exercise-calf-raises-name = 提踵
exercise-calf-raises-instruction = 站立，踮起脚尖尽量抬高，再缓慢放下。
exercise-calf-raises-how-to = 站直，手边有台阶的话可以站在台阶上。踮起脚尖尽量抬高，再缓慢放下；站在台阶上时，让脚跟落到台阶边缘以下。可扶住桌子或墙壁保持平衡。刷牙时也可以做。
exercise-soleus-stretch-name = 屈膝小腿拉伸
exercise-soleus-stretch-instruction = 屈膝，脚跟着地：拉伸感在小腿下部深处。
exercise-soleus-stretch-how-to = 一只脚向后迈一步，双膝弯曲，后脚脚跟始终贴地。拉伸感在小腿下部深处：这就是比目鱼肌。（伸直膝关节的拉伸针对的则是腓肠肌。）保持住，然后换腿。适合在步行后做。
exercise-brisk-walk-name = 快走
exercise-brisk-walk-instruction = 快步走；每 5 分钟变换一次速度。
exercise-brisk-walk-how-to = 以呼吸加快但仍能说话的速度行走。每 5 分钟在快走和慢走之间交替（间歇走）。打电话时走路也算在内。
exercise-cycling-name = 骑行
exercise-cycling-instruction = 记录骑行的分钟数；目标为每周 150 分钟。
exercise-cycling-how-to = 以中等强度骑固定自行车或户外自行车：呼吸加快，但仍能说话。对关节冲击小。骑完后记录分钟数；每周目标为 150 分钟。
exercise-legs-up-name = 抬高双腿
exercise-legs-up-instruction = 躺下或向后靠坐，将双腿抬高到髋部以上。
exercise-legs-up-how-to = 久坐之后，躺在地上把小腿搭在椅子上，或将双腿靠墙抬起；也可以向后靠坐，双脚搁在凳子上。借助重力帮助腿部血液回流。

## 运动量：一次练习做多少。

dose-sets-of-reps = { $sets } 组 × { $reps } 次
dose-circles-each-way = 每个方向 { $circles } 圈
dose-seconds-each-leg = 每条腿 { $seconds } 秒
dose-minutes = { $minutes } 分钟

## 规则：简要说明练习何时进行。

rule-every-sitting = 每坐 { $span }
rule-every-hour-at = 每小时的 { $minute } 分
rule-every-clock = 从 { $time } 起每 { $span }
rule-at-times = 在 { $times }
rule-weekly-target = 每周 { $minutes } 分钟（{ $time } 检查）
rule-on-days = { $rule }，{ $days }
rule-any-time = { $rule }，全天任意时间
rule-in-ranges = { $rule }，{ $ranges }
# rule-every-sitting 和 rule-every-clock 中的时长。
span-hour = 1 小时
span-hours = { $hours } 小时
span-minutes = { $minutes } 分钟
days-every-day = 每天
days-weekdays = 周一至周五

## 时长，以及相对于现在的时间。

relative-now = 现在
relative-minutes = { $minutes } 分钟后
relative-hours = { $hours } 小时后
relative-hours-minutes = { $hours } 小时 { $minutes } 分钟后
relative-days = { $days } 天后

## `second-heart status` 和 `upcoming`。

upcoming-none = 没有待发的提醒：所有练习均已停用或没有规则。
upcoming-today = 今天
upcoming-tomorrow = 明天
status-no-streak = 尚无连续记录
status-streak = 连续 { $days } 天
status-best = （最长 { $days } 天）
# 第一行：日期、今天的进度和连续天数。
status-headline = { $date } · 已完成 { $done }/{ $total } · { $streak }
status-paused = 已暂停至 { $time }
status-busy = { $time } 前处于通话或阅读状态：无输入的时间也算作坐着
status-guided = 正在进行{ $name }（{ $dose }）：{ $step }，第 { $number }/{ $steps } 步
status-sitting-since = 自 { $time } 起坐着
status-away = 已离开座位
status-sources = 检测来源：空闲 { $idle } · 锁屏 { $lock } · 全屏 { $fullscreen }
status-nothing-today = 今天没有安排。
item-done = 已完成
item-done-with = 已完成，{ $what }
item-skipped = 已跳过
item-missed = 已错过
item-due = 现在该做 · { $dose }
item-snoozed = 已推迟至 { $time }
item-upcoming = 待进行
status-next = 下次提醒：{ $time } { $name }（{ $relative }）
status-week-target = 本周：{ $name } { $minutes }/{ $target } 分钟（{ $percent }%）
status-weeks = 近 4 周提醒完成率：{ $rates }
status-suggestion = 准备好加量了吗？{ $name }：最近 7 天中有 { $days } 天完成了全部运动量。试试 { $suggested }（second-heart dose { $exercise } "{ $dose }"）

## 通知：提醒及其按钮。

prompt-summary = { $name } — { $dose }
prompt-unsaved = 上次的操作未能保存（{ $reason }）。{ $instruction }
prompt-reminder = 温馨提醒：自 { $time } 起仍待完成。{ $instruction }
action-open = 打开
action-start = 开始
action-done = 完成
action-snooze = 推迟 { $minutes } 分钟
action-skip = 跳过
sample-summary = Second Heart：示例提醒
sample-body = 脚踝绕环 — 每个方向 10 圈。
    提醒将以这种样式显示。

## 引导练习：各个步骤及每步显示的提示。

# $foot 为 guide-right 或 guide-left；$way 为 guide-clockwise 或 guide-counter-clockwise。
guide-foot-way = { $foot }脚，{ $way }
guide-right = 右
guide-left = 左
guide-clockwise = 顺时针
guide-counter-clockwise = 逆时针
guide-circles-detail = { $way }慢慢绕 { $circles } 圈，每圈约 { $seconds } 秒
guide-switch-feet = 换脚
guide-switch-feet-detail = 放下右脚，抬起左脚
guide-rest = 休息
guide-rest-detail = 抖一抖小腿放松；接下来第 { $set }/{ $sets } 组
guide-reps = { $reps } 次
guide-set = 第 { $set }/{ $sets } 组
guide-reps-detail = { $reps } 次：抬起 { $up } 秒，放下 { $down } 秒
guide-right-leg = 右腿
guide-left-leg = 左腿
guide-hold-right = 右腿保持拉伸 { $seconds } 秒
guide-hold-left = 左腿保持拉伸 { $seconds } 秒
guide-switch-legs = 换腿
guide-switch-legs-detail = 另一只脚向后迈
guide-minutes = { $minutes } 分钟
guide-brisk = 快走
guide-brisk-detail = 呼吸加快，仍能说话：{ $minutes } 分钟
guide-easy = 慢走
guide-easy-detail = 轻松步行，让呼吸平复：{ $minutes } 分钟
guide-timing = 计时中
guide-timing-detail = 正在计时：完成后停止
guide-done = 完成
guide-well-done = { $name }：做得好
# 一步中计数的内容：$unit 为 "circles"（圈）或 "reps"（次）。
guide-count = { $done }/{ $total } { $unit ->
    [circles] 圈
   *[reps] 次
    }
guide-left-time = 剩余 { $time }
guide-paused = 已暂停
guide-up = 抬起
guide-down = 放下
cue-summary = { $name } — { $step }
cue-next = { $detail }
    下一步：{ $next }
cue-finished = { $name } — 已完成
cue-correct = { $said }
    提前结束了？请在窗口中更正分钟数（或运行 `second-heart session correct MINUTES`）。
guide-sets-done = 已完成 { $done }/{ $sets } 组
guide-step-of = （第 { $step }/{ $steps } 步）

## 窗口：今天。

today-paused = 提醒已暂停至 { $time }。
today-resume = 恢复
today-sources = 检测来源：空闲 { $idle } · 锁屏 { $lock } · 全屏 { $fullscreen }
today-no-streak = 尚无连续记录
today-streak = 连续 { $days } 天
today-progress = 今天已完成 { $done }/{ $total }
today-next = 下次提醒（{ $relative }）：{ $time } { $name }
today-no-more = 没有更多已安排的提醒。
today-nothing-due = 现在没有需要做的练习。
today-due-since = { $instruction } · 自 { $time } 起待完成
today-start = 开始
today-start-hint = 现在开始{ $name }，按步骤引导
today-start-disabled = 引导练习正在进行
today-done = 完成
today-done-hint = 标记{ $name }为已完成
today-snooze = 推迟 { $minutes } 分钟
today-skip = 跳过
today-checklist = 今天的微练习
today-nothing-scheduled = 今天没有安排。
today-item-done = 已完成
today-item-skipped = 已跳过
today-item-missed = 已错过
today-item-due = 现在该做
today-item-snoozed = 已推迟至 { $time }
today-log-title = 记录步行或骑行
today-log-activity = 活动
today-log-minutes = 分钟数
today-log = 记录
today-week-target = { $name }：本周 { $minutes }/{ $target } 分钟
today-paused-short = 已暂停至 { $time }。
today-resume-prompts = 恢复提醒
today-break-title = 需要暂停提醒吗？
today-pause-hour = 暂停 1 小时
today-pause-tomorrow = 暂停到明天

## 窗口：日程。
## schedule-dose-hint 中的 $examples 是以用户语言显示的运动量。

schedule-title = 日程
schedule-to-fix = 保存前需修正 { $count } 个字段
schedule-unsaved = 有未保存的更改
schedule-saved = 所有更改均已保存
schedule-revert = 还原
schedule-save = 保存
schedule-reload = 重新加载
schedule-keep-mine = 保留我的更改
schedule-fix-first = 保存前请修正标为红色的字段。
schedule-this-computer = 本机设置
schedule-at-once = 这些设置立即生效，无需点击“保存”。
schedule-autostart = 登录时启动提醒
schedule-autostart-hint = 登录时启动后台守护进程
schedule-working-hours = 工作时间
schedule-working-hours-hint = 填写时间段，如 09:00-12:30, 13:30-17:30。休息日留空。
schedule-breaks = 休息、推迟与免打扰
schedule-idle = 无操作多久视为离开座位（分钟）
schedule-snooze = 推迟时长（分钟）
schedule-remind = 再次提醒间隔（分钟，0 为不再提醒）
schedule-quiet = 勿扰模式或全屏窗口时暂缓提醒
schedule-quiet-hint = 演示和视频通话不受打扰；暂缓的提醒会在结束后发出一次（如仍在时段内）。
schedule-sound = 播放桌面通知提示音
schedule-preview = 按此设置的后续提醒
schedule-preview-fix = 请修正标记的字段以查看预览。
schedule-preview-none = 没有提醒：所有练习均已关闭或没有规则。
schedule-exercises = 练习
schedule-dose = 运动量
schedule-dose-hint = 例如：{ $examples }
schedule-add-rule = 为{ $name }添加规则
schedule-pace-circle = 引导节奏：每圈秒数
schedule-pace-up = 引导节奏：抬起秒数
schedule-pace-down = 放下秒数
schedule-pace-rest = 组间休息（秒）
schedule-pace-interval = 引导：变速间隔（分钟，0 为匀速）
schedule-when = 何时
schedule-minutes = 分钟数
schedule-every-minutes = 间隔（分钟）
schedule-at-minute = 每小时第几分
schedule-times = 时间
schedule-minutes-week = 每周分钟数
schedule-check-at = 检查时间
schedule-remove = 删除
schedule-remove-hint = 删除{ $name }的这条规则
schedule-only-on = 指定星期
schedule-working-days = 工作日
schedule-hours = 时段
schedule-hours-working = 工作时间
schedule-hours-any = 任意时间
schedule-hours-ranges = 指定时段
schedule-ranges = 范围
rule-kind-sitting = 每坐 N 分钟
rule-kind-clock = 按时钟每 N 分钟
rule-kind-times = 在固定时间
rule-kind-weekly = 每周目标
theme-label = 窗口主题
theme-system = 跟随桌面
theme-light = 浅色
theme-dark = 深色
schedule-region = 语言和地区
schedule-language = 语言
schedule-clock = 时间格式
schedule-week-start = 每周起始日
# $value 为桌面区域设置的值，例如 "简体中文" 或 "24 小时制"。
region-like-desktop = 跟随桌面（{ $value }）
clock-12h = 12 小时制（下午2:30）
clock-24h = 24 小时制（14:30）

## 窗口：框架。

tab-today = 今天
tab-schedule = 日程
tab-exercises = 练习
tab-history = 历史
close-title = 关闭前是否保存日程更改？
close-detail = “日程”标签页中有未保存的更改。放弃后这些更改将丢失。
close-save = 保存并关闭
close-discard = 放弃并关闭
close-cancel = 取消
daemon-not-running = 后台守护进程未运行。
daemon-not-running-detail = 只有在它运行时才会收到提醒。启动它即可查看今天的练习。
daemon-not-started = 无法启动后台守护进程。
daemon-not-answering = 后台守护进程没有响应。
daemon-restart = 重新启动
daemon-start = 启动
daemon-try-again = 重试

## 窗口：历史。

history-title = 历史
history-last-weeks = 最近 { $weeks } 周
history-days = { $days } 天
history-streaks = 连续记录
history-none-on = 没有已启用的练习。
history-exercise = 练习
history-current = 当前
history-best = 最长
history-active-minutes = 每周活动分钟数
history-target-line = 虚线：目标每周 { $target } 分钟
history-no-weeks = 没有可显示的周。
history-week-of = { $date } 所在周
history-bar = { $week }：{ $minutes } 分钟
history-target = 目标 { $target } 分钟
history-active-none = 活动分钟数指设有每周目标的练习的分钟数；目前没有练习设有每周目标。
history-active-one = 活动分钟数：设有每周目标的练习{ $name }的分钟数。
history-active-many = 活动分钟数：设有每周目标的练习{ $names }和{ $last }的分钟数。
history-summary = 每周活动分钟数：本周 { $minutes } 分钟
history-summary-target = { $summary }，目标 { $target } 分钟
history-summary-average = { $summary }；{ $weeks } 周内平均每周 { $average } 分钟
history-prompts-done = 提醒完成情况
history-completion = { $weeks } 周内完成 { $percent }（{ $done }/{ $asked }）
history-this-week = 本周
history-last-week = 上周
history-done-of = { $done }/{ $asked }
history-no-prompts = 无提醒
history-export = 导出
history-no-home = 无法导出：找不到主文件夹（是否设置了 HOME？）
history-export-where = 将所有已记录的练习导出为电子表格（CSV），保存在{ $folder }。
history-export-button = 导出 CSV
history-documents = “文档”文件夹（{ $path }）
history-home = 主文件夹（{ $path }）
history-cannot-export = 无法导出：{ $reason }
history-exported = 已将 { $count } 条练习记录导出到 { $path }
heat-before-first = { $date }：首次练习之前
heat-done = 已完成 { $count } 项
heat-skipped = 已跳过 { $count } 项
heat-missed = 已错过 { $count } 项
heat-minutes = { $minutes } 分钟
heat-rest-day = 休息日
heat-title = 每日完成情况
heat-nothing = 尚无记录。
heat-days-done = 自开始以来，在 { $scheduled } 个有安排的日子里，有 { $done } 天完成了练习。
heat-less = 少
heat-more = 多
heat-none-done = 未完成练习
heat-one-done = 完成 1 项
heat-two-three = 完成 2–3 项
heat-four-more = 完成 4 项及以上
heat-rest-hint = 当天没有安排，或在首次练习之前
heat-rest-legend = 休息日或尚未开始

## 窗口：引导练习。

player-illustration = 示意图：{ $name }
player-next = 下一步：{ $next }
player-last = 最后一步
player-step = 第 { $step }/{ $steps } 步 · { $next }
player-resume = 继续
player-pause = 暂停
player-skip = 跳过此步
player-stop = 停止
player-stop-hint = 结束练习并记录已完成的部分
player-paused = 已暂停
player-left-in = { $step }：剩余 { $time }
player-so-far = 已进行 { $time }
player-ran-by-itself = { $name }的 { $minutes } 分钟计时已自动走完：已记录 { $minutes } 分钟。
player-stopped-earlier = 如果提前停止了，请填写实际完成的分钟数。
player-minutes = 分钟数
player-correct = 更正
player-not-number = 分钟数：{ $value } 不是整数
player-keep = 保留 { $minutes } 分钟

## 命令的回复（来自命令行、窗口、托盘）。

reply-done = 已于 { $time } 完成{ $name }（{ $what }）。
reply-done-streak = 已于 { $time } 完成{ $name }（{ $what }）。已连续 { $days } 天。
reply-skipped = 已于 { $time } 跳过{ $name }。
reply-snoozed-one = 已于 { $time } 推迟{ $name }。
reply-missed = 已于 { $time } 将{ $name }记为错过。
# $outcome 为 outcome-done、outcome-skipped、outcome-snoozed 或 outcome-missed 之一。
reply-already = { $name }已于 { $time }{ $by }标记为{ $outcome }；本次未记录任何内容。
outcome-done = 已完成
outcome-skipped = 已跳过
outcome-snoozed = 已推迟
outcome-missed = 已错过
by-cli = { " " }通过命令行
by-window = { " " }在窗口中
by-notification = { " " }在通知中
by-tray = { " " }从托盘
reply-nothing-due = 现在没有需要做的练习。
reply-snoozed = 已推迟至 { $time }：{ $names }。
reply-not-due = snooze: { $name }现在无需进行{ $next }；未推迟任何练习
reply-next-at = { " " }（下次：{ $time }）
reply-next-on = { " " }（下次：{ $time }）
reply-paused = 已暂停至 { $time }。运行 `second-heart resume` 可恢复提醒。
reply-resumed = 已恢复。
reply-not-paused = 未处于暂停状态。
reply-say-which = 现在没有需要做的练习；{ $verb ->
    [skip] 请指明要跳过哪个练习
    [start] 请指明要开始哪个练习
   *[done] 请指明要将哪个练习标记为完成
    }
reply-which-due = 有 { $count } 项待做；请指明是哪一项：{ $ids }

## 命令行消息。

cli-not-running = 后台守护进程未运行。
cli-still-running = 已请求后台守护进程停止，但 { $seconds } 秒后它仍在运行
cli-dose-changed = { $name }：运动量已从 { $from } 改为 { $to }。
cli-fix-first = { $file } 有错误，请先修正（`second-heart config check`）：
cli-no-file = { $file }：文件不存在，使用默认设置
cli-unknown-field = { $file }：已忽略未知字段 { $field }
cli-valid = { $file }：有效
cli-invalid = { $file } 无效：
cli-compacted = { $file }：已删除 { $count } 行无法读取的内容；旧文件已保留为 { $backup }
cli-nothing-to-compact = { $file }：无需整理
cli-warning = 警告：{ $text }
cli-without-daemon = { $why }；将不经后台守护进程，直接处理文件
daemon-stopping = 正在停止后台守护进程。
daemon-reloaded = 已重新加载设置。
daemon-sample-sent = 已向 { $server } 发送示例提醒。

## 日常时刻：会议、通话和日常习惯。

action-later = 稍后
action-no = 没有
schedule-in-meetings = 会议、通话和阅读时
schedule-in-meetings-hint = 静默建议：坐姿练习静默提醒（无提示音、低优先级）；站立练习等结束后再提醒。全部暂缓：结束前不发任何提醒。
schedule-walk-in-calls = 通话时建议步行
status-context-said = 状态：{ $context }，至 { $time }（已告知）：无输入的时间也算作坐着
status-context = 状态：{ $context }
anchored-done = 已于{ $when }完成
anchored-not-today = 今天未做
anchored-tick = 标记完成：second-heart done { $exercise } --anchor { $routine }
place-seated = 坐姿，不显眼
place-standing = 站立
place-away = 离开座位
place-lying = 躺下或后靠
situation-desk = 在座位上
situation-meeting = 开会中
situation-call = 通话中
situation-reading = 阅读中
situation-away = 已离开座位
busy-meeting = 开会中
busy-call = 通话中
busy-reading = 阅读中
policy-off = 照常提醒
policy-quiet = 静默建议
policy-hold = 全部暂缓
routine-morning = 早上刷牙时
routine-evening = 晚上刷牙时
routine-after-lunch = 午饭后
routine-kettle = 烧水时
when-this-morning = 今天早上
when-lunchtime = 午饭时
when-this-afternoon = 今天下午
when-this-evening = 今天晚上
quiet-meeting = 开会时：在桌下做{ $name }，{ $dose }
quiet-call = 通话时：在桌下做{ $name }，{ $dose }
quiet-reading = 阅读时：在桌下做{ $name }，{ $dose }
quiet-body = 悄悄进行，无人察觉：{ $instruction }
offer-walk = 通话时走一走？
offer-other = 通话时做{ $name }？
offer-body = { $name } — { $dose }。开始后边说边走：这些分钟会计入今天的步行和本周的活动分钟数。
morning-question = 今天早上刷牙时做{ $names }了吗？
morning-body = 如果做了，请标记完成（{ $routine }）。
list-and = { $first }和{ $last }

## 托盘图标的提示和菜单。

tray-due-item = { $name } — { $dose }
tray-next = { $time } { $name }
tray-guided = { $name }：{ $step }（第 { $number }/{ $steps } 步）
tray-done-today = 今天已完成 { $done }/{ $total }
tray-streak = { $summary } · 连续 { $days } 天
tray-doing = 正在进行：{ $what }
tray-doing-paused = 已暂停：{ $what }
tray-due-one = 现在该做：{ $what }
tray-unshown = 无法显示通知；请在此菜单中回应
tray-due-many = 现在有 { $count } 项练习待做
tray-not-saved = 未保存：{ $problem }
tray-busy-until = { $mode }，至 { $time }
tray-paused-until = 已暂停至 { $time }
tray-holding = 正在暂缓提醒：{ $why }
tray-next-line = 下次：{ $next }
tray-open = 打开 Second Heart
tray-resume-session = 继续：{ $what }
tray-pause-session = 暂停：{ $what }
tray-skip-step = 跳到下一步
tray-stop-session = 停止练习（记录已完成的部分）
tray-start = 开始：{ $what }
tray-done = 完成：{ $what }
tray-skip = 跳过：{ $what }
tray-snooze = 推迟 { $minutes } 分钟
tray-snooze-all = 全部推迟 { $minutes } 分钟
tray-resume = 恢复提醒（已暂停至 { $time }）
tray-pause-hour = 暂停 1 小时
tray-pause-tomorrow = 暂停到明天
tray-no-longer = 取消“{ $situation }”（原定至 { $time }）
tray-busy-hour = { $mode }（1 小时）
tray-quit = 退出 Second Heart

## 窗口和回复中的日常时刻。

today-routines = 结合日常习惯
today-routine-item = { $name } — { $routine }
today-routine-done = 已于{ $when }完成
today-routine-not-today = 今天未做
today-routine-tick = 完成：{ $name }（{ $routine }）
today-routine-tick-hint = 标记完成：按该习惯的通常时间记录
today-busy-until = { $mode }，至 { $time }。
today-busy-off = 结束
today-busy-hour = { $mode }（1 小时）
today-busy-hint = 没有键盘或鼠标输入的时间也算作坐着；坐姿练习以静默建议的方式提醒，其余练习在结束后提醒
history-sessions = { $count } 次练习
history-in-meetings = 会议中 { $sessions }
history-in-calls = 通话中 { $sessions }
history-moments-week = 本周：{ $parts }
busy-no-longer = 已取消“{ $situation }”：无输入的时间重新算作休息。
busy-not-busy = 当前未处于开会、通话或阅读状态。
busy-prompts-usual = 提醒照常发出
busy-prompts-wait = 提醒将等到那时再发出
busy-prompts-call = 坐姿练习以静默建议的方式提醒，并建议步行，其余练习等到那时再提醒
busy-prompts-quiet = 坐姿练习以静默建议的方式提醒，其余练习等到那时再提醒
busy-set = { $mode }，至 { $time }：无输入的时间算作坐着；{ $prompts }。运行 `second-heart busy off` 可结束。

## 首次运行：欢迎页和入门日程。

welcome-start = 开始
welcome-title = 欢迎使用 Second Heart
welcome-intro = 小腿肌肉被称为“第二心脏”：每次收缩都会把血液从腿部推回心脏。久坐会让血液淤积在腿部。一天中进行简短而频繁的练习，能让这个“泵”持续工作；坚持比强度更重要。
welcome-safety = 本内容不构成医疗建议。有深静脉血栓（DVT）、心力衰竭或腿痛病史者，在改变运动习惯前应咨询医生。
welcome-choose = 选择开始方式。之后可以随时更改所有设置。
welcome-moments = 融入日常
starter-gentle = 轻松
starter-standard = 标准
starter-active = 积极
starter-gentle-summary = 每坐 90 分钟做一次脚踝绕环，每天一次提踵，每天步行一次。
starter-standard-summary = 每坐 1 小时做一次脚踝绕环，每天两次提踵和屈膝小腿拉伸，每天步行一次，久坐后抬高双腿。
starter-active-summary = 每 45 分钟做一次脚踝绕环，每天三次提踵、两次拉伸，外加步行和抬高双腿。
moment-meetings = 开会时做脚踝绕环
moment-meetings-detail = 开会时，坐姿练习以静默建议的方式提醒；其余练习等会议结束后再提醒。
moment-brushing-teeth = 刷牙时做提踵
moment-brushing-teeth-detail = 早晚各一次，不按固定时间；做完后在“今天”中标记完成。
moment-calls = 打电话时步行
moment-calls-detail = 通话开始时会建议一次引导步行；步行的分钟数会计入。

## 窗口：练习。

exercises-title = 练习
exercises-cannot-show = 无法显示已保存的日程；请查看“日程”标签页。
exercises-unsaved = “日程”标签页中有未保存的更改：此页面显示的是当前生效的日程。
exercises-open-schedule = 打开“日程”标签页
exercises-intro = 简短而频繁的练习能激活小腿肌肉泵。本内容不构成医疗建议：如有深静脉血栓（DVT）、心力衰竭或腿痛病史，请在改变练习习惯前咨询医生。
exercises-off = （已关闭）
exercises-changed = 已在“日程”标签页中更改，尚未保存
exercises-no-rules = 无规则：从不提醒
exercises-when = 时间：{ $when }
exercises-where = 场景：{ $place }
exercises-with = { $where } · 结合习惯：{ $routines }
exercises-start = 开始{ $name }
exercises-start-hint = 现在开始，按步骤引导
exercises-start-disabled = 引导练习正在进行
exercises-edit = 编辑{ $name }
exercises-add-title = 添加自己的练习
exercises-name = 名称
exercises-name-hint = 办公桌旁深蹲
exercises-dose = 运动量
exercises-instruction = 一句话说明
exercises-instruction-hint = 显示在提醒中
exercises-how-to = 做法
exercises-every = 每坐 N 分钟
exercises-where-label = 场景
# 习惯的关键词保留英文（应用会读取）；用英文逗号分隔。
exercises-routines = 结合习惯
exercises-routines-hint = morning, evening, after-lunch, kettle 或自定义名称
exercises-logged = 之后按分钟记录（如步行）
exercises-give-name = 请输入名称。
exercises-exists = 已有名为{ $name }的练习。
exercises-dose-problem = 运动量：{ $problem }
exercises-routines-problem = 习惯：{ $problem }
exercises-every-problem = 每坐 N 分钟：请输入 { $min } 到 { $max } 之间的数字。
exercises-save = 保存更改
exercises-add = 添加练习
exercises-cancel = 取消

## Why prompts are held.

quiet-reason-dnd = 勿扰模式已开启
quiet-reason-dnd-dunst = 勿扰模式已开启（dunst 已暂停）
quiet-reason-dnd-gnome = 勿扰模式已开启（GNOME）
quiet-reason-fullscreen = 全屏窗口处于焦点
quiet-reason-camera = 摄像头正在使用（在通话？）
quiet-reason-awake = { $app } 使屏幕保持常亮
quiet-reason-presentation = 演示设置已开启
quiet-reason-quiet-time = 安装或升级后的 Windows 安静时间

## Guided sessions and routines: replies.

guided-started = 已开始 { $name }（{ $dose }{ $length }）：{ $step }。
guided-paused = 已暂停 { $name }：{ $step }。
guided-resumed = 已继续 { $name }：{ $step }。
guided-on-to = { $name }：下一步，{ $step }。
guided-too-short = { $name } 在 { $time } 后停止：时间太短，不计入；未记录。
guided-not-saved = 未保存：{ $reason }
guided-kept = 已保留：{ $name }，{ $minutes } 分钟。
guided-corrected = 已更正：{ $name }，{ $minutes } 分钟（原为 { $was }）。
guided-running = start：{ $name } 正在进行；请先停止（`second-heart session stop`）
guided-none = session：没有正在进行的引导练习
anchored-reply-done = 已完成：{ $name }（{ $routine }，{ $when }）。
anchored-reply-not-done = 已记下：{ $name }（{ $routine }）今天未做。

## Notices in the window.

notice-saved-elsewhere = { $file } 在此期间已在别处保存（通过 second-heart 命令或另一个窗口）：保持原样并在此显示；未应用 { $starter } 模板。
notice-starter-saved = 已保存“{ $starter }”计划。提醒会以桌面通知的形式出现；可在通知或这里勾选完成。
notice-clash = 打开后偏好设置已被更改（{ $fields }）：请重新载入或保留你的更改。
notice-saved = 已保存。
notice-saved-merged = 已保存，并包含此期间在别处做出的更改。
notice-clash-first = “计划”标签页中的保存与别处的更改冲突：请先在那里重新载入或保留你的更改。
notice-own-clash = { $name } 在此期间已在别处被更改（{ $fields }）；未保存任何内容。
notice-own-saved = 已保存 { $name }。
notice-own-added = 已添加 { $name }。
notice-in-effect = { $saved } 新计划已生效。
notice-when-daemon-starts = { $saved } 将在后台服务启动时生效。
notice-daemon-said = { $saved } 但后台服务回复：{ $reason }
notice-done = 完成。
notice-not-running = 后台服务未运行；请先启动它。
notice-log-minutes = 分钟：{ $value } 不是 { $min } 到 { $max } 之间的数字。

## Typed times and the terminal guide.

time-not-a-time = { $text } 不是时间（例如 14:30、"2:30 PM"、"2026-11-23 09:00" 或 2026-11-23T09:00:00+01:00）
time-in-gap = { $text } 在此时区不存在（夏令时调整时会跳过）
guide-keys = 按键：空格 暂停/继续 · n 下一步 · q 停止
