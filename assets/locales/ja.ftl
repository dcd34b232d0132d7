### Second Heart: 日本語。

## 時刻と日付。日付パターンは strftime 形式。

time-12h = { $period }{ $time }
time-am = 午前
time-pm = 午後
date-long = %-m月%-d日 %A
date-short = %-m月%-d日(%a)
date-day-month = %-m月%-d日
date-weekday = %a
date-month = %-m月

## 組み込みの運動。ユーザーが名前を変えた場合はその名前が使われます。

exercise-ankle-rotations-name = 足首回し
exercise-ankle-rotations-instruction = 座ったまま、足首を時計回り、次に反時計回りに回します。
exercise-ankle-rotations-how-to = 背すじを伸ばして座り、片足を床から少し浮かせます。つま先でゆっくり大きな円を描きます。時計回り、次に反時計回りです。足を替えて同じように行います。会議中でも目立たずにできます。
exercise-calf-raises-name = かかと上げ
exercise-calf-raises-instruction = 立ってつま先立ちになり、かかとを高く上げてゆっくり下ろします。
exercise-calf-raises-how-to = まっすぐ立ちます。段差があれば段の上に立ちます。できるだけ高くつま先立ちになり、ゆっくりかかとを下ろします。段の上では、かかとを段の縁より下まで下ろします。机や壁につかまってバランスをとります。歯みがき中にもできます。
exercise-soleus-stretch-name = ふくらはぎストレッチ（膝曲げ）
exercise-soleus-stretch-instruction = 膝を曲げ、かかとは床につけたまま。ふくらはぎの下の奥が伸びるのを感じます。
exercise-soleus-stretch-how-to = 片足を後ろに引き、両膝を曲げます。後ろ足のかかとは床につけたままにします。ふくらはぎの下のほうの奥が伸びます。これがヒラメ筋です（膝を伸ばしたストレッチでは、代わりに腓腹筋が伸びます）。その姿勢を保ち、脚を替えます。歩いた後におすすめです。
exercise-brisk-walk-name = 早歩き
exercise-brisk-walk-instruction = 早足で歩き、5分ごとにペースを変えます。
exercise-brisk-walk-how-to = 息が弾むけれど会話はできる程度のペースで歩きます。5分ごとに早歩きとゆっくり歩きを交互に行います（インターバル）。電話をしながら歩いた分もカウントされます。
exercise-cycling-name = サイクリング
exercise-cycling-instruction = 自転車に乗った時間（分）を記録します。目標は週150分です。
exercise-cycling-how-to = エアロバイクまたは屋外の自転車を中程度の強度でこぎます。息が弾むけれど会話はできる程度です。関節への負担が少ない運動です。終わったら時間（分）を記録します。週の目標は150分です。
exercise-legs-up-name = 脚を高くして休む
exercise-legs-up-instruction = 横になるか後ろにもたれて、脚を腰より高く上げます。
exercise-legs-up-how-to = 長時間座り続けた後に、床に横になってふくらはぎを椅子にのせるか、脚を壁に沿わせて上げます。または、後ろにもたれて足を台にのせます。重力の助けで脚の血液が心臓に戻りやすくなります。

## 運動量：1回のセッションで行う量。

dose-sets-of-reps = { $sets }セット×{ $reps }回
dose-circles-each-way = 各方向{ $circles }回
dose-seconds-each-leg = 左右各{ $seconds }秒
dose-minutes = { $minutes }分

## ルール：運動の予定を短く表したもの。

rule-every-sitting = 着席{ $span }ごと
rule-every-hour-at = 毎時{ $minute }分
rule-every-clock = { $time }から{ $span }ごと
rule-at-times = { $times }に
rule-weekly-target = 週{ $minutes }分（{ $time }に確認）
rule-on-days = { $rule }、{ $days }
rule-any-time = { $rule }、終日
rule-in-ranges = { $rule }、{ $ranges }
# rule-every-sitting と rule-every-clock の中の時間の長さ。
span-hour = 1時間
span-hours = { $hours }時間
span-minutes = { $minutes }分
days-every-day = 毎日
days-weekdays = 月〜金

## 期間と、現在からの相対的な時刻。

relative-now = 今
relative-minutes = { $minutes }分後
relative-hours = { $hours }時間後
relative-hours-minutes = { $hours }時間{ $minutes }分後
relative-days = { $days }日後

## `second-heart status` と `upcoming`。

upcoming-none = 予定されている通知はありません。すべての運動が無効か、ルールがありません。
upcoming-today = 今日
upcoming-tomorrow = 明日
status-no-streak = 連続記録なし
status-streak = { $days }日連続
status-best = （最高{ $days }日）
# 1行目：日付、今日の進み具合、連続記録。
status-headline = { $date } · { $total }件中{ $done }件完了 · { $streak }
status-paused = { $time }まで一時停止中
status-busy = { $time }まで通話中または閲覧中：入力のない時間も座っている時間として数えます
status-guided = { $name }（{ $dose }）を実施中：{ $step }、ステップ{ $number }/{ $steps }
status-sitting-since = { $time }から着席中
status-away = 離席中
status-sources = 検出元：アイドル { $idle } · ロック { $lock } · 全画面 { $fullscreen }
status-nothing-today = 今日の予定はありません。
item-done = 完了
item-done-with = 完了（{ $what }）
item-skipped = スキップ
item-missed = 未実施
item-due = 今すぐ · { $dose }
item-snoozed = { $time }までスヌーズ
item-upcoming = 予定
status-next = 次の通知：{ $time }に{ $name }（{ $relative }）
status-week-target = 今週：{ $name } { $minutes }/{ $target }分（{ $percent }%）
status-weeks = 通知の実施率（過去4週間）：{ $rates }
status-suggestion = もう少し増やしてみませんか？{ $name }：過去7日間のうち{ $days }日で全量を達成しました。{ $suggested }を試してみましょう（second-heart dose { $exercise } "{ $dose }"）

## 通知：運動のお知らせとそのボタン。

prompt-summary = { $name } — { $dose }
prompt-unsaved = 前回の回答を保存できませんでした（{ $reason }）。{ $instruction }
prompt-reminder = リマインダー：{ $time }から実施待ちです。{ $instruction }
action-open = 開く
action-start = 開始
action-done = 完了
action-snooze = { $minutes }分スヌーズ
action-skip = スキップ
sample-summary = Second Heart：通知のサンプル
sample-body = 足首回し — 各方向10回。
    通知はこのように表示されます。

## ガイド付きセッション：各ステップと、そのつど表示される合図。

# $foot は guide-right か guide-left、$way は guide-clockwise か guide-counter-clockwise。
guide-foot-way = { $foot }足、{ $way }
guide-right = 右
guide-left = 左
guide-clockwise = 時計回り
guide-counter-clockwise = 反時計回り
guide-circles-detail = { $way }にゆっくり{ $circles }回、1周約{ $seconds }秒
guide-switch-feet = 足を替える
guide-switch-feet-detail = 右足を下ろし、左足を上げます
guide-rest = 休憩
guide-rest-detail = ふくらはぎを軽く振ってほぐします。次は{ $set }/{ $sets }セット目
guide-reps = { $reps }回
guide-set = { $set }/{ $sets }セット目
guide-reps-detail = { $reps }回：上げる{ $up }秒、下ろす{ $down }秒
guide-right-leg = 右脚
guide-left-leg = 左脚
guide-hold-right = 右脚のストレッチを{ $seconds }秒保ちます
guide-hold-left = 左脚のストレッチを{ $seconds }秒保ちます
guide-switch-legs = 脚を替える
guide-switch-legs-detail = 反対の足を後ろに引きます
guide-minutes = { $minutes }分
guide-brisk = 早歩き
guide-brisk-detail = 息が弾むけれど会話はできる程度で：{ $minutes }分
guide-easy = ゆっくり歩き
guide-easy-detail = 楽に歩いて呼吸を整えます：{ $minutes }分
guide-timing = 計測中
guide-timing-detail = 時間を計測しています。終わったら停止してください
guide-done = 完了
guide-well-done = { $name }：お疲れさまでした
# ステップで数えるもの：$unit は "circles"（回す回数）か "reps"（反復回数）。
guide-count = { $done }/{ $total }{ $unit ->
    [circles] 回
   *[reps] 回
    }
guide-left-time = 残り{ $time }
guide-paused = 一時停止中
guide-up = 上げる
guide-down = 下ろす
cue-summary = { $name } — { $step }
cue-next = { $detail }
    次：{ $next }
cue-finished = { $name } — 終了
cue-correct = { $said }
    途中で終えましたか？ウィンドウで時間（分）を修正してください（または `second-heart session correct MINUTES`）。
guide-sets-done = { $sets }セット中{ $done }セット完了
guide-step-of = （ステップ{ $step }/{ $steps }）

## ウィンドウ：今日。

today-paused = 通知は{ $time }まで一時停止中です。
today-resume = 再開
today-sources = 検出元：アイドル { $idle } · ロック { $lock } · 全画面 { $fullscreen }
today-no-streak = 連続記録なし
today-streak = { $days }日連続
today-progress = 今日は{ $total }件中{ $done }件完了
today-next = 次の通知（{ $relative }）：{ $time }に{ $name }
today-no-more = 予定されている通知はもうありません。
today-nothing-due = 今やることはありません。
today-due-since = { $instruction } · { $time }から実施待ち
today-start = 開始
today-start-hint = { $name }を今すぐ、ステップごとのガイド付きで行います
today-start-disabled = ガイド付きセッションを実行中です
today-done = 完了
today-done-hint = { $name }を完了
today-snooze = { $minutes }分スヌーズ
today-skip = スキップ
today-checklist = 今日のマイクロセッション
today-nothing-scheduled = 今日の予定はありません。
today-item-done = 完了
today-item-skipped = スキップ
today-item-missed = 未実施
today-item-due = 今すぐ
today-item-snoozed = { $time }までスヌーズ
today-log-title = ウォーキングやサイクリングを記録
today-log-activity = 運動
today-log-minutes = 時間（分）
today-log = 記録
today-week-target = { $name }：今週 { $minutes }/{ $target }分
today-paused-short = { $time }まで一時停止中です。
today-resume-prompts = 通知を再開
today-break-title = 通知を少し休みますか？
today-pause-hour = 1時間停止
today-pause-tomorrow = 明日まで停止

## ウィンドウ：スケジュール。
## schedule-dose-hint の $examples は、ユーザーの言語で表示される運動量。

schedule-title = スケジュール
schedule-to-fix = 保存前に修正が必要な項目：{ $count }件
schedule-unsaved = 未保存の変更があります
schedule-saved = すべての変更を保存しました
schedule-revert = 元に戻す
schedule-save = 保存
schedule-reload = 再読み込み
schedule-keep-mine = 自分の変更を残す
schedule-fix-first = 保存する前に、赤で示された項目を修正してください。
schedule-this-computer = このコンピューターの設定
schedule-at-once = ここでの設定はすぐに反映されます。「保存」は不要です。
schedule-autostart = ログイン時にリマインダーを開始
schedule-autostart-hint = ログイン時にバックグラウンドのデーモンを起動します
schedule-working-hours = 勤務時間
schedule-working-hours-hint = 09:00-12:30, 13:30-17:30 のように時間帯を入力します。休みの日は空欄にします。
schedule-breaks = 休憩・スヌーズ・通知の保留
schedule-idle = 離席とみなすまでの時間（分）
schedule-snooze = スヌーズの長さ（分）
schedule-remind = 再通知までの時間（分、0で再通知しない）
schedule-quiet = 応答不可モード中や全画面表示中は通知を保留
schedule-quiet-hint = プレゼンテーションやビデオ通話を妨げません。保留された通知は、終了後も時間内であれば1回だけ表示されます。
schedule-sound = デスクトップの通知音を鳴らす
schedule-preview = この設定での次の通知
schedule-preview-fix = プレビューを表示するには、マークされた項目を修正してください。
schedule-preview-none = 通知はありません。すべての運動がオフか、ルールがありません。
schedule-exercises = 運動
schedule-dose = 運動量
schedule-dose-hint = 例：{ $examples }
schedule-add-rule = { $name }にルールを追加
schedule-pace-circle = ガイドのペース：1周の秒数
schedule-pace-up = ガイドのペース：上げる秒数
schedule-pace-down = 下ろす秒数
schedule-pace-rest = セット間の休憩（秒）
schedule-pace-interval = ガイド：ペースを変える間隔（分、0で一定）
schedule-when = タイミング
schedule-minutes = 時間（分）
schedule-every-minutes = 間隔（分）
schedule-at-minute = 毎時の分
schedule-times = 時刻
schedule-minutes-week = 週の時間（分）
schedule-check-at = 確認時刻
schedule-remove = 削除
schedule-remove-hint = { $name }のこのルールを削除
schedule-only-on = 曜日を指定
schedule-working-days = 勤務日
schedule-hours = 時間帯
schedule-hours-working = 勤務時間
schedule-hours-any = いつでも
schedule-hours-ranges = 指定した時間帯
schedule-ranges = 範囲
rule-kind-sitting = 着席N分ごと
rule-kind-clock = 時刻を基準にN分ごと
rule-kind-times = 決まった時刻に
rule-kind-weekly = 週の目標
theme-label = ウィンドウのテーマ
theme-system = デスクトップに合わせる
theme-light = ライト
theme-dark = ダーク
schedule-region = 言語と地域
schedule-language = 言語
schedule-clock = 時刻の表示
schedule-week-start = 週の始まり
# $value はデスクトップのロケールの値。例："日本語"、"24時間制"。
region-like-desktop = デスクトップに合わせる（{ $value }）
clock-12h = 12時間制（午後2:30）
clock-24h = 24時間制（14:30）

## ウィンドウ：外枠。

tab-today = 今日
tab-schedule = スケジュール
tab-exercises = 運動
tab-history = 履歴
close-title = 閉じる前にスケジュールの変更を保存しますか？
close-detail = 「スケジュール」タブに未保存の変更があります。破棄すると変更は失われます。
close-save = 保存して閉じる
close-discard = 破棄して閉じる
close-cancel = キャンセル
daemon-not-running = バックグラウンドのデーモンが実行されていません。
daemon-not-running-detail = 通知はデーモンの実行中にだけ届きます。起動すると今日のセッションが表示されます。
daemon-not-started = バックグラウンドのデーモンを起動できませんでした。
daemon-not-answering = バックグラウンドのデーモンが応答しません。
daemon-restart = 再起動
daemon-start = 起動
daemon-try-again = 再試行

## ウィンドウ：履歴。

history-title = 履歴
history-last-weeks = 過去{ $weeks }週間
history-days = { $days }日
history-streaks = 連続記録
history-none-on = オンになっている運動はありません。
history-exercise = 運動
history-current = 現在
history-best = 最高
history-active-minutes = 週ごとの活動時間
history-target-line = 破線：目標 週{ $target }分
history-no-weeks = 表示できる週がありません。
history-week-of = { $date }の週
history-bar = { $week }：{ $minutes }分
history-target = 目標{ $target }分
history-active-none = 活動時間は、週の目標がある運動の時間（分）です。週の目標がある運動はありません。
history-active-one = 活動時間：週の目標がある運動、{ $name }の時間（分）です。
history-active-many = 活動時間：週の目標がある運動、{ $names }と{ $last }の時間（分）です。
history-summary = 週ごとの活動時間：今週{ $minutes }分
history-summary-target = { $summary }（目標{ $target }分）
history-summary-average = { $summary }。{ $weeks }週間の平均は週{ $average }分
history-prompts-done = 通知の実施状況
history-completion = { $weeks }週間で{ $percent }（{ $asked }件中{ $done }件）
history-this-week = 今週
history-last-week = 先週
history-done-of = { $asked }件中{ $done }件
history-no-prompts = 通知なし
history-export = エクスポート
history-no-home = エクスポートできません：ホームフォルダーが見つかりません（HOME は設定されていますか？）
history-export-where = 記録されたすべてのセッションを表計算ファイル（CSV）として{ $folder }に保存します。
history-export-button = CSVをエクスポート
history-documents = ドキュメントフォルダー（{ $path }）
history-home = ホームフォルダー（{ $path }）
history-cannot-export = エクスポートできません：{ $reason }
history-exported = { $count }件のセッションを{ $path }にエクスポートしました
heat-before-first = { $date }：最初のセッションより前
heat-done = { $count }件完了
heat-skipped = { $count }件スキップ
heat-missed = { $count }件未実施
heat-minutes = { $minutes }分
heat-rest-day = 休みの日
heat-title = 実施した日
heat-nothing = まだ記録がありません。
heat-days-done = 開始以来、予定のあった{ $scheduled }日のうち{ $done }日に運動を実施しました。
heat-less = 少
heat-more = 多
heat-none-done = 完了なし
heat-one-done = 1件完了
heat-two-three = 2〜3件完了
heat-four-more = 4件以上完了
heat-rest-hint = その日は予定がないか、最初のセッションより前です
heat-rest-legend = 休みの日、または開始前

## ウィンドウ：ガイド付きセッション。

player-illustration = イラスト：{ $name }
player-next = 次：{ $next }
player-last = 最後のステップ
player-step = ステップ{ $step }/{ $steps } · { $next }
player-resume = 再開
player-pause = 一時停止
player-skip = ステップをスキップ
player-stop = 停止
player-stop-hint = セッションを終了し、実施した分を記録します
player-paused = 一時停止中
player-left-in = { $step }：残り{ $time }
player-so-far = 経過{ $time }
player-ran-by-itself = { $name }のタイマーが{ $minutes }分間最後まで進んだため、{ $minutes }分を記録しました。
player-stopped-earlier = 途中でやめた場合は、実施した時間（分）を入力してください。
player-minutes = 時間（分）
player-correct = 修正
player-not-number = 時間（分）：{ $value }は整数ではありません
player-keep = { $minutes }分のままにする

## コマンドへの応答（コマンドライン、ウィンドウ、トレイから）。

reply-done = { $name }（{ $what }）を{ $time }に完了しました。
reply-done-streak = { $name }（{ $what }）を{ $time }に完了しました。{ $days }日連続です。
reply-skipped = { $name }を{ $time }にスキップしました。
reply-snoozed-one = { $name }を{ $time }にスヌーズしました。
reply-missed = { $name }を{ $time }に未実施として記録しました。
# $outcome は outcome-done、outcome-skipped、outcome-snoozed、outcome-missed のいずれか。
reply-already = { $name }はすでに{ $outcome }として記録済みです（{ $time }{ $by }）。今回は何も記録していません。
outcome-done = 完了
outcome-skipped = スキップ
outcome-snoozed = スヌーズ
outcome-missed = 未実施
by-cli = { " " }コマンドラインから
by-window = { " " }ウィンドウから
by-notification = { " " }通知から
by-tray = { " " }トレイから
reply-nothing-due = 今やることはありません。
reply-snoozed = { $time }までスヌーズしました：{ $names }。
reply-not-due = snooze: { $name }は今は実施予定ではありません{ $next }。スヌーズしたものはありません
reply-next-at = { " " }(次回は{ $time })
reply-next-on = { " " }(次回は{ $time })
reply-paused = { $time }まで一時停止しました。`second-heart resume` で通知を再開します。
reply-resumed = 再開しました。
reply-not-paused = 一時停止していません。
reply-say-which = 今は実施待ちの運動はありません。{ $verb ->
    [skip] スキップする運動を指定してください
    [start] 開始する運動を指定してください
   *[done] 完了にする運動を指定してください
    }
reply-which-due = { $count }件が実施待ちです。どれか指定してください：{ $ids }

## コマンドラインのメッセージ。

cli-not-running = バックグラウンドのデーモンが実行されていません。
cli-still-running = バックグラウンドのデーモンに停止を要求しましたが、{ $seconds }秒後もまだ実行中です
cli-dose-changed = { $name }：運動量を{ $from }から{ $to }に変更しました。
cli-fix-first = { $file } にエラーがあります。先に修正してください（`second-heart config check`）：
cli-no-file = { $file }：ファイルがありません。既定の設定で動作します
cli-unknown-field = { $file }：不明な項目 { $field } を無視しました
cli-valid = { $file }：問題ありません
cli-invalid = { $file } は無効です：
cli-compacted = { $file }：読み取れない行を{ $count }行削除しました。元のファイルは { $backup } として残してあります
cli-nothing-to-compact = { $file }：整理の必要はありません
cli-warning = 警告：{ $text }
cli-without-daemon = { $why }。バックグラウンドのデーモンを介さず、ファイルを直接操作します
daemon-stopping = バックグラウンドのデーモンを停止します。
daemon-reloaded = 設定を再読み込みしました。
daemon-sample-sent = { $server } に通知のサンプルを送信しました。

## モーメント：会議、通話、日課。

action-later = 後で
action-no = いいえ
schedule-in-meetings = 会議・通話・閲覧中
schedule-in-meetings-hint = 控えめな提案：座ってできる運動は控えめに通知します（音なし、低い緊急度）。立って行う運動は終わるまで待ちます。すべて保留：終わるまで何も通知しません。
schedule-walk-in-calls = 通話中にウォーキングを提案
status-context-said = 状況：{ $time }まで{ $context }（申告済み）：入力のない時間も座っている時間として数えます
status-context = 状況：{ $context }
anchored-done = 完了（{ $when }）
anchored-not-today = 今日はなし
anchored-tick = 完了にするには：second-heart done { $exercise } --anchor { $routine }
place-seated = 座ったまま（目立たない）
place-standing = 立って
place-away = デスクを離れて
place-lying = 横になる／もたれる
situation-desk = デスクで作業中
situation-meeting = 会議中
situation-call = 通話中
situation-reading = 閲覧中
situation-away = 離席中
busy-meeting = 会議中
busy-call = 通話中
busy-reading = 閲覧中
policy-off = 通常どおり通知
policy-quiet = 控えめな提案
policy-hold = すべて保留
routine-morning = 朝の歯みがき中
routine-evening = 夜の歯みがき中
routine-after-lunch = 昼食後
routine-kettle = お湯が沸くまでの間
when-this-morning = 今朝
when-lunchtime = 昼食時
when-this-afternoon = 今日の午後
when-this-evening = 今晩
quiet-meeting = 会議中：机の下で{ $name }、{ $dose }
quiet-call = 通話中：机の下で{ $name }、{ $dose }
quiet-reading = 閲覧中：机の下で{ $name }、{ $dose }
quiet-body = 目立たずにできます：{ $instruction }
offer-walk = この通話中に歩きませんか？
offer-other = この通話中に{ $name }をしませんか？
offer-body = { $name } — { $dose }。開始して、話しながら歩きましょう。歩いた時間は今日のウォーキングと今週の活動時間に加算されます。
morning-question = 今朝、歯みがき中に{ $names }をしましたか？
morning-body = 行った場合は完了にしてください（{ $routine }）。
list-and = { $first }と{ $last }

## トレイアイコンのツールチップとメニュー。

tray-due-item = { $name } — { $dose }
tray-next = { $time }に{ $name }
tray-guided = { $name }：{ $step }（ステップ{ $number }/{ $steps }）
tray-done-today = 今日は{ $total }件中{ $done }件完了
tray-streak = { $summary } · { $days }日連続
tray-doing = 実施中：{ $what }
tray-doing-paused = 一時停止中：{ $what }
tray-due-one = 今すぐ：{ $what }
tray-unshown = 通知を表示できません。このメニューから回答してください
tray-due-many = { $count }件のセッションが実施待ちです
tray-not-saved = 未保存：{ $problem }
tray-busy-until = { $time }まで{ $mode }
tray-paused-until = { $time }まで一時停止中
tray-holding = 通知を保留中：{ $why }
tray-next-line = 次：{ $next }
tray-open = Second Heart を開く
tray-resume-session = 再開：{ $what }
tray-pause-session = 一時停止：{ $what }
tray-skip-step = 次のステップへスキップ
tray-stop-session = セッションを停止（実施した分を記録）
tray-start = 開始：{ $what }
tray-done = 完了：{ $what }
tray-skip = スキップ：{ $what }
tray-snooze = { $minutes }分スヌーズ
tray-snooze-all = すべて{ $minutes }分スヌーズ
tray-resume = 通知を再開（{ $time }まで一時停止中）
tray-pause-hour = 1時間停止
tray-pause-tomorrow = 明日まで停止
tray-no-longer = { $situation }を解除（{ $time }まで）
tray-busy-hour = { $mode }（1時間）
tray-quit = Second Heart を終了

## ウィンドウと応答でのモーメント。

today-routines = 日課と一緒に
today-routine-item = { $name } — { $routine }
today-routine-done = 完了（{ $when }）
today-routine-not-today = 今日はなし
today-routine-tick = 完了：{ $name }（{ $routine }）
today-routine-tick-hint = 完了にします。日課のいつもの時刻で記録されます
today-busy-until = { $time }まで{ $mode }です。
today-busy-off = 解除
today-busy-hour = { $mode }（1時間）
today-busy-hint = キーボードやマウスの入力がない時間も座っている時間として数えます。座ってできる運動は控えめな提案として届き、それ以外は終了後に届きます
history-sessions = { $count }回
history-in-meetings = 会議中に{ $sessions }
history-in-calls = 通話中に{ $sessions }
history-moments-week = 今週：{ $parts }
busy-no-longer = { $situation }を解除しました。入力のない時間は再び休憩として数えます。
busy-not-busy = 会議・通話・閲覧中の設定はありません。
busy-prompts-usual = 通知は通常どおり届きます
busy-prompts-wait = 通知はそれまで保留されます
busy-prompts-call = 座ってできる運動は控えめな提案として届き、ウォーキングが提案され、それ以外はそれまで保留されます
busy-prompts-quiet = 座ってできる運動は控えめな提案として届き、それ以外はそれまで保留されます
busy-set = { $time }まで{ $mode }：入力のない時間も座っている時間として数えます。{ $prompts }。`second-heart busy off` で解除します。

## 初回起動：ようこそ画面とスタートプラン。

welcome-start = 開始
welcome-title = Second Heart へようこそ
welcome-intro = ふくらはぎの筋肉は「第二の心臓」です。筋肉が収縮するたびに、脚の血液が心臓へ押し戻されます。長時間座り続けると、血液が脚にたまります。1日を通して短い運動をこまめに行うと、このポンプが働き続けます。強度よりも続けることが大切です。
welcome-safety = これは医学的な助言ではありません。深部静脈血栓症（DVT）、心不全、脚の痛みの既往がある方は、運動習慣を変える前に医師などの医療専門職にご相談ください。
welcome-choose = 始め方を選んでください。すべて後から変更できます。
welcome-moments = 日常に組み込む
starter-gentle = ゆるめ
starter-standard = 標準
starter-active = しっかり
starter-gentle-summary = 着席90分ごとに足首回し、1日1回かかと上げ、毎日のウォーキング。
starter-standard-summary = 着席1時間ごとに足首回し、1日2回かかと上げとふくらはぎストレッチ、毎日のウォーキング、長く座った後に脚を高くして休む。
starter-active-summary = 45分ごとに足首回し、1日3回かかと上げ、ストレッチを1日2回、ウォーキングと脚を高くして休む。
moment-meetings = 会議中に足首回し
moment-meetings-detail = 会議中は、座ってできる運動を控えめな提案として通知し、それ以外は終わるまで待ちます。
moment-brushing-teeth = 歯みがき中にかかと上げ
moment-brushing-teeth-detail = 決まった時刻ではなく朝と夜に。後で「今日」タブで完了にします。
moment-calls = 電話中にウォーキング
moment-calls-detail = 通話が始まると、ガイド付きのウォーキングを提案します。歩いた時間も記録されます。

## ウィンドウ：運動。

exercises-title = 運動
exercises-cannot-show = 保存されたスケジュールを表示できません。「スケジュール」タブを確認してください。
exercises-unsaved = 「スケジュール」タブに未保存の変更があります。このページには現在有効なスケジュールが表示されています。
exercises-open-schedule = 「スケジュール」タブを開く
exercises-intro = 短い運動をこまめに行うと、ふくらはぎの筋ポンプが働きます。これは医学的な助言ではありません。深部静脈血栓症（DVT）、心不全、脚の痛みの既往がある場合は、習慣を変える前に医師などの医療専門職にご相談ください。
exercises-off = （オフ）
exercises-changed = 「スケジュール」タブで変更済み（未保存）
exercises-no-rules = ルールなし：通知されません
exercises-when = タイミング：{ $when }
exercises-where = 場所：{ $place }
exercises-with = { $where } · 日課：{ $routines }
exercises-start = { $name }を開始
exercises-start-hint = 今すぐ、ステップごとのガイド付きで行います
exercises-start-disabled = ガイド付きセッションを実行中です
exercises-edit = { $name }を編集
exercises-add-title = 自分の運動を追加
exercises-name = 名前
exercises-name-hint = デスクでスクワット
exercises-dose = 運動量
exercises-instruction = 1行の説明
exercises-instruction-hint = 通知に表示されます
exercises-how-to = やり方
exercises-every = 着席N分ごと
exercises-where-label = 場所
# 日課の語は英語のまま（アプリが読み取ります）。区切りは半角カンマ。
exercises-routines = 日課
exercises-routines-hint = morning, evening, after-lunch, kettle または独自の名前
exercises-logged = 後で時間（分）を記録する（ウォーキングのように）
exercises-give-name = 名前を付けてください。
exercises-exists = { $name }という運動はすでにあります。
exercises-dose-problem = 運動量：{ $problem }
exercises-routines-problem = 日課：{ $problem }
exercises-every-problem = 着席N分ごと：{ $min }～{ $max }の数値を入力してください。
exercises-save = 変更を保存
exercises-add = 運動を追加
exercises-cancel = キャンセル

## Why prompts are held.

quiet-reason-dnd = 応答不可モードがオンです
quiet-reason-dnd-dunst = 応答不可モードがオンです（dunst が一時停止中）
quiet-reason-dnd-gnome = 応答不可モードがオンです（GNOME）
quiet-reason-fullscreen = 全画面表示のウィンドウが前面にあります
quiet-reason-camera = カメラが使用中です（通話中？）
quiet-reason-awake = { $app } が画面をオンのままにしています
quiet-reason-presentation = プレゼンテーション設定がオンです
quiet-reason-quiet-time = セットアップまたはアップグレード後の Windows の静かな時間

## Guided sessions and routines: replies.

guided-started = { $name } を開始しました（{ $dose }{ $length }）：{ $step }。
guided-paused = { $name } を一時停止しました：{ $step }。
guided-resumed = { $name } を再開しました：{ $step }。
guided-on-to = { $name }：次は { $step }。
guided-too-short = { $name } を { $time } で終了しました：短すぎるため記録しません。
guided-not-saved = 保存できませんでした：{ $reason }
guided-kept = そのままにしました：{ $name }、{ $minutes }分。
guided-corrected = 修正しました：{ $name }、{ $minutes }分（修正前 { $was }分）。
guided-running = start：{ $name } を実行中です。先に停止してください（`second-heart session stop`）
guided-none = session：実行中のガイド付きセッションはありません
anchored-reply-done = 完了：{ $name }（{ $routine }、{ $when }）。
anchored-reply-not-done = 記録しました：{ $name }（{ $routine }）は今日はしませんでした。

## Notices in the window.

notice-saved-elsewhere = { $file } はその間に別の場所（second-heart コマンドまたは別のウィンドウ）で保存されました。そのまま残してここに表示します。{ $starter } のテンプレートは適用されていません。
notice-starter-saved = スケジュール「{ $starter }」を保存しました。通知はデスクトップ通知で届きます。そこかここで完了にしてください。
notice-clash = 開いてから設定が変更されました（{ $fields }）。再読み込みするか、自分の変更を保持してください。
notice-saved = 保存しました。
notice-saved-merged = 保存しました（その間に別の場所で行われた変更も含みます）。
notice-clash-first = スケジュールタブの保存が別の場所での変更と競合しています。先にそちらで再読み込みするか、自分の変更を保持してください。
notice-own-clash = { $name } はその間に別の場所で変更されました（{ $fields }）。何も保存していません。
notice-own-saved = { $name } を保存しました。
notice-own-added = { $name } を追加しました。
notice-in-effect = { $saved } 新しいスケジュールが有効になりました。
notice-when-daemon-starts = { $saved } バックグラウンドサービスの起動時に有効になります。
notice-daemon-said = { $saved } ただしバックグラウンドサービスの応答：{ $reason }
notice-done = 完了しました。
notice-not-running = バックグラウンドサービスが動いていません。先に起動してください。
notice-log-minutes = 時間（分）：{ $value } は { $min }～{ $max } の数値ではありません。

## Typed times and the terminal guide.

time-not-a-time = { $text } は時刻ではありません（例：14:30、"2:30 PM"、"2026-11-23 09:00"、2026-11-23T09:00:00+01:00）
time-in-gap = { $text } はこのタイムゾーンに存在しません（夏時間の切り替えで飛ばされる時刻です）
guide-keys = キー：スペース 一時停止/再開 · n 次のステップ · q 終了
