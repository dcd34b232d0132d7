### Second Heart: polski.

## Godziny i daty. Wzorce dat to wzorce strftime; nazwy pochodzą z ustawień regionalnych języka.

time-12h = { $time } { $period }
time-am = AM
time-pm = PM
date-long = %A, %-d %B
date-short = %a, %-d %b
date-day-month = %-d %b
date-weekday = %a
date-month = %b

## Wbudowane ćwiczenia. Użytkownik, który zmieni nazwę, zachowuje własną.

exercise-ankle-rotations-name = Krążenia stóp
exercise-ankle-rotations-instruction = Na siedząco: krąż każdą stopą zgodnie z ruchem wskazówek zegara, potem w przeciwną stronę.
exercise-ankle-rotations-how-to = Usiądź prosto i unieś jedną stopę lekko nad podłogę. Zataczaj palcami powolne, pełne koła: zgodnie z ruchem wskazówek zegara, potem w przeciwną stronę. Zmień stopę. Łatwo to robić niezauważenie podczas spotkań.
exercise-calf-raises-name = Wspięcia na palce
exercise-calf-raises-instruction = Stań, wspnij się wysoko na palce, powoli opuść pięty.
exercise-calf-raises-how-to = Stań prosto, na stopniu, jeśli masz go pod ręką. Wspnij się na palce jak najwyżej, potem powoli opuść pięty; na stopniu opuść je poniżej krawędzi. Dla równowagi przytrzymaj się biurka lub ściany. Możesz to robić także podczas mycia zębów.
exercise-soleus-stretch-name = Rozciąganie łydki ze zgiętym kolanem
exercise-soleus-stretch-instruction = Kolano zgięte, pięta na podłodze: czujesz to nisko i głęboko w łydce.
exercise-soleus-stretch-how-to = Cofnij jedną stopę i ugnij oba kolana, trzymając piętę tylnej nogi na podłodze. Rozciąganie czuć nisko i głęboko w łydce: to mięsień płaszczkowaty. (Rozciąganie z wyprostowanym kolanem działa natomiast na mięsień brzuchaty łydki.) Utrzymaj pozycję, potem zmień nogę. Dobre po spacerze.
exercise-brisk-walk-name = Szybki marsz
exercise-brisk-walk-instruction = Idź szybkim krokiem; zmieniaj tempo co 5 minut.
exercise-brisk-walk-how-to = Idź w tempie, przy którym oddychasz szybciej, ale wciąż możesz mówić. Co 5 minut zmieniaj tempo: szybko, potem spokojnie (interwały). Spacer podczas rozmów telefonicznych też się liczy.
exercise-cycling-name = Jazda na rowerze
exercise-cycling-instruction = Zapisz minuty jazdy; cel to 150 tygodniowo.
exercise-cycling-how-to = Jedź na rowerze stacjonarnym lub zwykłym z umiarkowanym wysiłkiem: oddychasz szybciej, ale wciąż możesz mówić. Niewielkie obciążenie stawów. Potem zapisz minuty; cel tygodniowy to 150.
exercise-legs-up-name = Nogi w górę
exercise-legs-up-instruction = Połóż się lub odchyl do tyłu, z nogami uniesionymi powyżej bioder.
exercise-legs-up-how-to = Po długim siedzeniu połóż się na podłodze, opierając łydki na krześle albo nogi o ścianę. Możesz też odchylić się do tyłu ze stopami na podnóżku. Niech grawitacja pomoże krwi wrócić z nóg.

## Dawki: ile obejmuje jedna sesja.

dose-sets-of-reps = { $sets ->
    [one] { $sets } seria po { $reps }
    [few] { $sets } serie po { $reps }
    [many] { $sets } serii po { $reps }
   *[other] { $sets } serii po { $reps }
    }
dose-circles-each-way = { $circles ->
    [one] { $circles } krążenie w każdą stronę
    [few] { $circles } krążenia w każdą stronę
    [many] { $circles } krążeń w każdą stronę
   *[other] { $circles } krążenia w każdą stronę
    }
dose-seconds-each-leg = { $seconds } s na każdą nogę
dose-minutes = { $minutes } min

## Reguły: kiedy przypada ćwiczenie, w kilku słowach.

rule-every-sitting = co { $span } siedzenia
rule-every-hour-at = co godzinę o xx:{ $minute }
rule-every-clock = co { $span } od { $time }
rule-at-times = o { $times }
rule-weekly-target = { $minutes } min tygodniowo (sprawdzane o { $time })
rule-on-days = { $rule }, { $days }
rule-any-time = { $rule }, całą dobę
rule-in-ranges = { $rule }, { $ranges }
span-hour = godzinę
span-hours = { $hours } godz.
span-minutes = { $minutes } min
days-every-day = codziennie
days-weekdays = pon–pią

## Czas trwania i chwile względem teraz.

relative-now = teraz
relative-minutes = za { $minutes } min
relative-hours = za { $hours } godz.
relative-hours-minutes = za { $hours } godz. { $minutes } min
relative-days = { $days ->
    [one] za { $days } dzień
    [few] za { $days } dni
    [many] za { $days } dni
   *[other] za { $days } dnia
    }

## `second-heart status` i `upcoming`.

upcoming-none = Brak nadchodzących przypomnień: wszystkie ćwiczenia są wyłączone lub nie mają reguł.
upcoming-today = Dziś
upcoming-tomorrow = Jutro
status-no-streak = jeszcze bez serii
status-streak = { $days ->
    [one] seria: { $days } dzień
    [few] seria: { $days } dni
    [many] seria: { $days } dni
   *[other] seria: { $days } dnia
    }
status-best = (rekord: { $days })
status-headline = { $date } · wykonano { $done } z { $total } · { $streak }
status-paused = Wstrzymano do { $time }
status-busy = Rozmowa lub czytanie do { $time }: bezczynność liczy się jako siedzenie
status-guided = W trakcie: { $name } ({ $dose }), { $step }, krok { $number } z { $steps }
status-sitting-since = Siedzisz od { $time }
status-away = Z dala od biurka
status-sources = Wykrywanie: bezczynność { $idle } · blokada { $lock } · pełny ekran { $fullscreen }
status-nothing-today = Nic na dziś nie zaplanowano.
item-done = zrobione
item-done-with = zrobione, { $what }
item-skipped = pominięte
item-missed = przegapione
item-due = teraz · { $dose }
item-snoozed = odłożone do { $time }
item-upcoming = zaplanowane
status-next = Następne przypomnienie: { $name }, { $time } ({ $relative })
status-week-target = W tym tygodniu: { $name } { $minutes } z { $target } min ({ $percent }%)
status-weeks = Realizacja w ostatnich 4 tygodniach: { $rates }
status-suggestion = Pora na więcej? { $name }: pełna dawka w { $days } z ostatnich 7 dni. Spróbuj: { $suggested } (second-heart dose { $exercise } "{ $dose }")

## Powiadomienia: przypomnienie i jego przyciski.

prompt-summary = { $name } — { $dose }
prompt-unsaved = Nie udało się zapisać ostatniej odpowiedzi ({ $reason }). { $instruction }
prompt-reminder = Przypomnienie: ćwiczenie czeka od { $time }. { $instruction }
action-open = Otwórz
action-start = Rozpocznij
action-done = Zrobione
action-snooze = Odłóż o { $minutes } min
action-skip = Pomiń
sample-summary = Second Heart: przykładowe przypomnienie
sample-body = Krążenia stóp — 10 krążeń w każdą stronę.
    Tak będą wyglądać przypomnienia.

## Sesje prowadzone: kroki i wskazówki pokazywane przy każdym z nich.

# $foot to guide-right lub guide-left (rodzaj żeński: stopa); $way to guide-clockwise lub guide-counter-clockwise.
guide-foot-way = { $foot } stopa, { $way }
guide-right = Prawa
guide-left = Lewa
guide-clockwise = zgodnie z ruchem wskazówek zegara
guide-counter-clockwise = przeciwnie do ruchu wskazówek zegara
guide-circles-detail = { $circles ->
    [one] { $circles } powolne krążenie { $way }, ok. { $seconds } s
    [few] { $circles } powolne krążenia { $way }, ok. { $seconds } s każde
    [many] { $circles } powolnych krążeń { $way }, ok. { $seconds } s każde
   *[other] { $circles } powolnego krążenia { $way }, ok. { $seconds } s każde
    }
guide-switch-feet = Zmień stopę
guide-switch-feet-detail = Opuść prawą stopę i unieś lewą
guide-rest = Przerwa
guide-rest-detail = Rozluźnij łydki; następnie seria { $set } z { $sets }
guide-reps = { $reps ->
    [one] { $reps } powtórzenie
    [few] { $reps } powtórzenia
    [many] { $reps } powtórzeń
   *[other] { $reps } powtórzenia
    }
guide-set = Seria { $set } z { $sets }
guide-reps-detail = { $reps ->
    [one] { $reps } powtórzenie: w górę { $up } s, w dół { $down } s
    [few] { $reps } powtórzenia: w górę { $up } s, w dół { $down } s
    [many] { $reps } powtórzeń: w górę { $up } s, w dół { $down } s
   *[other] { $reps } powtórzenia: w górę { $up } s, w dół { $down } s
    }
guide-right-leg = Prawa noga
guide-left-leg = Lewa noga
guide-hold-right = Utrzymaj rozciąganie prawej nogi przez { $seconds } s
guide-hold-left = Utrzymaj rozciąganie lewej nogi przez { $seconds } s
guide-switch-legs = Zmień nogę
guide-switch-legs-detail = Cofnij drugą stopę
guide-minutes = { $minutes } min
guide-brisk = Szybkie tempo
guide-brisk-detail = Oddychasz szybciej, ale wciąż możesz mówić: { $minutes } min
guide-easy = Spokojne tempo
guide-easy-detail = Idź swobodnie i złap oddech: { $minutes } min
guide-timing = Pomiar czasu
guide-timing-detail = Trwa pomiar minut: zatrzymaj, gdy skończysz
guide-done = Gotowe
guide-well-done = { $name }: dobra robota
# Co liczy się w kroku: $unit to "circles" (krążenia) lub "reps" (powtórzenia); dopełniacz lm.: "7/15 powtórzeń".
guide-count = { $done }/{ $total } { $unit ->
    [circles] krążeń
   *[reps] powtórzeń
    }
guide-left-time = zostało { $time }
guide-paused = wstrzymano
guide-up = w górę
guide-down = w dół
cue-summary = { $name } — { $step }
cue-next = { $detail }
    Dalej: { $next }
cue-finished = { $name } — ukończono
cue-correct = { $said }
    Koniec przed czasem? Popraw minuty w oknie (lub `second-heart session correct MINUTES`).
guide-sets-done = Ukończone serie: { $done } z { $sets }
guide-step-of = (krok { $step } z { $steps })

## Okno: Dziś.

today-paused = Przypomnienia wstrzymane do { $time }.
today-resume = Wznów
today-sources = Wykrywanie: bezczynność { $idle } · blokada { $lock } · pełny ekran { $fullscreen }
today-no-streak = Jeszcze bez serii
today-streak = { $days ->
    [one] Seria: { $days } dzień
    [few] Seria: { $days } dni
    [many] Seria: { $days } dni
   *[other] Seria: { $days } dnia
    }
today-progress = Dziś wykonano { $done } z { $total }
today-next = Następne przypomnienie { $relative }: { $name } o { $time }
today-no-more = Brak kolejnych zaplanowanych przypomnień.
today-nothing-due = Teraz nic nie czeka.
today-due-since = { $instruction } · czeka od { $time }
today-start = Rozpocznij
today-start-hint = Wykonaj teraz krok po kroku: { $name }
today-start-disabled = Trwa już sesja prowadzona
today-done = Zrobione
today-done-hint = Oznacz jako zrobione: { $name }
today-snooze = Odłóż o { $minutes } min
today-skip = Pomiń
today-checklist = Dzisiejsze mikrosesje
today-nothing-scheduled = Nic na dziś nie zaplanowano.
today-item-done = zrobione
today-item-skipped = pominięte
today-item-missed = przegapione
today-item-due = teraz
today-item-snoozed = odłożone do { $time }
today-log-title = Zapisz spacer lub jazdę na rowerze
today-log-activity = Aktywność
today-log-minutes = Minuty
today-log = Zapisz
today-week-target = { $name }: { $minutes } z { $target } min w tym tygodniu
today-paused-short = Wstrzymano do { $time }.
today-resume-prompts = Wznów przypomnienia
today-break-title = Potrzebujesz przerwy od przypomnień?
today-pause-hour = Wstrzymaj na 1 godzinę
today-pause-tomorrow = Wstrzymaj do jutra

## Okno: Harmonogram.

schedule-title = Harmonogram
schedule-to-fix = { $count ->
    [one] { $count } pole do poprawienia przed zapisaniem
    [few] { $count } pola do poprawienia przed zapisaniem
    [many] { $count } pól do poprawienia przed zapisaniem
   *[other] { $count } pola do poprawienia przed zapisaniem
    }
schedule-unsaved = Niezapisane zmiany
schedule-saved = Wszystkie zmiany zapisane
schedule-revert = Cofnij zmiany
schedule-save = Zapisz
schedule-reload = Wczytaj ponownie
schedule-keep-mine = Zachowaj moje
schedule-fix-first = Przed zapisaniem popraw pola zaznaczone na czerwono.
schedule-this-computer = Na tym komputerze
schedule-at-once = Te ustawienia działają od razu, bez przycisku Zapisz.
schedule-autostart = Uruchamiaj przypomnienia po zalogowaniu
schedule-autostart-hint = Uruchamia usługę w tle po zalogowaniu
schedule-working-hours = Godziny pracy
schedule-working-hours-hint = Przedziały, np. 09:00-12:30, 13:30-17:30. Dzień wolny zostaw pusty.
schedule-breaks = Przerwy, odkładanie i tryb cichy
schedule-idle = Z dala od biurka po (minuty)
schedule-snooze = Czas odłożenia (minuty)
schedule-remind = Przypomnij ponownie po (minuty, 0 = nigdy)
schedule-quiet = Wstrzymuj przypomnienia w trybie Nie przeszkadzać i przy oknie pełnoekranowym
schedule-quiet-hint = Prezentacje i wideorozmowy przebiegają bez zakłóceń; wstrzymane przypomnienia pojawią się potem jeden raz, jeśli to nadal w wyznaczonych godzinach.
schedule-sound = Odtwarzaj systemowy dźwięk powiadomień
schedule-preview = Następne przypomnienia przy tych ustawieniach
schedule-preview-fix = Popraw zaznaczone pola, aby zobaczyć podgląd.
schedule-preview-none = Brak przypomnień: wszystkie ćwiczenia są wyłączone lub nie mają reguł.
schedule-exercises = Ćwiczenia
schedule-dose = Dawka
# Pole dawki przyjmuje tylko zapis angielski (tak jak w pliku ustawień): przykłady zostają po angielsku.
schedule-dose-hint = np. { $examples }
schedule-add-rule = Dodaj regułę: { $name }
schedule-pace-circle = Tempo prowadzenia: sekundy na krążenie
schedule-pace-up = Tempo prowadzenia: sekundy w górę
schedule-pace-down = sekundy w dół
schedule-pace-rest = przerwa między seriami (s)
schedule-pace-interval = Prowadzenie: zmiana tempa co (minuty, 0 = stałe tempo)
schedule-when = Kiedy
schedule-minutes = Minuty
schedule-every-minutes = Co ile minut
schedule-at-minute = W minucie
schedule-times = Godziny
schedule-minutes-week = Minuty tygodniowo
schedule-check-at = Sprawdzaj o
schedule-remove = Usuń
schedule-remove-hint = Usuń tę regułę: { $name }
schedule-only-on = Tylko wybrane dni
schedule-working-days = dni robocze
schedule-hours = Pora dnia
schedule-hours-working = Godziny pracy
schedule-hours-any = O dowolnej porze
schedule-hours-ranges = W tych godzinach
schedule-ranges = Przedziały
rule-kind-sitting = Co N minut siedzenia
rule-kind-clock = Co N minut według zegara
rule-kind-times = O stałych godzinach
rule-kind-weekly = Cel tygodniowy
theme-label = Motyw okna
theme-system = Jak w systemie
theme-light = Jasny
theme-dark = Ciemny
schedule-region = Język i region
schedule-language = Język
schedule-clock = Format godziny
schedule-week-start = Pierwszy dzień tygodnia
# $value to ustawienie systemu, np. "Deutsch" lub "24-godzinny".
region-like-desktop = Jak w systemie ({ $value })
clock-12h = 12-godzinny (2:30 PM)
clock-24h = 24-godzinny (14:30)

## Okno: jego ramka.

tab-today = Dziś
tab-schedule = Harmonogram
tab-exercises = Ćwiczenia
tab-history = Historia
close-title = Zapisać zmiany w harmonogramie przed zamknięciem?
close-detail = Karta Harmonogram ma niezapisane zmiany. Jeśli je odrzucisz, zostaną utracone.
close-save = Zapisz i zamknij
close-discard = Odrzuć i zamknij
close-cancel = Anuluj
daemon-not-running = Usługa w tle nie działa.
daemon-not-running-detail = Przypomnienia pojawiają się tylko wtedy, gdy działa. Uruchom ją, aby zobaczyć dzisiejsze sesje.
daemon-not-started = Nie udało się uruchomić usługi w tle.
daemon-not-answering = Usługa w tle nie odpowiada.
daemon-restart = Uruchom ją ponownie
daemon-start = Uruchom ją
daemon-try-again = Spróbuj ponownie

## Okno: Historia.

history-title = Historia
history-last-weeks = { $weeks ->
    [one] Ostatni tydzień
    [few] Ostatnie { $weeks } tygodnie
    [many] Ostatnich { $weeks } tygodni
   *[other] Ostatnie { $weeks } tygodnia
    }
history-days = { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
    }
history-streaks = Serie dni
history-none-on = Żadne ćwiczenie nie jest włączone.
history-exercise = Ćwiczenie
history-current = Obecna
history-best = Najdłuższa
history-active-minutes = Aktywne minuty w tygodniu
history-target-line = Linia przerywana: cel { $target } min tygodniowo
history-no-weeks = Brak tygodni do pokazania.
history-week-of = Tydzień od { $date }
history-bar = { $week }: { $minutes } min
history-target = Cel: { $target } min
history-active-none = Aktywne minuty to minuty ćwiczeń z celem tygodniowym; żadne ćwiczenie go nie ma.
history-active-one = Aktywne minuty: minuty ćwiczenia z celem tygodniowym ({ $name }).
history-active-many = Aktywne minuty: minuty ćwiczeń z celem tygodniowym ({ $names } i { $last }).
history-summary = Aktywne minuty w tygodniu: { $minutes } min w tym tygodniu
history-summary-target = { $summary } (cel: { $target } min)
history-summary-average = { $weeks ->
    [one] { $summary }; średnio { $average } min tygodniowo w ciągu { $weeks } tygodnia
   *[other] { $summary }; średnio { $average } min tygodniowo w ciągu { $weeks } tygodni
    }
history-prompts-done = Realizacja przypomnień
history-completion = { $weeks ->
    [one] { $percent } w ciągu { $weeks } tygodnia ({ $done } z { $asked })
   *[other] { $percent } w ciągu { $weeks } tygodni ({ $done } z { $asked })
    }
history-this-week = Ten tydzień
history-last-week = Poprzedni tydzień
history-done-of = { $done } z { $asked }
history-no-prompts = brak przypomnień
history-export = Eksport
history-no-home = Nie można wyeksportować: nie znaleziono katalogu domowego (czy zmienna HOME jest ustawiona?)
# $folder to history-documents lub history-home, w miejscowniku ("w folderze …").
history-export-where = Wszystkie zarejestrowane sesje jako arkusz kalkulacyjny (CSV) w { $folder }.
history-export-button = Eksportuj CSV
history-documents = folderze Dokumenty ({ $path })
history-home = folderze domowym ({ $path })
history-cannot-export = Nie można wyeksportować: { $reason }
history-exported = { $count ->
    [one] Wyeksportowano { $count } sesję do { $path }
    [few] Wyeksportowano { $count } sesje do { $path }
    [many] Wyeksportowano { $count } sesji do { $path }
   *[other] Wyeksportowano { $count } sesji do { $path }
    }
heat-before-first = { $date }: przed pierwszą sesją
heat-done = { $count ->
    [one] { $count } wykonana
    [few] { $count } wykonane
    [many] { $count } wykonanych
   *[other] { $count } wykonanej
    }
heat-skipped = { $count ->
    [one] { $count } pominięta
    [few] { $count } pominięte
    [many] { $count } pominiętych
   *[other] { $count } pominiętej
    }
heat-missed = { $count ->
    [one] { $count } przegapiona
    [few] { $count } przegapione
    [many] { $count } przegapionych
   *[other] { $count } przegapionej
    }
heat-minutes = { $minutes } min
heat-rest-day = dzień wolny
heat-title = Aktywne dni
heat-nothing = Nic jeszcze nie zapisano.
heat-days-done = { $scheduled ->
    [one] Aktywność w { $done } z { $scheduled } zaplanowanego dnia od początku.
   *[other] Aktywność w { $done } z { $scheduled } zaplanowanych dni od początku.
    }
heat-less = Mniej
heat-more = Więcej
heat-none-done = Brak wykonanych sesji
heat-one-done = 1 wykonana
heat-two-three = 2 lub 3 wykonane
heat-four-more = 4 lub więcej wykonanych
heat-rest-hint = Tego dnia nic nie zaplanowano albo był przed pierwszą sesją
heat-rest-legend = Dzień wolny lub przed pierwszą sesją

## Okno: sesja prowadzona.

player-illustration = Ilustracja: { $name }
player-next = Dalej: { $next }
player-last = Ostatni krok
player-step = Krok { $step } z { $steps } · { $next }
player-resume = Wznów
player-pause = Wstrzymaj
player-skip = Pomiń krok
player-stop = Zakończ
player-stop-hint = Zakończ sesję i zapisz to, co wykonano
player-paused = wstrzymano
player-left-in = { $step }: zostało { $time }
player-so-far = upłynęło { $time }
player-ran-by-itself = { $name }: odliczanie { $minutes } min dobiegło końca samo; zapisano { $minutes } min.
player-stopped-earlier = Koniec przed czasem? Podaj, ile minut to trwało.
player-minutes = Minuty
player-correct = Popraw
player-not-number = Minuty: { $value } nie jest liczbą całkowitą
player-keep = Zachowaj { $minutes } min

## Odpowiedzi na polecenia (z wiersza poleceń, okna, zasobnika systemowego).

reply-done = Wykonano: { $name }, { $what }, o { $time }.
reply-done-streak = { $days ->
    [one] Wykonano: { $name }, { $what }, o { $time }. Seria: { $days } dzień.
    [few] Wykonano: { $name }, { $what }, o { $time }. Seria: { $days } dni.
    [many] Wykonano: { $name }, { $what }, o { $time }. Seria: { $days } dni.
   *[other] Wykonano: { $name }, { $what }, o { $time }. Seria: { $days } dnia.
    }
reply-skipped = Pominięto: { $name } o { $time }.
reply-snoozed-one = Odłożono: { $name } o { $time }.
reply-missed = Przegapiono: { $name } o { $time }.
# $outcome to outcome-*; forma "zrobione" itd. po "oznaczono jako", bez uzgadniania z nazwą ćwiczenia.
reply-already = { $name }: już oznaczono jako { $outcome } o { $time }{ $by }; nic nie zapisano.
outcome-done = zrobione
outcome-skipped = pominięte
outcome-snoozed = odłożone
outcome-missed = przegapione
by-cli = { " " }z wiersza poleceń
by-window = { " " }w oknie
by-notification = { " " }w powiadomieniu
by-tray = { " " }z zasobnika systemowego
reply-nothing-due = Teraz nic nie czeka.
reply-snoozed = Odłożono do { $time }: { $names }.
reply-not-due = snooze: { $name } — jeszcze nie pora{ $next }; niczego nie odłożono
reply-next-at = { " " }(następne o { $time })
reply-next-on = { " " }(następne: { $time })
reply-paused = Wstrzymano do { $time }. `second-heart resume` ponownie włącza przypomnienia.
reply-resumed = Wznowiono.
reply-not-paused = Przypomnienia nie są wstrzymane.
# $verb to słowo polecenia: done, skip lub start.
reply-say-which = teraz nic nie czeka; podaj, które ćwiczenie { $verb ->
    [skip] pominąć
    [start] rozpocząć
   *[done] oznaczyć jako zrobione
    }
reply-which-due = { $count ->
    [one] { $count } ćwiczenie czeka; podaj, które: { $ids }
    [few] { $count } ćwiczenia czekają; podaj, które: { $ids }
    [many] { $count } ćwiczeń czeka; podaj, które: { $ids }
   *[other] { $count } ćwiczenia czeka; podaj, które: { $ids }
    }

## Komunikaty wiersza poleceń.

cli-not-running = Usługa w tle nie działa.
cli-still-running = usługa w tle miała się zatrzymać, ale po { $seconds } s nadal działa
cli-dose-changed = { $name }: zmieniono dawkę z { $from } na { $to }.
cli-fix-first = { $file } zawiera błędy; najpierw je popraw (`second-heart config check`):
cli-no-file = { $file }: brak pliku; używane są ustawienia domyślne
cli-unknown-field = { $file }: zignorowano nieznane pole { $field }
cli-valid = { $file }: poprawny
cli-invalid = { $file } jest niepoprawny:
cli-compacted = { $count ->
    [one] { $file }: usunięto { $count } nieczytelny wiersz; stary plik zachowano jako { $backup }
    [few] { $file }: usunięto { $count } nieczytelne wiersze; stary plik zachowano jako { $backup }
    [many] { $file }: usunięto { $count } nieczytelnych wierszy; stary plik zachowano jako { $backup }
   *[other] { $file }: usunięto { $count } nieczytelnego wiersza; stary plik zachowano jako { $backup }
    }
cli-nothing-to-compact = { $file }: nie ma czego kompaktować
cli-warning = ostrzeżenie: { $text }
cli-without-daemon = { $why }; praca bezpośrednio na plikach, bez usługi w tle
daemon-stopping = Zatrzymywanie usługi w tle.
daemon-reloaded = Ponownie wczytano ustawienia.
daemon-sample-sent = Wysłano przykładowe przypomnienie do serwera powiadomień { $server }.

## Chwile dnia: spotkania, rozmowy i codzienne czynności.

action-later = Później
action-no = Nie
schedule-in-meetings = Podczas spotkań, rozmów i czytania
schedule-in-meetings-hint = Ciche sugestie: ćwiczenia na siedząco pojawiają się po cichu (bez dźwięku, niski priorytet); te na stojąco czekają, aż się skończy. Wstrzymaj wszystko: nic, dopóki się nie skończy.
schedule-walk-in-calls = Proponuj spacer podczas rozmów
status-context-said = Sytuacja: { $context } do { $time } (zgłoszone): bezczynność liczy się jako siedzenie
status-context = Sytuacja: { $context }
anchored-done = zrobione { $when }
anchored-not-today = nie dziś
anchored-tick = oznacz jako zrobione: second-heart done { $exercise } --anchor { $routine }
place-seated = Na siedząco, dyskretnie
place-standing = Na stojąco
place-away = Z dala od biurka
place-lying = Na leżąco lub półleżąco
# Wyrażenia po "Sytuacja:", "Już nie jestem …", "Już nie jesteś …".
situation-desk = przy biurku
situation-meeting = na spotkaniu
situation-call = w trakcie rozmowy
situation-reading = w trakcie czytania
situation-away = z dala od biurka
busy-meeting = Spotkanie
busy-call = Rozmowa
busy-reading = Czytanie
policy-off = Przypomnienia jak zwykle
policy-quiet = Ciche sugestie
policy-hold = Wstrzymaj wszystko
routine-morning = podczas mycia zębów, rano
routine-evening = podczas mycia zębów, wieczorem
routine-after-lunch = po lunchu
routine-kettle = gdy gotuje się woda
when-this-morning = dziś rano
when-lunchtime = w porze lunchu
when-this-afternoon = dziś po południu
when-this-evening = dziś wieczorem
# $name to nazwa ćwiczenia małą literą, w mianowniku.
quiet-meeting = Na spotkaniu: { $name } pod biurkiem, { $dose }
quiet-call = Podczas rozmowy: { $name } pod biurkiem, { $dose }
quiet-reading = Przy czytaniu: { $name } pod biurkiem, { $dose }
quiet-body = Po cichu, niezauważenie: { $instruction }
offer-walk = Spacer podczas tej rozmowy?
offer-other = { $name } podczas tej rozmowy?
offer-body = { $name } — { $dose }. Rozpocznij i chodź, rozmawiając: minuty liczą się do dzisiejszego spaceru i do minut tygodnia.
morning-question = { $names } podczas mycia zębów dziś rano?
morning-body = Oznacz jako zrobione, jeśli tak było ({ $routine }).
list-and = { $first } i { $last }

## Ikona w zasobniku: podpowiedź i menu.

tray-due-item = { $name } — { $dose }
tray-next = { $name } o { $time }
tray-guided = { $name }: { $step } (krok { $number } z { $steps })
tray-done-today = Dziś wykonano { $done } z { $total }
tray-streak = { $days ->
    [one] { $summary } · seria: { $days } dzień
    [few] { $summary } · seria: { $days } dni
    [many] { $summary } · seria: { $days } dni
   *[other] { $summary } · seria: { $days } dnia
    }
tray-doing = W trakcie: { $what }
tray-doing-paused = W trakcie: { $what }, wstrzymano
tray-due-one = Teraz: { $what }
tray-unshown = Nie można wyświetlić powiadomień; odpowiedz z tego menu
tray-due-many = { $count ->
    [one] { $count } sesja czeka
    [few] { $count } sesje czekają
    [many] { $count } sesji czeka
   *[other] { $count } sesji czeka
    }
tray-not-saved = Nie zapisano: { $problem }
tray-busy-until = { $mode } do { $time }
tray-paused-until = Wstrzymano do { $time }
tray-holding = Przypomnienia wstrzymane: { $why }
tray-next-line = Następne: { $next }
tray-open = Otwórz Second Heart
tray-resume-session = Wznów: { $what }
tray-pause-session = Wstrzymaj: { $what }
tray-skip-step = Przejdź do następnego kroku
tray-stop-session = Zakończ sesję (zapisuje to, co wykonano)
tray-start = Rozpocznij: { $what }
tray-done = Zrobione: { $what }
tray-skip = Pomiń: { $what }
tray-snooze = Odłóż o { $minutes } min
tray-snooze-all = Odłóż wszystkie o { $minutes } min
tray-resume = Wznów przypomnienia (wstrzymane do { $time })
tray-pause-hour = Wstrzymaj na 1 godzinę
tray-pause-tomorrow = Wstrzymaj do jutra
tray-no-longer = Już nie jestem { $situation } (do { $time })
tray-busy-hour = { $mode } przez 1 godzinę
tray-quit = Zakończ Second Heart

## Chwile dnia w oknie i w odpowiedziach.

today-routines = Przy codziennych czynnościach
today-routine-item = { $name } — { $routine }
today-routine-done = zrobione { $when }
today-routine-not-today = nie dziś
today-routine-tick = Zrobione: { $name } { $routine }
today-routine-tick-hint = Oznacz jako zrobione: zapisane o zwykłej porze tej czynności
today-busy-until = { $mode } do { $time }.
today-busy-off = Zakończ
today-busy-hour = { $mode } przez 1 godzinę
today-busy-hint = Czas bez użycia klawiatury i myszy liczy się jako siedzenie; ćwiczenia na siedząco pojawiają się jako ciche sugestie, pozostałe potem
history-sessions = { $count ->
    [one] { $count } sesja
    [few] { $count } sesje
    [many] { $count } sesji
   *[other] { $count } sesji
    }
history-in-meetings = { $sessions } na spotkaniach
history-in-calls = { $sessions } podczas rozmów
history-moments-week = W tym tygodniu: { $parts }
busy-no-longer = Już nie jesteś { $situation }: bezczynność znów liczy się jako przerwa.
busy-not-busy = Tryb spotkania, rozmowy ani czytania nie był włączony.
busy-prompts-usual = przypomnienia pojawiają się jak zwykle
busy-prompts-wait = przypomnienia czekają do tego czasu
busy-prompts-call = ćwiczenia na siedząco pojawiają się jako ciche sugestie, pojawi się propozycja spaceru, a pozostałe czekają do tego czasu
busy-prompts-quiet = ćwiczenia na siedząco pojawiają się jako ciche sugestie, a pozostałe czekają do tego czasu
busy-set = { $mode } do { $time }: bezczynność liczy się jako siedzenie; { $prompts }. `second-heart busy off` kończy ten tryb.

## Pierwsze uruchomienie: powitanie i plany na start.

welcome-start = Rozpocznij
welcome-title = Witaj w Second Heart
welcome-intro = Mięśnie łydek to „drugie serce”: każdy ich skurcz wypycha krew z nóg z powrotem w stronę serca. Przy długim siedzeniu krew zalega w nogach. Krótkie, częste sesje w ciągu dnia utrzymują tę pompę w ruchu, a regularność liczy się bardziej niż intensywność.
welcome-safety = To nie jest porada medyczna. Osoby, u których występowała zakrzepica żył głębokich (ZŻG), niewydolność serca lub ból nóg, powinny skonsultować się z lekarzem przed zmianą swojego planu ćwiczeń.
welcome-choose = Wybierz, jak zacząć. Wszystko możesz później zmienić.
welcome-moments = Wplecione w codzienność
starter-gentle = Łagodny
starter-standard = Standardowy
starter-active = Aktywny
starter-gentle-summary = Krążenia stóp co 90 minut siedzenia, wspięcia na palce raz dziennie, codzienny spacer.
starter-standard-summary = Krążenia stóp co godzinę siedzenia, wspięcia na palce i rozciąganie łydki dwa razy dziennie, codzienny spacer, nogi w górę po długim siedzeniu.
starter-active-summary = Krążenia stóp co 45 minut, wspięcia na palce trzy razy dziennie, rozciąganie dwa razy, spacer i nogi w górę.
moment-meetings = Krążenia stóp na spotkaniach
moment-meetings-detail = Na spotkaniu ćwiczenia na siedząco pojawiają się jako ciche sugestie; pozostałe czekają, aż się skończy.
moment-brushing-teeth = Wspięcia na palce podczas mycia zębów
moment-brushing-teeth-detail = Rano i wieczorem zamiast o stałych godzinach; potem oznacz je jako zrobione w karcie Dziś.
moment-calls = Spacer podczas rozmów telefonicznych
moment-calls-detail = Na początku rozmowy pojawi się propozycja spaceru z prowadzeniem; jego minuty się liczą.

## Okno: Ćwiczenia.

exercises-title = Ćwiczenia
exercises-cannot-show = Nie można wyświetlić zapisanego harmonogramu; zajrzyj do karty Harmonogram.
exercises-unsaved = Karta Harmonogram ma niezapisane zmiany: ta strona pokazuje obowiązujący harmonogram.
exercises-open-schedule = Otwórz kartę Harmonogram
exercises-intro = Krótkie, częste sesje pobudzają pompę mięśniową łydki. To nie jest porada medyczna: w razie przebytej zakrzepicy żył głębokich (ZŻG), niewydolności serca lub bólu nóg przed zmianą ćwiczeń skonsultuj się z lekarzem.
exercises-off = (wyłączone)
exercises-changed = Zmienione w karcie Harmonogram, jeszcze niezapisane
exercises-no-rules = brak reguł: bez przypomnień
exercises-when = Kiedy: { $when }
exercises-where = Gdzie: { $place }
exercises-with = { $where } · Przy czynnościach: { $routines }
exercises-start = Rozpocznij: { $name }
exercises-start-hint = Wykonaj teraz krok po kroku
exercises-start-disabled = Trwa już sesja prowadzona
exercises-edit = Edytuj: { $name }
exercises-add-title = Dodaj własne ćwiczenie
exercises-name = Nazwa
exercises-name-hint = Przysiady przy biurku
exercises-dose = Dawka
exercises-instruction = Instrukcja w jednym wierszu
exercises-instruction-hint = Pokazywana w przypomnieniu
exercises-how-to = Jak wykonać
exercises-every = Co N minut siedzenia
exercises-where-label = Gdzie
# Słowa czynności zostają po angielsku: aplikacja je odczytuje.
exercises-routines = Przy czynnościach
exercises-routines-hint = morning, evening, after-lunch, kettle lub własna nazwa
exercises-logged = Minuty zapisuję później (jak przy spacerze)
exercises-give-name = Nadaj ćwiczeniu nazwę.
exercises-exists = Ćwiczenie o nazwie { $name } już istnieje.
exercises-dose-problem = Dawka: { $problem }
exercises-routines-problem = Czynności: { $problem }
exercises-every-problem = Co N minut: liczba z zakresu { $min }–{ $max }.
exercises-save = Zapisz zmiany
exercises-add = Dodaj ćwiczenie
exercises-cancel = Anuluj

## Why prompts are held.

quiet-reason-dnd = tryb „Nie przeszkadzać” jest włączony
quiet-reason-dnd-dunst = tryb „Nie przeszkadzać” jest włączony (dunst wstrzymany)
quiet-reason-dnd-gnome = tryb „Nie przeszkadzać” jest włączony (GNOME)
quiet-reason-fullscreen = aktywne jest okno pełnoekranowe
quiet-reason-camera = kamera jest w użyciu (rozmowa?)
quiet-reason-awake = { $app } nie pozwala wygasić ekranu
quiet-reason-presentation = ustawienia prezentacji są włączone
quiet-reason-quiet-time = czas ciszy systemu Windows po instalacji lub aktualizacji

## Guided sessions and routines: replies.

guided-started = Rozpoczęto: { $name } ({ $dose }{ $length }): { $step }.
guided-paused = Wstrzymano: { $name }, etap: { $step }.
guided-resumed = Wznowiono: { $name }: { $step }.
guided-on-to = { $name }: dalej – { $step }.
guided-too-short = Zatrzymano: { $name } po { $time }: za krótko, by się liczyło; nic nie zapisano.
guided-not-saved = Nie zapisano: { $reason }
guided-kept = Zachowano: { $name }, { $minutes } min.
guided-corrected = Poprawiono: { $name }, { $minutes } min (było { $was }).
guided-running = start: trwa { $name }; najpierw zatrzymaj (`second-heart session stop`)
guided-none = session: żadna sesja z przewodnikiem nie trwa
anchored-reply-done = Wykonano: { $name } { $routine } ({ $when }).
anchored-reply-not-done = Zapisano: { $name } { $routine } – dziś niewykonane.

## Notices in the window.

notice-saved-elsewhere = { $file } został w międzyczasie zapisany gdzie indziej (poleceniem second-heart lub w innym oknie): zostaje bez zmian i jest pokazany tutaj; szablon { $starter } nie został zastosowany.
notice-starter-saved = Zapisano plan { $starter }. Przypomnienia przychodzą jako powiadomienia pulpitu; odhaczaj je tam lub tutaj.
notice-clash = Preferencje zmieniły się od ich otwarcia ({ $fields }): wczytaj ponownie albo zachowaj swoje.
notice-saved = Zapisano.
notice-saved-merged = Zapisano razem ze zmianami wprowadzonymi w międzyczasie gdzie indziej.
notice-clash-first = Karta Plan ma zapis sprzeczny ze zmianami wprowadzonymi gdzie indziej: najpierw wczytaj tam ponownie albo zachowaj swoje.
notice-own-clash = { $name } zmieniono w międzyczasie gdzie indziej ({ $fields }); nic nie zapisano.
notice-own-saved = Zapisano: { $name }.
notice-own-added = Dodano: { $name }.
notice-in-effect = { $saved } Nowy plan obowiązuje.
notice-when-daemon-starts = { $saved } Zacznie obowiązywać po uruchomieniu usługi.
notice-daemon-said = { $saved } Ale usługa odpowiedziała: { $reason }
notice-done = Gotowe.
notice-not-running = Usługa w tle nie działa; najpierw ją uruchom.
notice-log-minutes = Minuty: { $value } to nie liczba z zakresu { $min }–{ $max }.

## Typed times and the terminal guide.

time-not-a-time = { $text } to nie godzina (napisz np. 14:30, "2:30 PM", "2026-11-23 09:00" lub 2026-11-23T09:00:00+01:00)
time-in-gap = { $text } nie istnieje w tej strefie czasowej (zegary ją pomijają przy zmianie czasu)
guide-keys = Klawisze: spacja pauza/wznów · n następny krok · q zakończ
