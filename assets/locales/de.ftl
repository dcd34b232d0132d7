### Second Heart: Deutsch.

## Uhrzeiten und Datum. Datumsmuster sind strftime-Muster; die Namen kommen
## aus dem Gebietsschema der Sprache.

time-12h = { $time } { $period }
time-am = AM
time-pm = PM
date-long = %A, %-d. %B
date-short = %a, %-d. %b
date-day-month = %-d. %b
date-weekday = %a
date-month = %b

## Die eingebauten Übungen. Wer eine umbenennt, behält den eigenen Namen.

exercise-ankle-rotations-name = Fußkreisen
exercise-ankle-rotations-instruction = Im Sitzen: Kreise mit jedem Fuß erst im, dann gegen den Uhrzeigersinn.
exercise-ankle-rotations-how-to = Setz dich aufrecht hin und heb einen Fuß leicht vom Boden ab. Zeichne mit den Zehen langsam große Kreise: erst im, dann gegen den Uhrzeigersinn. Dann den Fuß wechseln. Geht auch unbemerkt im Meeting.
exercise-calf-raises-name = Zehenstand
exercise-calf-raises-instruction = Im Stehen: Geh hoch auf die Zehenspitzen, senk dich langsam ab.
exercise-calf-raises-how-to = Stell dich aufrecht hin, wenn möglich auf eine Stufe. Geh so hoch auf die Zehenspitzen, wie du kannst, und senk dich dann langsam ab; auf einer Stufe lass die Fersen unter die Kante sinken. Halte dich zum Ausbalancieren am Tisch oder an der Wand fest. Geht auch beim Zähneputzen.
exercise-soleus-stretch-name = Wadendehnung, Knie gebeugt
exercise-soleus-stretch-instruction = Knie gebeugt, Ferse am Boden: Du spürst es tief in der unteren Wade.
exercise-soleus-stretch-how-to = Mach mit einem Fuß einen Schritt nach hinten und beuge beide Knie; die hintere Ferse bleibt am Boden. Du spürst die Dehnung tief in der unteren Wade: Das ist der Schollenmuskel. (Mit gestrecktem Knie dehnst du stattdessen den Zwillingswadenmuskel.) Halten, dann das Bein wechseln. Gut nach einem Spaziergang.
exercise-brisk-walk-name = Zügiges Gehen
exercise-brisk-walk-instruction = Geh zügig; wechsle alle 5 Minuten das Tempo.
exercise-brisk-walk-how-to = Geh so schnell, dass du stärker atmest, aber noch sprechen kannst. Wechsle alle 5 Minuten zwischen zügig und locker (Intervalle). Auch Gehen beim Telefonieren zählt.
exercise-cycling-name = Radfahren
exercise-cycling-instruction = Trag die Minuten deiner Fahrt ein; Ziel: 150 pro Woche.
exercise-cycling-how-to = Fahr auf dem Heimtrainer oder draußen mit moderater Anstrengung: stärker atmen, aber noch sprechen können. Schont die Gelenke. Trag die Minuten danach ein; das Wochenziel ist 150.
exercise-legs-up-name = Beine hochlegen
exercise-legs-up-instruction = Leg dich hin oder lehn dich zurück, die Beine über Hüfthöhe.
exercise-legs-up-how-to = Leg dich nach langem Sitzen auf den Boden, die Waden auf einem Stuhl oder die Beine an der Wand hoch, oder lehn dich zurück, die Füße auf einem Hocker. So hilft die Schwerkraft dem Blut aus den Beinen zurück.

## Dosis: wie viel eine Einheit ist.

dose-sets-of-reps = { $sets ->
    [one] 1 Satz à { $reps }
   *[other] { $sets } Sätze à { $reps }
    }
dose-circles-each-way = { $circles ->
    [one] 1 Kreis je Richtung
   *[other] { $circles } Kreise je Richtung
    }
dose-seconds-each-leg = { $seconds } Sek. je Bein
dose-minutes = { $minutes } Min.

## Regeln: wann eine Übung fällig ist, in wenigen Worten.

rule-every-sitting = nach je { $span } Sitzen
rule-every-hour-at = stündlich um :{ $minute }
rule-every-clock = alle { $span } ab { $time }
rule-at-times = um { $times }
rule-weekly-target = { $minutes } Min. pro Woche (geprüft um { $time })
rule-on-days = { $rule } ({ $days })
rule-any-time = { $rule }, zu jeder Tageszeit
rule-in-ranges = { $rule }, { $ranges }
# Eine Zeitspanne in rule-every-sitting ("nach je einer Stunde Sitzen")
# und rule-every-clock.
span-hour = einer Stunde
span-hours = { $hours } Std.
span-minutes = { $minutes } Min.
days-every-day = täglich
days-weekdays = Mo–Fr

## Dauern und Zeitpunkte relativ zu jetzt.

relative-now = jetzt
relative-minutes = in { $minutes } Min.
relative-hours = in { $hours } Std.
relative-hours-minutes = in { $hours } Std. { $minutes } Min.
relative-days = { $days ->
    [one] in 1 Tag
   *[other] in { $days } Tagen
    }

## `second-heart status` und `upcoming`.

upcoming-none = Keine Erinnerungen geplant: Alle Übungen sind deaktiviert oder haben keine Regeln.
upcoming-today = Heute
upcoming-tomorrow = Morgen
status-no-streak = noch keine Serie
status-streak = { $days ->
    [one] Serie: 1 Tag
   *[other] Serie: { $days } Tage
    }
status-best = (Rekord { $days })
# Die erste Zeile: Datum, heutiger Fortschritt und Serie.
status-headline = { $date } · { $done } von { $total } erledigt · { $streak }
status-paused = Pausiert bis { $time }
status-busy = Im Gespräch oder beim Lesen bis { $time }: Zeit ohne Eingabe zählt als Sitzen
status-guided = { $name } ({ $dose }) läuft: { $step }, Schritt { $number } von { $steps }
status-sitting-since = Du sitzt seit { $time }
status-away = Nicht am Schreibtisch
status-sources = Quellen: Leerlauf { $idle } · Sperre { $lock } · Vollbild { $fullscreen }
status-nothing-today = Heute ist nichts geplant.
item-done = erledigt
item-done-with = erledigt, { $what }
item-skipped = übersprungen
item-missed = verpasst
item-due = jetzt fällig · { $dose }
item-snoozed = verschoben bis { $time }
item-upcoming = anstehend
status-next = Nächste Erinnerung: { $name }, { $time } ({ $relative })
status-week-target = Diese Woche: { $name } { $minutes } von { $target } Min. ({ $percent }%)
status-weeks = Erledigte Erinnerungen, letzte 4 Wochen: { $rates }
status-suggestion = Bereit für mehr? { $name }: volles Pensum an { $days } der letzten 7 Tage. Probier { $suggested } (second-heart dose { $exercise } "{ $dose }")

## Benachrichtigungen: die Erinnerung und ihre Schaltflächen.

prompt-summary = { $name } — { $dose }
prompt-unsaved = Deine letzte Antwort konnte nicht gespeichert werden ({ $reason }). { $instruction }
prompt-reminder = Kleine Erinnerung: seit { $time } fällig. { $instruction }
action-open = Öffnen
action-start = Starten
action-done = Erledigt
action-snooze = { $minutes } Min. später
action-skip = Überspringen
sample-summary = Second Heart: Beispiel-Erinnerung
sample-body = Fußkreisen — 10 Kreise je Richtung.
    So sehen Erinnerungen aus.

## Angeleitete Einheiten: die Schritte und die Hinweise bei jedem Schritt.

# $foot ist guide-right oder guide-left ("Rechter Fuß"); $way ist guide-clockwise
# oder guide-counter-clockwise.
guide-foot-way = { $foot } Fuß, { $way }
guide-right = Rechter
guide-left = Linker
guide-clockwise = im Uhrzeigersinn
guide-counter-clockwise = gegen den Uhrzeigersinn
guide-circles-detail = { $circles ->
    [one] 1 langsamer Kreis { $way }, etwa { $seconds } Sek.
   *[other] { $circles } langsame Kreise { $way }, je etwa { $seconds } Sek.
    }
guide-switch-feet = Fußwechsel
guide-switch-feet-detail = Setz den rechten Fuß ab und heb den linken an
guide-rest = Pause
guide-rest-detail = Schüttle die Waden aus; dann Satz { $set } von { $sets }
guide-reps = { $reps ->
    [one] 1 Wiederholung
   *[other] { $reps } Wiederholungen
    }
guide-set = Satz { $set } von { $sets }
guide-reps-detail = { $reps } Wdh.: { $up } Sek. hoch, { $down } Sek. runter
guide-right-leg = Rechtes Bein
guide-left-leg = Linkes Bein
guide-hold-right = Halte die Dehnung am rechten Bein { $seconds } Sek.
guide-hold-left = Halte die Dehnung am linken Bein { $seconds } Sek.
guide-switch-legs = Beinwechsel
guide-switch-legs-detail = Stell den anderen Fuß nach hinten
guide-minutes = { $minutes } Min.
guide-brisk = Zügiges Tempo
guide-brisk-detail = Stärker atmen, aber noch sprechen können: { $minutes } Min.
guide-easy = Lockeres Tempo
guide-easy-detail = Geh locker und komm wieder zu Atem: { $minutes } Min.
guide-timing = Stoppuhr
guide-timing-detail = Deine Minuten werden gemessen: Stoppe, wenn du fertig bist
guide-done = Fertig
guide-well-done = { $name }: gut gemacht
# Was in einem Schritt gezählt wird: $unit ist "circles" oder "reps".
guide-count = { $done }/{ $total } { $unit ->
    [circles] Kreise
   *[reps] Wdh.
    }
guide-left-time = noch { $time }
guide-paused = pausiert
guide-up = hoch
guide-down = runter
cue-summary = { $name } — { $step }
cue-next = { $detail }
    Danach: { $next }
cue-finished = { $name } — beendet
cue-correct = { $said }
    Früher aufgehört? Korrigiere die Minuten im Fenster (oder `second-heart session correct MINUTES`).
guide-sets-done = { $done } von { $sets } Sätzen erledigt
guide-step-of = (Schritt { $step } von { $steps })

## Das Fenster: Heute.

today-paused = Erinnerungen sind bis { $time } pausiert.
today-resume = Fortsetzen
today-sources = Quellen: Leerlauf { $idle } · Sperre { $lock } · Vollbild { $fullscreen }
today-no-streak = Noch keine Serie
today-streak = { $days ->
    [one] Serie: 1 Tag
   *[other] Serie: { $days } Tage
    }
today-progress = Heute { $done } von { $total } erledigt
today-next = Nächste Erinnerung { $relative }: { $name } um { $time }
today-no-more = Keine weiteren Erinnerungen geplant.
today-nothing-due = Gerade ist nichts fällig.
today-due-since = { $instruction } · fällig seit { $time }
today-start = Starten
today-start-hint = Mach jetzt { $name }, Schritt für Schritt angeleitet
today-start-disabled = Eine angeleitete Einheit läuft
today-done = Erledigt
today-done-hint = { $name } erledigt
today-snooze = { $minutes } Min. später
today-skip = Überspringen
today-checklist = Heutige Mini-Einheiten
today-nothing-scheduled = Heute ist nichts geplant.
today-item-done = erledigt
today-item-skipped = übersprungen
today-item-missed = verpasst
today-item-due = jetzt fällig
today-item-snoozed = verschoben bis { $time }
today-log-title = Spaziergang oder Radfahrt eintragen
today-log-activity = Aktivität
today-log-minutes = Minuten
today-log = Eintragen
today-week-target = { $name }: { $minutes } von { $target } Min. diese Woche
today-paused-short = Pausiert bis { $time }.
today-resume-prompts = Erinnerungen fortsetzen
today-break-title = Pause von den Erinnerungen?
today-pause-hour = 1 Stunde pausieren
today-pause-tomorrow = Bis morgen pausieren

## Das Fenster: Zeitplan.

schedule-title = Zeitplan
schedule-to-fix = { $count ->
    [one] 1 Feld vor dem Speichern korrigieren
   *[other] { $count } Felder vor dem Speichern korrigieren
    }
schedule-unsaved = Ungespeicherte Änderungen
schedule-saved = Alle Änderungen gespeichert
schedule-revert = Zurücksetzen
schedule-save = Speichern
schedule-reload = Neu laden
schedule-keep-mine = Meine Änderungen behalten
schedule-fix-first = Korrigiere vor dem Speichern die rot markierten Felder.
schedule-this-computer = Auf diesem Computer
schedule-at-once = Diese Einstellungen gelten sofort, unabhängig von „Speichern“.
schedule-autostart = Erinnerungen bei der Anmeldung starten
schedule-autostart-hint = Startet den Hintergrunddienst, wenn du dich anmeldest
schedule-working-hours = Arbeitszeiten
schedule-working-hours-hint = Zeiträume wie 09:00-12:30, 13:30-17:30. Lass einen Tag leer, wenn du frei hast.
schedule-breaks = Pausen, Verschieben und Ruhe
schedule-idle = Nicht am Schreibtisch nach (Minuten)
schedule-snooze = Verschieben um (Minuten)
schedule-remind = Erneut erinnern nach (Minuten, 0 = nie)
schedule-quiet = Erinnerungen bei „Nicht stören“ oder Vollbildfenstern zurückhalten
schedule-quiet-hint = Präsentationen und Videoanrufe bleiben ungestört; zurückgehaltene Erinnerungen kommen danach einmal, sofern noch im Zeitfenster.
schedule-sound = Benachrichtigungston des Desktops abspielen
schedule-preview = Nächste Erinnerungen mit diesen Einstellungen
schedule-preview-fix = Korrigiere die markierten Felder, um die Vorschau zu sehen.
schedule-preview-none = Keine Erinnerungen: Alle Übungen sind aus oder haben keine Regeln.
schedule-exercises = Übungen
schedule-dose = Dosis
# $examples sind Dosen in der Sprache der Nutzer; das Feld liest sie so auch zurück.
schedule-dose-hint = z. B. { $examples }
schedule-add-rule = Regel für { $name } hinzufügen
schedule-pace-circle = Tempo (angeleitet): Sekunden pro Kreis
schedule-pace-up = Tempo (angeleitet): Sekunden hoch
schedule-pace-down = Sekunden runter
schedule-pace-rest = Pause zwischen Sätzen (Sek.)
schedule-pace-interval = Angeleitet: Tempowechsel alle (Minuten, 0 = gleichmäßig)
schedule-when = Wann
schedule-minutes = Minuten
schedule-every-minutes = Alle (Minuten)
schedule-at-minute = Zur Minute
schedule-times = Uhrzeiten
schedule-minutes-week = Minuten pro Woche
schedule-check-at = Prüfen um
schedule-remove = Entfernen
schedule-remove-hint = Diese Regel von { $name } entfernen
# Nicht angehakt liest sich die Zeile als "Nur an Arbeitstagen".
schedule-only-on = Nur an
schedule-working-days = Arbeitstagen
schedule-hours = Zeiten
schedule-hours-working = Arbeitszeiten
schedule-hours-any = Jederzeit
schedule-hours-ranges = Diese Zeiten
schedule-ranges = Zeiträume
rule-kind-sitting = Nach je N Minuten Sitzen
rule-kind-clock = Alle N Minuten nach Uhrzeit
rule-kind-times = Zu festen Uhrzeiten
rule-kind-weekly = Wochenziel
theme-label = Fensterdesign
theme-system = Wie der Desktop
theme-light = Hell
theme-dark = Dunkel
schedule-region = Sprache und Region
schedule-language = Sprache
schedule-clock = Zeitformat
schedule-week-start = Woche beginnt am
# $value ist die Einstellung des Desktops, z. B. "Deutsch" oder "24-Stunden-Format".
region-like-desktop = Wie der Desktop ({ $value })
clock-12h = 12-Stunden-Format (2:30 PM)
clock-24h = 24-Stunden-Format (14:30)

## Das Fenster: sein Rahmen.

tab-today = Heute
tab-schedule = Zeitplan
tab-exercises = Übungen
tab-history = Verlauf
close-title = Änderungen am Zeitplan vor dem Schließen speichern?
close-detail = Im Tab „Zeitplan“ gibt es ungespeicherte Änderungen. Beim Verwerfen gehen sie verloren.
close-save = Speichern und schließen
close-discard = Verwerfen und schließen
close-cancel = Abbrechen
daemon-not-running = Der Hintergrunddienst läuft nicht.
daemon-not-running-detail = Erinnerungen kommen nur, solange er läuft. Starte ihn, um die heutigen Einheiten zu sehen.
daemon-not-started = Der Hintergrunddienst konnte nicht gestartet werden.
daemon-not-answering = Der Hintergrunddienst antwortet nicht.
daemon-restart = Neu starten
daemon-start = Starten
daemon-try-again = Erneut versuchen

## Das Fenster: Verlauf.

history-title = Verlauf
history-last-weeks = { $weeks ->
    [one] Die letzte Woche
   *[other] Die letzten { $weeks } Wochen
    }
history-days = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
    }
history-streaks = Serien
history-none-on = Es ist keine Übung eingeschaltet.
history-exercise = Übung
history-current = Aktuell
history-best = Rekord
history-active-minutes = Aktive Minuten pro Woche
history-target-line = Gestrichelte Linie: Ziel { $target } Min. pro Woche
history-no-weeks = Keine Wochen anzuzeigen.
history-week-of = Woche vom { $date }
history-bar = { $week }: { $minutes } Min.
history-target = Ziel { $target } Min.
history-active-none = Aktive Minuten sind die Minuten von Übungen mit Wochenziel; keine Übung hat eines.
history-active-one = Aktive Minuten: die Minuten von { $name }, der Übung mit Wochenziel.
history-active-many = Aktive Minuten: die Minuten von { $names } und { $last }, den Übungen mit Wochenziel.
history-summary = Aktive Minuten pro Woche: diese Woche { $minutes } Min.
history-summary-target = { $summary } bei einem Ziel von { $target } Min.
history-summary-average = { $weeks ->
    [one] { $summary }; im Schnitt { $average } Min. pro Woche über 1 Woche
   *[other] { $summary }; im Schnitt { $average } Min. pro Woche über { $weeks } Wochen
    }
history-prompts-done = Erledigte Erinnerungen
history-completion = { $weeks ->
    [one] { $percent } in 1 Woche ({ $done } von { $asked })
   *[other] { $percent } in { $weeks } Wochen ({ $done } von { $asked })
    }
history-this-week = Diese Woche
history-last-week = Letzte Woche
history-done-of = { $done } von { $asked }
history-no-prompts = keine Erinnerungen
history-export = Exportieren
history-no-home = Export nicht möglich: Kein persönlicher Ordner gefunden (ist HOME gesetzt?)
history-export-where = Alle erfassten Einheiten als Tabelle (CSV), gespeichert in { $folder }.
history-export-button = Als CSV exportieren
history-documents = deinem Ordner „Dokumente“ ({ $path })
history-home = deinem persönlichen Ordner ({ $path })
history-cannot-export = Export nicht möglich: { $reason }
history-exported = { $count ->
    [one] 1 Einheit nach { $path } exportiert
   *[other] { $count } Einheiten nach { $path } exportiert
    }
heat-before-first = { $date }: vor deiner ersten Einheit
heat-done = { $count } erledigt
heat-skipped = { $count } übersprungen
heat-missed = { $count } verpasst
heat-minutes = { $minutes } Min.
heat-rest-day = Ruhetag
heat-title = Tage mit Übungen
heat-nothing = Noch nichts erfasst.
heat-days-done = Seit deinem Start an { $done } von { $scheduled } geplanten Tagen etwas erledigt.
heat-less = Weniger
heat-more = Mehr
heat-none-done = Keine Einheit erledigt
heat-one-done = 1 erledigt
heat-two-three = 2 oder 3 erledigt
heat-four-more = 4 oder mehr erledigt
heat-rest-hint = An diesem Tag war nichts geplant, oder er lag vor deiner ersten Einheit
heat-rest-legend = Ruhetag oder noch nicht begonnen

## Das Fenster: eine angeleitete Einheit.

player-illustration = Abbildung: { $name }
player-next = Danach: { $next }
player-last = Letzter Schritt
player-step = Schritt { $step } von { $steps } · { $next }
player-resume = Fortsetzen
player-pause = Pausieren
player-skip = Schritt überspringen
player-stop = Beenden
player-stop-hint = Beendet die Einheit und trägt ein, was du geschafft hast
player-paused = pausiert
player-left-in = { $step }: noch { $time }
player-so-far = bisher { $time }
player-ran-by-itself = { $name } lief die vollen { $minutes } Min. von selbst durch: { $minutes } Min. sind eingetragen.
player-stopped-earlier = Falls du früher aufgehört hast, gib an, wie viele Minuten es waren.
player-minutes = Minuten
player-correct = Korrigieren
player-not-number = Minuten: { $value } ist keine ganze Zahl
player-keep = { $minutes } Min. behalten

## Antworten auf Befehle (von der Befehlszeile, aus dem Fenster, über das Tray-Symbol).

reply-done = Erledigt: { $name }, { $what }, um { $time }.
reply-done-streak = { $days ->
    [one] Erledigt: { $name }, { $what }, um { $time }. Serie: 1 Tag.
   *[other] Erledigt: { $name }, { $what }, um { $time }. Serie: { $days } Tage.
    }
reply-skipped = Übersprungen: { $name } um { $time }.
reply-snoozed-one = Verschoben: { $name } um { $time }.
reply-missed = Verpasst: { $name } um { $time }.
# $outcome ist outcome-done, outcome-skipped, outcome-snoozed oder outcome-missed
# ("wurde bereits um 10:42 über die Befehlszeile erledigt").
reply-already = { $name } wurde bereits um { $time }{ $by } { $outcome }; nichts eingetragen.
outcome-done = erledigt
outcome-skipped = übersprungen
outcome-snoozed = verschoben
outcome-missed = verpasst
by-cli = { " " }über die Befehlszeile
by-window = { " " }im Fenster
by-notification = { " " }über eine Benachrichtigung
by-tray = { " " }über das Tray-Symbol
reply-nothing-due = Gerade ist nichts fällig.
reply-snoozed = Verschoben bis { $time }: { $names }.
reply-not-due = snooze: { $name } ist gerade nicht fällig{ $next }; nichts verschoben
reply-next-at = { " " }(nächstes Mal um { $time })
reply-next-on = { " " }(nächstes Mal am { $time })
reply-paused = Pausiert bis { $time }. `second-heart resume` setzt die Erinnerungen fort.
reply-resumed = Fortgesetzt.
reply-not-paused = Nicht pausiert.
reply-say-which = gerade ist nichts fällig; gib an, { $verb ->
    [skip] welche Übung du überspringen willst
    [start] welche Übung du starten willst
   *[done] welche Übung erledigt ist
    }
reply-which-due = { $count ->
    [one] 1 Übung ist fällig; nenne sie: { $ids }
   *[other] { $count } Übungen sind fällig; nenne eine davon: { $ids }
    }

## Meldungen der Befehlszeile.

cli-not-running = Der Hintergrunddienst läuft nicht.
cli-still-running = der Hintergrunddienst sollte sich beenden, läuft aber nach { $seconds } Sek. noch
cli-dose-changed = { $name }: Dosis von { $from } auf { $to } geändert.
cli-fix-first = { $file } enthält Fehler; behebe sie zuerst (`second-heart config check`):
cli-no-file = { $file }: keine Datei; es gelten die Standardeinstellungen
cli-unknown-field = { $file }: unbekanntes Feld { $field } ignoriert
cli-valid = { $file }: gültig
cli-invalid = { $file } ist ungültig:
cli-compacted = { $count ->
    [one] { $file }: 1 unlesbare Zeile entfernt; die alte Datei bleibt als { $backup } erhalten
   *[other] { $file }: { $count } unlesbare Zeilen entfernt; die alte Datei bleibt als { $backup } erhalten
    }
cli-nothing-to-compact = { $file }: nichts zu bereinigen
cli-warning = Warnung: { $text }
cli-without-daemon = { $why }; die Dateien werden ohne Hintergrunddienst direkt bearbeitet
daemon-stopping = Der Hintergrunddienst wird beendet.
daemon-reloaded = Einstellungen neu geladen.
daemon-sample-sent = Beispiel-Erinnerung an { $server } gesendet.

## Momente: Meetings, Gespräche und Routinen.

action-later = Später
action-no = Nein
schedule-in-meetings = In Meetings, Gesprächen und beim Lesen
schedule-in-meetings-hint = Leise Vorschläge: Übungen im Sitzen kommen leise (ohne Ton, niedrige Dringlichkeit); Übungen im Stehen warten bis zum Ende. Alles zurückhalten: nichts bis zum Ende.
schedule-walk-in-calls = Bei Gesprächen Gehen vorschlagen
status-context-said = Situation: { $context } bis { $time } (von dir angegeben): Zeit ohne Eingabe zählt als Sitzen
status-context = Situation: { $context }
anchored-done = { $when } erledigt
anchored-not-today = heute nicht
anchored-tick = abhaken: second-heart done { $exercise } --anchor { $routine }
place-seated = Im Sitzen, unauffällig
place-standing = Im Stehen
place-away = Nicht am Schreibtisch
place-lying = Im Liegen oder zurückgelehnt
# Für Sätze wie "Nicht mehr im Meeting" und "Situation: am Schreibtisch".
situation-desk = am Schreibtisch
situation-meeting = im Meeting
situation-call = im Gespräch
situation-reading = beim Lesen
situation-away = nicht am Schreibtisch
busy-meeting = Im Meeting
busy-call = Im Gespräch
busy-reading = Beim Lesen
policy-off = Erinnerungen wie gewohnt
policy-quiet = Leise Vorschläge
policy-hold = Alles zurückhalten
routine-morning = beim Zähneputzen, morgens
routine-evening = beim Zähneputzen, abends
routine-after-lunch = nach dem Mittagessen
routine-kettle = während das Wasser kocht
when-this-morning = heute Morgen
when-lunchtime = heute Mittag
when-this-afternoon = heute Nachmittag
when-this-evening = heute Abend
# $name ist die Übung; im Deutschen behält sie ihre Großschreibung.
quiet-meeting = Im Meeting: { $name } unter dem Tisch, { $dose }
quiet-call = Im Gespräch: { $name } unter dem Tisch, { $dose }
quiet-reading = Beim Lesen: { $name } unter dem Tisch, { $dose }
quiet-body = Leise und unbemerkt: { $instruction }
offer-walk = Während des Gesprächs gehen?
offer-other = { $name } während des Gesprächs?
offer-body = { $name } — { $dose }. Starte und geh, während du sprichst: Die Minuten zählen zum heutigen Gehen und zu den Minuten der Woche.
morning-question = { $names } heute Morgen beim Zähneputzen?
morning-body = Hak es ab, wenn du es gemacht hast ({ $routine }).
# Eine Aufzählung: "Zehenstand, Fußkreisen und Beine hochlegen".
list-and = { $first } und { $last }

## Tooltip und Menü des Tray-Symbols.

tray-due-item = { $name } — { $dose }
tray-next = { $name } um { $time }
tray-guided = { $name }: { $step } (Schritt { $number } von { $steps })
tray-done-today = Heute { $done } von { $total } erledigt
tray-streak = { $days ->
    [one] { $summary } · Serie: 1 Tag
   *[other] { $summary } · Serie: { $days } Tage
    }
tray-doing = Läuft: { $what }
tray-doing-paused = Pausiert: { $what }
tray-due-one = Jetzt fällig: { $what }
tray-unshown = Benachrichtigungen können nicht angezeigt werden; hier im Menü antworten
tray-due-many = { $count ->
    [one] 1 Einheit jetzt fällig
   *[other] { $count } Einheiten jetzt fällig
    }
tray-not-saved = Nicht gespeichert: { $problem }
tray-busy-until = { $mode } bis { $time }
tray-paused-until = Pausiert bis { $time }
tray-holding = Erinnerungen zurückgehalten: { $why }
tray-next-line = Als Nächstes: { $next }
tray-open = Second Heart öffnen
tray-resume-session = Fortsetzen: { $what }
tray-pause-session = Pausieren: { $what }
tray-skip-step = Zum nächsten Schritt springen
tray-stop-session = Einheit beenden (trägt ein, was du geschafft hast)
tray-start = Starten: { $what }
tray-done = Erledigt: { $what }
tray-skip = Überspringen: { $what }
tray-snooze = { $minutes } Min. später
tray-snooze-all = Alle { $minutes } Min. später
tray-resume = Erinnerungen fortsetzen (pausiert bis { $time })
tray-pause-hour = 1 Stunde pausieren
tray-pause-tomorrow = Bis morgen pausieren
tray-no-longer = Nicht mehr { $situation } (bis { $time })
tray-busy-hour = { $mode } für 1 Stunde
tray-quit = Second Heart beenden

## Momente im Fenster und in Antworten.

today-routines = Mit deinen Routinen
today-routine-item = { $name } — { $routine }
today-routine-done = { $when } erledigt
today-routine-not-today = heute nicht
today-routine-tick = Erledigt: { $name } { $routine }
today-routine-tick-hint = Abhaken: wird zur üblichen Zeit der Routine eingetragen
today-busy-until = { $mode } bis { $time }.
today-busy-off = Nicht mehr
today-busy-hour = { $mode } für 1 Stunde
today-busy-hint = Zeit ohne Tastatur- oder Mauseingabe zählt als Sitzen; Übungen im Sitzen kommen als leise Vorschläge, der Rest danach
history-sessions = { $count ->
    [one] 1 Einheit
   *[other] { $count } Einheiten
    }
history-in-meetings = { $sessions } in Meetings
history-in-calls = { $sessions } in Gesprächen
history-moments-week = Diese Woche: { $parts }
busy-no-longer = Nicht mehr { $situation }: Zeit ohne Eingabe zählt wieder als Pause.
busy-not-busy = Nicht beschäftigt.
busy-prompts-usual = Erinnerungen kommen wie gewohnt
busy-prompts-wait = Erinnerungen warten bis dahin
busy-prompts-call = Übungen im Sitzen kommen als leise Vorschläge, Gehen wird vorgeschlagen, der Rest wartet bis dahin
busy-prompts-quiet = Übungen im Sitzen kommen als leise Vorschläge, der Rest wartet bis dahin
busy-set = { $mode } bis { $time }: Zeit ohne Eingabe zählt als Sitzen; { $prompts }. `second-heart busy off` beendet das.

## Erster Start: Begrüßung und Startpläne.

welcome-start = Loslegen
welcome-title = Willkommen bei Second Heart
welcome-intro = Deine Wadenmuskeln sind dein „zweites Herz“: Jedes Anspannen pumpt Blut aus den Beinen zurück zum Herzen. Bei langem Sitzen staut es sich in den Beinen. Kleine, häufige Einheiten über den Tag verteilt halten die Pumpe in Gang, und Regelmäßigkeit zählt mehr als Intensität.
welcome-safety = Kein Ersatz für ärztliche Beratung. Wer eine tiefe Venenthrombose (TVT), Herzschwäche oder Beinschmerzen in der Vorgeschichte hat, sollte vor einer Änderung seiner Bewegungsroutine mit einer Ärztin oder einem Arzt sprechen.
welcome-choose = Wähle, wie du anfangen möchtest. Du kannst später alles ändern.
welcome-moments = Eingebaut in den Alltag
starter-gentle = Sanft
starter-standard = Standard
starter-active = Aktiv
starter-gentle-summary = Fußkreisen nach je 90 Minuten Sitzen, Zehenstand einmal täglich, täglich zügiges Gehen.
starter-standard-summary = Fußkreisen nach jeder Stunde Sitzen, Zehenstand und Wadendehnung zweimal täglich, täglich zügiges Gehen, Beine hochlegen nach langem Sitzen.
starter-active-summary = Fußkreisen alle 45 Minuten, Zehenstand dreimal täglich, die Dehnung zweimal, zügiges Gehen und Beine hochlegen.
moment-meetings = Fußkreisen in Meetings
moment-meetings-detail = Im Meeting kommen Übungen im Sitzen als leise Vorschläge; der Rest wartet bis zum Ende.
moment-brushing-teeth = Zehenstand beim Zähneputzen
moment-brushing-teeth-detail = Morgens und abends statt zu festen Uhrzeiten; hak sie danach unter „Heute“ ab.
moment-calls = Gehen beim Telefonieren
moment-calls-detail = Zu Beginn eines Gesprächs wird angeleitetes Gehen vorgeschlagen; die Minuten zählen.

## Das Fenster: Übungen.

exercises-title = Übungen
exercises-cannot-show = Der gespeicherte Zeitplan kann nicht angezeigt werden; siehe Tab „Zeitplan“.
exercises-unsaved = Im Tab „Zeitplan“ gibt es ungespeicherte Änderungen: Diese Seite zeigt den geltenden Zeitplan.
exercises-open-schedule = Tab „Zeitplan“ öffnen
exercises-intro = Kleine, häufige Einheiten halten die Wadenmuskelpumpe in Gang. Kein Ersatz für ärztliche Beratung: Bei tiefer Venenthrombose (TVT), Herzschwäche oder Beinschmerzen in der Vorgeschichte sprich mit einer Ärztin oder einem Arzt, bevor du deine Routine änderst.
exercises-off = (aus)
exercises-changed = Im Tab „Zeitplan“ geändert, noch nicht gespeichert
exercises-no-rules = keine Regeln: keine Erinnerungen
exercises-when = Wann: { $when }
exercises-where = Wo: { $place }
exercises-with = { $where } · Mit: { $routines }
exercises-start = { $name } starten
exercises-start-hint = Jetzt machen, Schritt für Schritt angeleitet
exercises-start-disabled = Eine angeleitete Einheit läuft
exercises-edit = { $name } bearbeiten
exercises-add-title = Eigene Übung hinzufügen
exercises-name = Name
exercises-name-hint = Kniebeugen am Schreibtisch
exercises-dose = Dosis
exercises-instruction = Kurzanleitung (eine Zeile)
exercises-instruction-hint = Wird in der Erinnerung angezeigt
exercises-how-to = Anleitung
exercises-every = Nach je N Minuten Sitzen
exercises-where-label = Wo
# Die Routine-Wörter bleiben Englisch: Die App liest sie so.
exercises-routines = Mit Routinen
exercises-routines-hint = morning, evening, after-lunch, kettle oder eigene
exercises-logged = Ich trage die Minuten danach ein (wie beim Gehen)
exercises-give-name = Gib ihr einen Namen.
exercises-exists = Es gibt schon eine Übung namens { $name }.
exercises-dose-problem = Dosis: { $problem }
exercises-routines-problem = Routinen: { $problem }
exercises-every-problem = Nach je N Minuten: eine Zahl von { $min } bis { $max }.
exercises-save = Änderungen speichern
exercises-add = Übung hinzufügen
exercises-cancel = Abbrechen

## Why prompts are held.

quiet-reason-dnd = „Nicht stören“ ist an
quiet-reason-dnd-dunst = „Nicht stören“ ist an (dunst pausiert)
quiet-reason-dnd-gnome = „Nicht stören“ ist an (GNOME)
quiet-reason-fullscreen = ein Vollbildfenster ist aktiv
quiet-reason-camera = eine Kamera ist in Gebrauch (ein Anruf?)
quiet-reason-awake = { $app } hält den Bildschirm wach
quiet-reason-presentation = die Präsentationseinstellungen sind an
quiet-reason-quiet-time = die Ruhezeit von Windows nach der Einrichtung oder einem Upgrade

## Angeleitete Einheiten und Routinen: Antworten.

guided-started = { $name } gestartet ({ $dose }{ $length }): { $step }.
guided-paused = { $name } pausiert bei: { $step }.
guided-resumed = { $name } fortgesetzt: { $step }.
guided-on-to = { $name }: weiter mit { $step }.
guided-too-short = { $name } nach { $time } beendet: zu kurz, um zu zählen; nichts eingetragen.
guided-not-saved = Nicht gespeichert: { $reason }
guided-kept = Behalten: { $name }, { $minutes } Min.
guided-corrected = Korrigiert: { $name }, { $minutes } Min. (vorher { $was }).
guided-running = start: { $name } läuft; beende es zuerst (`second-heart session stop`)
guided-none = session: keine angeleitete Einheit läuft
anchored-reply-done = Erledigt: { $name } { $routine } ({ $when }).
anchored-reply-not-done = Notiert: { $name } { $routine } heute nicht gemacht.

## Notices in the window.

notice-saved-elsewhere = { $file } wurde inzwischen woanders gespeichert (vom Befehl second-heart oder einem anderen Fenster): Die Datei bleibt, wie sie ist, und wird hier gezeigt; die Vorlage { $starter } wurde nicht angewendet.
notice-starter-saved = Zeitplan { $starter } gespeichert. Erinnerungen kommen als Desktop-Benachrichtigungen; hake sie dort oder hier ab.
notice-clash = Die Einstellungen wurden geändert, seit du sie geöffnet hast ({ $fields }): Lade neu oder behalte deine.
notice-saved = Gespeichert.
notice-saved-merged = Gespeichert, zusammen mit den inzwischen woanders gemachten Änderungen.
notice-clash-first = Im Tab Zeitplan kollidiert eine Speicherung mit Änderungen von woanders: Lade dort zuerst neu oder behalte deine.
notice-own-clash = { $name } wurde inzwischen woanders geändert ({ $fields }); nichts wurde gespeichert.
notice-own-saved = { $name } gespeichert.
notice-own-added = { $name } hinzugefügt.
notice-in-effect = { $saved } Der neue Zeitplan gilt jetzt.
notice-when-daemon-starts = { $saved } Er gilt, sobald der Hintergrunddienst startet.
notice-daemon-said = { $saved } Aber der Hintergrunddienst meldete: { $reason }
notice-done = Erledigt.
notice-not-running = Der Hintergrunddienst läuft nicht; starte ihn zuerst.
notice-log-minutes = Minuten: { $value } ist keine Zahl von { $min } bis { $max }.

## Typed times and the terminal guide.

time-not-a-time = { $text } ist keine Uhrzeit (z. B. 14:30, "2:30 PM", "2026-11-23 09:00" oder 2026-11-23T09:00:00+01:00)
time-in-gap = { $text } gibt es in dieser Zeitzone nicht (die Uhren überspringen sie bei der Zeitumstellung)
guide-keys = Tasten: Leertaste Pause/weiter · n nächster Schritt · q beenden
