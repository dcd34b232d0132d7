### Second Heart: español.

## Horas y fechas. Los patrones de fecha son patrones strftime: %A día de la semana,
## %a día abreviado, %B mes, %b mes abreviado, %-d día, %-m número de mes;
## los nombres los aporta la configuración regional del idioma.

time-12h = { $time } { $period }
time-am = a. m.
time-pm = p. m.
date-long = %A, %-d de %B
date-short = %a %-d %b
date-day-month = %-d %b
date-weekday = %a
date-month = %b

## Los ejercicios incluidos. Si el usuario cambia un nombre, se conserva el suyo.

exercise-ankle-rotations-name = Rotaciones de tobillo
exercise-ankle-rotations-instruction = En la silla: gira cada tobillo en sentido horario y luego antihorario.
exercise-ankle-rotations-how-to = Siéntate con la espalda recta y levanta un poco un pie del suelo. Dibuja con la punta del pie círculos lentos y amplios: en sentido horario y luego antihorario. Cambia de pie. Fácil de hacer sin que nadie lo note en las reuniones.
exercise-calf-raises-name = Elevaciones de talones
exercise-calf-raises-instruction = De pie, sube bien alto de puntillas y baja despacio.
exercise-calf-raises-how-to = Ponte de pie con la espalda recta, sobre un escalón si tienes uno a mano. Sube de puntillas lo más alto que puedas y baja despacio; en un escalón, deja que los talones bajen por debajo del borde. Apóyate en una mesa o en la pared para mantener el equilibrio. También puedes hacerlo mientras te cepillas los dientes.
exercise-soleus-stretch-name = Estiramiento del sóleo
exercise-soleus-stretch-instruction = Rodilla flexionada, talón en el suelo: se nota en la parte baja y profunda de la pantorrilla.
exercise-soleus-stretch-how-to = Da un paso atrás con un pie y flexiona ambas rodillas, con el talón de atrás apoyado en el suelo. El estiramiento se nota en la parte baja y profunda de la pantorrilla: es el sóleo. (Con la rodilla estirada, en cambio, se estiran los gemelos.) Mantén la posición y luego cambia de pierna. Va bien después de caminar.
exercise-brisk-walk-name = Caminata rápida
exercise-brisk-walk-instruction = Camina a paso ligero; cambia de ritmo cada 5 minutos.
exercise-brisk-walk-how-to = Camina a un ritmo que te haga respirar más fuerte, pero que aún te permita hablar. Alterna paso ligero y paso suave cada 5 minutos (intervalos). Caminar mientras hablas por teléfono también cuenta.
exercise-cycling-name = Ciclismo
exercise-cycling-instruction = Registra los minutos pedaleados; intenta llegar a 150 a la semana.
exercise-cycling-how-to = Pedalea en bicicleta estática o al aire libre con un esfuerzo moderado: respiras más fuerte, pero aún puedes hablar. Bajo impacto en las articulaciones. Registra los minutos después; el objetivo semanal es 150.
exercise-legs-up-name = Piernas en alto
exercise-legs-up-instruction = Acuéstate o recuéstate con las piernas por encima de la altura de la cadera.
exercise-legs-up-how-to = Tras mucho rato sin levantarte, acuéstate en el suelo con las pantorrillas sobre una silla o las piernas apoyadas en la pared, o recuéstate con los pies sobre un taburete. Deja que la gravedad ayude a la sangre a volver de las piernas.

## Dosis: cuánto es una sesión.

dose-sets-of-reps = { $sets ->
    [one] { $sets } serie de { $reps }
   *[other] { $sets } series de { $reps }
    }
dose-circles-each-way = { $circles ->
    [one] { $circles } círculo en cada sentido
   *[other] { $circles } círculos en cada sentido
    }
dose-seconds-each-leg = { $seconds } s por pierna
dose-minutes = { $minutes } min

## Reglas: cuándo toca un ejercicio, en pocas palabras.

rule-every-sitting = cada { $span } sin levantarte
rule-every-hour-at = cada hora, en el minuto { $minute }
rule-every-clock = cada { $span } a partir de las { $time }
rule-at-times = a las { $times }
rule-weekly-target = { $minutes } min a la semana (se comprueba a las { $time })
rule-on-days = { $rule } ({ $days })
rule-any-time = { $rule }, a cualquier hora
rule-in-ranges = { $rule }, { $ranges }
span-hour = hora
span-hours = { $hours } h
span-minutes = { $minutes } min
days-every-day = todos los días
days-weekdays = lun-vie

## Duraciones y momentos respecto a ahora.

relative-now = ahora
relative-minutes = en { $minutes } min
relative-hours = en { $hours } h
relative-hours-minutes = en { $hours } h { $minutes } min
relative-days = { $days ->
    [one] en { $days } día
   *[other] en { $days } días
    }

## `second-heart status` y `upcoming`.

upcoming-none = No hay avisos pendientes: todos los ejercicios están desactivados o no tienen reglas.
upcoming-today = Hoy
upcoming-tomorrow = Mañana
status-no-streak = aún sin racha
status-streak = { $days ->
    [one] racha de { $days } día
   *[other] racha de { $days } días
    }
status-best = (récord: { $days })
status-headline = { $date } · { $done } de { $total } hechos · { $streak }
status-paused = En pausa hasta las { $time }
status-busy = En una llamada o leyendo hasta las { $time }: el tiempo sin actividad en el equipo cuenta como tiempo sentado
status-guided = Haciendo { $name } ({ $dose }): { $step }, paso { $number } de { $steps }
status-sitting-since = Sin levantarte desde las { $time }
status-away = Lejos del escritorio
status-sources = Detección: inactividad { $idle } · bloqueo { $lock } · pantalla completa { $fullscreen }
status-nothing-today = Nada programado para hoy.
item-done = hecho
item-done-with = hecho, { $what }
item-skipped = omitido
item-missed = sin hacer
item-due = toca ahora · { $dose }
item-snoozed = pospuesto hasta las { $time }
item-upcoming = más tarde
status-next = Próximo aviso: { $name }, { $time } ({ $relative })
status-week-target = Esta semana: { $name } { $minutes } de { $target } min ({ $percent } %)
status-weeks = Avisos completados, últimas 4 semanas: { $rates }
status-suggestion = ¿Te animas a más? { $name }: dosis completa en { $days } de los últimos 7 días. Prueba { $suggested } (second-heart dose { $exercise } "{ $dose }")

## Notificaciones: el aviso y sus botones.

prompt-summary = { $name } — { $dose }
prompt-unsaved = No se pudo guardar tu última respuesta ({ $reason }). { $instruction }
prompt-reminder = Solo un recordatorio: pendiente desde las { $time }. { $instruction }
action-open = Abrir
action-start = Empezar
action-done = Hecho
action-snooze = Posponer { $minutes } min
action-skip = Omitir
sample-summary = Second Heart: aviso de ejemplo
sample-body = Rotaciones de tobillo — 10 círculos en cada sentido.
    Así se verán los avisos.

## Sesiones guiadas: los pasos y las indicaciones de cada uno.

# $foot es guide-right o guide-left; $way es guide-clockwise o guide-counter-clockwise.
guide-foot-way = Pie { $foot }, { $way }
guide-right = derecho
guide-left = izquierdo
guide-clockwise = en sentido horario
guide-counter-clockwise = en sentido antihorario
guide-circles-detail = { $circles ->
        [one] { $circles } círculo lento { $way }, de unos { $seconds } s
       *[other] { $circles } círculos lentos { $way }, de unos { $seconds } s cada uno
    }
guide-switch-feet = Cambia de pie
guide-switch-feet-detail = Apoya el pie derecho y levanta el izquierdo
guide-rest = Descanso
guide-rest-detail = Sacude y relaja las pantorrillas; luego, serie { $set } de { $sets }
guide-reps = { $reps ->
        [one] { $reps } repetición
       *[other] { $reps } repeticiones
    }
guide-set = Serie { $set } de { $sets }
guide-reps-detail = { $reps ->
        [one] { $reps } repetición: { $up } s subiendo, { $down } s bajando
       *[other] { $reps } repeticiones: { $up } s subiendo, { $down } s bajando
    }
guide-right-leg = Pierna derecha
guide-left-leg = Pierna izquierda
guide-hold-right = Mantén el estiramiento en la pierna derecha durante { $seconds } s
guide-hold-left = Mantén el estiramiento en la pierna izquierda durante { $seconds } s
guide-switch-legs = Cambia de pierna
guide-switch-legs-detail = Lleva el otro pie hacia atrás
guide-minutes = { $minutes } min
guide-brisk = Paso ligero
guide-brisk-detail = Respira más fuerte, pero sin dejar de poder hablar: { $minutes } min
guide-easy = Paso suave
guide-easy-detail = Camina con comodidad y recupera el aliento: { $minutes } min
guide-timing = Cronometrando
guide-timing-detail = Contando tus minutos: detén el cronómetro cuando termines
guide-done = Terminado
guide-well-done = { $name }: ¡bien hecho!
# Lo que se cuenta en un paso: $unit es "circles" o "reps" (claves, no se traducen).
guide-count = { $done }/{ $total } { $unit ->
        [circles] círculos
       *[reps] repeticiones
    }
guide-left-time = quedan { $time }
guide-paused = en pausa
guide-up = subiendo
guide-down = bajando
cue-summary = { $name } — { $step }
cue-next = { $detail }
    Siguiente: { $next }
cue-finished = { $name } — terminado
cue-correct = { $said }
    ¿Terminaste antes? Corrige los minutos en la ventana (o `second-heart session correct MINUTES`).
guide-sets-done = { $done } de { $sets } series hechas
guide-step-of = (paso { $step } de { $steps })

## La ventana: Hoy.

today-paused = Avisos en pausa hasta las { $time }.
today-resume = Reanudar
today-sources = Detección: inactividad { $idle } · bloqueo { $lock } · pantalla completa { $fullscreen }
today-no-streak = Aún sin racha
today-streak = { $days ->
        [one] Racha de { $days } día
       *[other] Racha de { $days } días
    }
today-progress = { $done } de { $total } hechos hoy
today-next = Próximo aviso { $relative }: { $name } a las { $time }
today-no-more = No hay más avisos programados.
today-nothing-due = Nada pendiente ahora mismo.
today-due-since = { $instruction } · pendiente desde las { $time }
today-start = Empezar
today-start-hint = Haz { $name } ahora, con guía paso a paso
today-start-disabled = Hay una sesión guiada en curso
today-done = Hecho
today-done-hint = Marcar { $name } como hecho
today-snooze = Posponer { $minutes } min
today-skip = Omitir
today-checklist = Microsesiones de hoy
today-nothing-scheduled = Nada programado para hoy.
today-item-done = hecho
today-item-skipped = omitido
today-item-missed = sin hacer
today-item-due = toca ahora
today-item-snoozed = pospuesto hasta las { $time }
today-log-title = Registrar una caminata o una salida en bici
today-log-activity = Actividad
today-log-minutes = Minutos
today-log = Registrar
today-week-target = { $name }: { $minutes } de { $target } min esta semana
today-paused-short = En pausa hasta las { $time }.
today-resume-prompts = Reanudar avisos
today-break-title = ¿Necesitas un descanso de los avisos?
today-pause-hour = Pausar 1 hora
today-pause-tomorrow = Pausar hasta mañana

## La ventana: Horario.
## $examples en schedule-dose-hint son dosis en el idioma del usuario.

schedule-title = Horario
schedule-to-fix = { $count ->
        [one] { $count } campo por corregir antes de guardar
       *[other] { $count } campos por corregir antes de guardar
    }
schedule-unsaved = Cambios sin guardar
schedule-saved = Todos los cambios guardados
schedule-revert = Revertir
schedule-save = Guardar
schedule-reload = Recargar
schedule-keep-mine = Conservar mis cambios
schedule-fix-first = Corrige los campos marcados en rojo antes de guardar.
schedule-this-computer = En este equipo
schedule-at-once = Se aplican al momento; no hace falta Guardar.
schedule-autostart = Activar los avisos al iniciar sesión
schedule-autostart-hint = Inicia el servicio en segundo plano al iniciar sesión
schedule-working-hours = Horario laboral
schedule-working-hours-hint = Intervalos como 09:00-12:30, 13:30-17:30. Deja un día vacío si no trabajas.
schedule-breaks = Descansos, posponer y silencio
schedule-idle = Lejos del escritorio tras (minutos)
schedule-snooze = Posponer durante (minutos)
schedule-remind = Recordar otra vez tras (minutos, 0 = nunca)
schedule-quiet = Retener los avisos en modo No molestar o con una ventana a pantalla completa
schedule-quiet-hint = Las presentaciones y videollamadas no se interrumpen; los avisos retenidos llegan una sola vez, después, si sigue siendo horario.
schedule-sound = Reproducir el sonido de notificación del sistema
schedule-preview = Próximos avisos con esta configuración
schedule-preview-fix = Corrige los campos marcados para ver la vista previa.
schedule-preview-none = Sin avisos: todos los ejercicios están desactivados o no tienen reglas.
schedule-exercises = Ejercicios
schedule-dose = Dosis
schedule-dose-hint = p. ej., { $examples }
schedule-add-rule = Agregar una regla a { $name }
schedule-pace-circle = Ritmo guiado: segundos por círculo
schedule-pace-up = Ritmo guiado: segundos subiendo
schedule-pace-down = segundos bajando
schedule-pace-rest = descanso entre series (s)
schedule-pace-interval = Guiado: cambiar de ritmo cada (minutos, 0 = constante)
schedule-when = Cuándo
schedule-minutes = Minutos
schedule-every-minutes = Cada (minutos)
schedule-at-minute = En el minuto
schedule-times = Horas
schedule-minutes-week = Minutos por semana
schedule-check-at = Comprobar a las
schedule-remove = Quitar
schedule-remove-hint = Quitar esta regla de { $name }
schedule-only-on = Solo los
schedule-working-days = días laborables
schedule-hours = Horas
schedule-hours-working = Horario laboral
schedule-hours-any = Cualquier hora
schedule-hours-ranges = Estas horas
schedule-ranges = Intervalos
rule-kind-sitting = Cada N minutos sin levantarte
rule-kind-clock = Cada N minutos según el reloj
rule-kind-times = A horas fijas
rule-kind-weekly = Objetivo semanal
theme-label = Tema de la ventana
theme-system = Según el sistema
theme-light = Claro
theme-dark = Oscuro
schedule-region = Idioma y región
schedule-language = Idioma
schedule-clock = Formato de hora
schedule-week-start = Primer día de la semana
# $value es lo que indica la configuración regional del sistema, p. ej. "Deutsch" o "24 horas".
region-like-desktop = Según el sistema ({ $value })
clock-12h = 12 horas (2:30 p. m.)
clock-24h = 24 horas (14:30)

## La ventana: su marco.

tab-today = Hoy
tab-schedule = Horario
tab-exercises = Ejercicios
tab-history = Historial
close-title = ¿Guardar los cambios del horario antes de cerrar?
close-detail = La pestaña Horario tiene cambios sin guardar. Si los descartas, se perderán.
close-save = Guardar y cerrar
close-discard = Descartar y cerrar
close-cancel = Cancelar
daemon-not-running = El servicio en segundo plano no se está ejecutando.
daemon-not-running-detail = Los avisos solo llegan mientras se ejecuta. Inícialo para ver las sesiones de hoy.
daemon-not-started = No se pudo iniciar el servicio en segundo plano.
daemon-not-answering = El servicio en segundo plano no responde.
daemon-restart = Reiniciarlo
daemon-start = Iniciarlo
daemon-try-again = Reintentar

## La ventana: Historial.

history-title = Historial
history-last-weeks = Las últimas { $weeks } semanas
history-days = { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
history-streaks = Rachas
history-none-on = No hay ningún ejercicio activado.
history-exercise = Ejercicio
history-current = Actual
history-best = Récord
history-active-minutes = Minutos activos por semana
history-target-line = Línea discontinua: objetivo de { $target } min a la semana
history-no-weeks = No hay semanas que mostrar.
history-week-of = Semana del { $date }
history-bar = { $week }: { $minutes } min
history-target = Objetivo: { $target } min
history-active-none = Los minutos activos son los de los ejercicios con objetivo semanal; ninguno lo tiene.
history-active-one = Minutos activos: los minutos de { $name }, el ejercicio con objetivo semanal.
history-active-many = Minutos activos: los minutos de { $names } y { $last }, los ejercicios con objetivo semanal.
history-summary = Minutos activos por semana: { $minutes } min esta semana
history-summary-target = { $summary } de un objetivo de { $target } min
history-summary-average = { $summary }; media de { $average } min a la semana en { $weeks } semanas
history-prompts-done = Avisos completados
history-completion = { $percent } en { $weeks } semanas ({ $done } de { $asked })
history-this-week = Esta semana
history-last-week = La semana pasada
history-done-of = { $done } de { $asked }
history-no-prompts = sin avisos
history-export = Exportar
history-no-home = No se puede exportar: no se encontró la carpeta personal (¿está definida HOME?)
history-export-where = Todas las sesiones registradas en una hoja de cálculo (CSV), guardada en { $folder }.
history-export-button = Exportar CSV
history-documents = tu carpeta Documentos ({ $path })
history-home = tu carpeta personal ({ $path })
history-cannot-export = No se puede exportar: { $reason }
history-exported = { $count ->
        [one] Se exportó { $count } sesión a { $path }
       *[other] Se exportaron { $count } sesiones a { $path }
    }
heat-before-first = { $date }: antes de tu primera sesión
heat-done = { $count ->
        [one] { $count } hecha
       *[other] { $count } hechas
    }
heat-skipped = { $count ->
        [one] { $count } omitida
       *[other] { $count } omitidas
    }
heat-missed = { $count } sin hacer
heat-minutes = { $minutes } min
heat-rest-day = día de descanso
heat-title = Días cumplidos
heat-nothing = Aún no hay nada registrado.
heat-days-done = Hiciste algo en { $done } de { $scheduled } días programados desde que empezaste.
heat-less = Menos
heat-more = Más
heat-none-done = Ninguna sesión hecha
heat-one-done = 1 sesión hecha
heat-two-three = 2 o 3 sesiones hechas
heat-four-more = 4 o más sesiones hechas
heat-rest-hint = Nada programado ese día, o antes de tu primera sesión
heat-rest-legend = Día de descanso o aún sin empezar

## La ventana: una sesión guiada.

player-illustration = Ilustración: { $name }
player-next = Siguiente: { $next }
player-last = Último paso
player-step = Paso { $step } de { $steps } · { $next }
player-resume = Reanudar
player-pause = Pausar
player-skip = Omitir paso
player-stop = Detener
player-stop-hint = Terminar la sesión y registrar lo que se hizo
player-paused = en pausa
player-left-in = { $step }: quedan { $time }
player-so-far = { $time } hasta ahora
player-ran-by-itself = { $name }: el temporizador completó los { $minutes } min solo; se registran { $minutes } min.
player-stopped-earlier = Si paraste antes, indica cuántos minutos hiciste.
player-minutes = Minutos
player-correct = Corregir
player-not-number = Minutos: { $value } no es un número entero
player-keep = Mantener { $minutes } min

## Respuestas a los comandos (desde la línea de comandos, la ventana o la bandeja).

reply-done = Hecho: { $name }, { $what }, a las { $time }.
reply-done-streak = Hecho: { $name }, { $what }, a las { $time }. Racha: { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
reply-skipped = Omitido: { $name }, a las { $time }.
reply-snoozed-one = Pospuesto: { $name }, a las { $time }.
reply-missed = Sin hacer: { $name }, a las { $time }.
# $outcome es uno de outcome-done, outcome-skipped, outcome-snoozed, outcome-missed.
reply-already = { $name }: ya constaba como { $outcome } a las { $time }{ $by }; no se registró nada.
outcome-done = hecho
outcome-skipped = omitido
outcome-snoozed = pospuesto
outcome-missed = sin hacer
by-cli = { " " }desde la línea de comandos
by-window = { " " }en la ventana
by-notification = { " " }en una notificación
by-tray = { " " }desde la bandeja del sistema
reply-nothing-due = No hay nada pendiente ahora mismo.
reply-snoozed = Pospuesto hasta las { $time }: { $names }.
reply-not-due = snooze: { $name } no está pendiente ahora{ $next }; no se pospuso nada
reply-next-at = { " " }(próxima vez: { $time })
reply-next-on = { " " }(próxima vez: { $time })
reply-paused = En pausa hasta { $time }. `second-heart resume` reanuda los avisos.
reply-resumed = Avisos reanudados.
reply-not-paused = Los avisos no estaban en pausa.
# $verb es la palabra del comando (done, skip o start), no se traduce: se elige la variante.
reply-say-which = no hay nada pendiente ahora; indica qué ejercicio { $verb ->
        [skip] omitir
        [start] empezar
       *[done] marcar como hecho
    }
reply-which-due = hay { $count } pendientes; indica cuál: { $ids }

## Mensajes de la línea de comandos.

cli-not-running = El servicio en segundo plano no se está ejecutando.
cli-still-running = se pidió al servicio en segundo plano que se detuviera, pero sigue en ejecución tras { $seconds } s
cli-dose-changed = { $name }: dosis cambiada de { $from } a { $to }.
cli-fix-first = { $file } tiene errores; corrígelos primero (`second-heart config check`):
cli-no-file = { $file }: el archivo no existe; se usa la configuración predeterminada
cli-unknown-field = { $file }: se ignoró el campo desconocido { $field }
cli-valid = { $file }: válido
cli-invalid = { $file } no es válido:
cli-compacted = { $count ->
        [one] { $file }: se descartó { $count } línea ilegible; el archivo anterior se conserva como { $backup }
       *[other] { $file }: se descartaron { $count } líneas ilegibles; el archivo anterior se conserva como { $backup }
    }
cli-nothing-to-compact = { $file }: nada que compactar
cli-warning = advertencia: { $text }
cli-without-daemon = { $why }; se trabaja directamente con los archivos, sin el servicio en segundo plano
daemon-stopping = Deteniendo el servicio en segundo plano.
daemon-reloaded = Configuración recargada.
daemon-sample-sent = Aviso de ejemplo enviado a { $server }.

## Momentos: reuniones, llamadas y rutinas.

action-later = Más tarde
action-no = No
schedule-in-meetings = En reuniones, llamadas y lectura
schedule-in-meetings-hint = Sugerencias discretas: los ejercicios sentados llegan en silencio (sin sonido, baja urgencia); los de pie esperan a que termine. Retener todo: nada hasta que termine.
schedule-walk-in-calls = Proponer una caminata durante las llamadas
status-context-said = Situación: { $context } hasta las { $time } (indicado por ti): el tiempo sin actividad en el equipo cuenta como tiempo sentado
status-context = Situación: { $context }
anchored-done = hecho { $when }
anchored-not-today = hoy no
anchored-tick = márcalo: second-heart done { $exercise } --anchor { $routine }
place-seated = Sentado, discreto
place-standing = De pie
place-away = Lejos del escritorio
place-lying = Acostado o recostado
# Para frases como "Ya no estás en una reunión" y "Situación: en el escritorio".
situation-desk = en el escritorio
situation-meeting = en una reunión
situation-call = en una llamada
situation-reading = leyendo
situation-away = lejos del escritorio
busy-meeting = En una reunión
busy-call = En una llamada
busy-reading = Leyendo
policy-off = Avisos como siempre
policy-quiet = Sugerencias discretas
policy-hold = Retener todo
routine-morning = al cepillarte los dientes, por la mañana
routine-evening = al cepillarte los dientes, por la noche
routine-after-lunch = después de comer
routine-kettle = mientras hierve el agua
when-this-morning = esta mañana
when-lunchtime = a la hora de comer
when-this-afternoon = esta tarde
when-this-evening = esta noche
# $name es el ejercicio, en minúsculas.
quiet-meeting = En la reunión: { $name } bajo la mesa, { $dose }
quiet-call = Durante la llamada: { $name } bajo la mesa, { $dose }
quiet-reading = Mientras lees: { $name } bajo la mesa, { $dose }
quiet-body = Con discreción, sin que se note: { $instruction }
offer-walk = ¿Caminar durante esta llamada?
offer-other = ¿{ $name } durante esta llamada?
offer-body = { $name } — { $dose }. Empieza y camina mientras hablas: los minutos cuentan para la caminata de hoy y para los minutos de la semana.
morning-question = ¿{ $names } al cepillarte los dientes esta mañana?
morning-body = Márcalo si lo hiciste ({ $routine }).
# Una lista: "Elevaciones de talones, Rotaciones de tobillo y Piernas en alto".
list-and = { $first } y { $last }

## El icono de la bandeja del sistema: descripción y menú.

tray-due-item = { $name } — { $dose }
tray-next = { $name } a las { $time }
tray-guided = { $name }: { $step } (paso { $number } de { $steps })
tray-done-today = { $done } de { $total } hechos hoy
tray-streak = { $days ->
        [one] { $summary } · racha de { $days } día
       *[other] { $summary } · racha de { $days } días
    }
tray-doing = En curso: { $what }
tray-doing-paused = En pausa: { $what }
tray-due-one = Toca ahora: { $what }
tray-unshown = No se pueden mostrar notificaciones; responde desde este menú
tray-due-many = { $count ->
        [one] { $count } sesión pendiente ahora
       *[other] { $count } sesiones pendientes ahora
    }
tray-not-saved = Sin guardar: { $problem }
tray-busy-until = { $mode } hasta las { $time }
tray-paused-until = En pausa hasta las { $time }
tray-holding = Avisos retenidos: { $why }
tray-next-line = Siguiente: { $next }
tray-open = Abrir Second Heart
tray-resume-session = Reanudar: { $what }
tray-pause-session = Pausar: { $what }
tray-skip-step = Pasar al siguiente paso
tray-stop-session = Detener la sesión (registra lo que se hizo)
tray-start = Empezar: { $what }
tray-done = Hecho: { $what }
tray-skip = Omitir: { $what }
tray-snooze = Posponer { $minutes } min
tray-snooze-all = Posponer todos { $minutes } min
tray-resume = Reanudar avisos (en pausa hasta las { $time })
tray-pause-hour = Pausar 1 hora
tray-pause-tomorrow = Pausar hasta mañana
tray-no-longer = Ya no estoy { $situation } (hasta las { $time })
tray-busy-hour = { $mode } durante 1 hora
tray-quit = Salir de Second Heart

## Los momentos en la ventana y en las respuestas.

today-routines = Con tus rutinas
today-routine-item = { $name } — { $routine }
today-routine-done = hecho { $when }
today-routine-not-today = hoy no
today-routine-tick = Hecho: { $name } { $routine }
today-routine-tick-hint = Márcalo: se registra a la hora habitual de la rutina
today-busy-until = { $mode } hasta las { $time }.
today-busy-off = Ya no
today-busy-hour = { $mode } durante 1 hora
today-busy-hint = El tiempo sin actividad en el equipo cuenta como tiempo sentado; los ejercicios sentados llegan como sugerencias discretas y el resto, después
history-sessions = { $count ->
        [one] { $count } sesión
       *[other] { $count } sesiones
    }
history-in-meetings = { $sessions } en reuniones
history-in-calls = { $sessions } en llamadas
history-moments-week = Esta semana: { $parts }
busy-no-longer = Ya no estás { $situation }: el tiempo sin actividad vuelve a contar como descanso.
busy-not-busy = No había ninguna ocupación indicada.
busy-prompts-usual = los avisos llegan como siempre
busy-prompts-wait = los avisos esperan hasta entonces
busy-prompts-call = los ejercicios sentados llegan como sugerencias discretas, se propone una caminata y el resto espera hasta entonces
busy-prompts-quiet = los ejercicios sentados llegan como sugerencias discretas y el resto espera hasta entonces
busy-set = { $mode } hasta { $time }: el tiempo sin actividad en el equipo cuenta como tiempo sentado; { $prompts }. `second-heart busy off` lo termina.

## Primer inicio: la bienvenida y los horarios iniciales.

welcome-start = Empezar
welcome-title = Te damos la bienvenida a Second Heart
welcome-intro = Los músculos de tus pantorrillas son tu "segundo corazón": cada contracción impulsa la sangre de las piernas de vuelta hacia el corazón. Estar mucho tiempo sentado hace que se estanque. Sesiones cortas y frecuentes a lo largo del día mantienen la bomba en marcha, y la constancia importa más que la intensidad.
welcome-safety = Esto no es un consejo médico. Las personas con antecedentes de trombosis venosa profunda (TVP), insuficiencia cardiaca o dolor en las piernas deberían consultar a un profesional sanitario antes de cambiar su rutina de ejercicio.
welcome-choose = Elige cómo empezar. Puedes cambiarlo todo más adelante.
welcome-moments = Integrado en tu día
starter-gentle = Suave
starter-standard = Estándar
starter-active = Activo
starter-gentle-summary = Rotaciones de tobillo cada 90 minutos sin levantarte, elevaciones de talones una vez al día, una caminata diaria.
starter-standard-summary = Rotaciones de tobillo cada hora sin levantarte, elevaciones de talones y estiramiento del sóleo dos veces al día, una caminata diaria, piernas en alto tras mucho rato sentado.
starter-active-summary = Rotaciones de tobillo cada 45 minutos, elevaciones de talones tres veces al día, el estiramiento dos veces, una caminata y piernas en alto.
moment-meetings = Rotaciones de tobillo en las reuniones
moment-meetings-detail = En una reunión, los ejercicios sentados llegan como sugerencias discretas; el resto espera a que termine.
moment-brushing-teeth = Elevaciones de talones al cepillarte los dientes
moment-brushing-teeth-detail = Por la mañana y por la noche, en lugar de a horas fijas; márcalas después en Hoy.
moment-calls = Una caminata durante las llamadas
moment-calls-detail = Al empezar una llamada, se propone una caminata guiada; sus minutos cuentan.

## La ventana: Ejercicios.

exercises-title = Ejercicios
exercises-cannot-show = No se puede mostrar el horario guardado; consulta la pestaña Horario.
exercises-unsaved = La pestaña Horario tiene cambios sin guardar: esta página muestra el horario vigente.
exercises-open-schedule = Abrir la pestaña Horario
exercises-intro = Las sesiones cortas y frecuentes activan el bombeo muscular de la pantorrilla. No es un consejo médico: si tienes antecedentes de trombosis venosa profunda (TVP), insuficiencia cardiaca o dolor en las piernas, consulta a un profesional sanitario antes de cambiar tu rutina.
exercises-off = (desactivado)
exercises-changed = Cambiado en la pestaña Horario, aún sin guardar
exercises-no-rules = sin reglas: nunca se avisa
exercises-when = Cuándo: { $when }
exercises-where = Dónde: { $place }
exercises-with = { $where } · Con: { $routines }
exercises-start = Empezar: { $name }
exercises-start-hint = Hazlo ahora, con guía paso a paso
exercises-start-disabled = Hay una sesión guiada en curso
exercises-edit = Editar: { $name }
exercises-add-title = Agregar un ejercicio propio
exercises-name = Nombre
exercises-name-hint = Sentadillas junto al escritorio
exercises-dose = Dosis
exercises-instruction = Instrucción de una línea
exercises-instruction-hint = Se muestra en el aviso
exercises-how-to = Cómo se hace
exercises-every = Cada N minutos sin levantarte
exercises-where-label = Dónde
# Las palabras de las rutinas quedan en inglés: la app las lee así.
exercises-routines = Con rutinas
exercises-routines-hint = morning, evening, after-lunch, kettle o una propia
exercises-logged = Registro los minutos después (como una caminata)
exercises-give-name = Ponle un nombre.
exercises-exists = Ya hay un ejercicio llamado { $name }.
exercises-dose-problem = Dosis: { $problem }
exercises-routines-problem = Rutinas: { $problem }
exercises-every-problem = Cada N minutos: un número de { $min } a { $max }.
exercises-save = Guardar cambios
exercises-add = Agregar ejercicio
exercises-cancel = Cancelar

## Why prompts are held.

quiet-reason-dnd = «No molestar» está activado
quiet-reason-dnd-dunst = «No molestar» está activado (dunst en pausa)
quiet-reason-dnd-gnome = «No molestar» está activado (GNOME)
quiet-reason-fullscreen = hay una ventana a pantalla completa activa
quiet-reason-camera = hay una cámara en uso (¿una llamada?)
quiet-reason-awake = { $app } mantiene la pantalla encendida
quiet-reason-presentation = la configuración de presentación está activada
quiet-reason-quiet-time = el tiempo de silencio de Windows tras la instalación o una actualización

## Guided sessions and routines: replies.

guided-started = { $name } iniciado ({ $dose }{ $length }): { $step }.
guided-paused = { $name } en pausa en: { $step }.
guided-resumed = { $name } reanudado: { $step }.
guided-on-to = { $name }: ahora, { $step }.
guided-too-short = { $name } detenido tras { $time }: demasiado corto para contar; no se registró nada.
guided-not-saved = No se guardó: { $reason }
guided-kept = Conservado: { $name }, { $minutes } min.
guided-corrected = Corregido: { $name }, { $minutes } min (antes { $was }).
guided-running = start: { $name } está en curso; detenlo primero (`second-heart session stop`)
guided-none = session: no hay ninguna sesión guiada en curso
anchored-reply-done = Hecho: { $name } { $routine } ({ $when }).
anchored-reply-not-done = Anotado: { $name } { $routine } no hecho hoy.

## Notices in the window.

notice-saved-elsewhere = { $file } se guardó en otro sitio mientras tanto (con el comando second-heart u otra ventana): se conserva tal cual y se muestra aquí; no se aplicó la plantilla { $starter }.
notice-starter-saved = Plan { $starter } guardado. Los avisos llegan como notificaciones del escritorio; márcalos allí o aquí.
notice-clash = Las preferencias cambiaron desde que las abriste ({ $fields }): recarga o conserva las tuyas.
notice-saved = Guardado.
notice-saved-merged = Guardado, junto con los cambios hechos en otro sitio mientras tanto.
notice-clash-first = La pestaña Plan tiene un guardado que choca con cambios hechos en otro sitio: recarga o conserva los tuyos allí primero.
notice-own-clash = { $name } se cambió en otro sitio mientras tanto ({ $fields }); no se guardó nada.
notice-own-saved = { $name } guardado.
notice-own-added = { $name } añadido.
notice-in-effect = { $saved } El nuevo plan ya está en vigor.
notice-when-daemon-starts = { $saved } Entrará en vigor cuando se inicie el servicio.
notice-daemon-said = { $saved } Pero el servicio dijo: { $reason }
notice-done = Hecho.
notice-not-running = El servicio en segundo plano no está en marcha; inícialo primero.
notice-log-minutes = Minutos: { $value } no es un número de { $min } a { $max }.

## Typed times and the terminal guide.

time-not-a-time = { $text } no es una hora (escribe p. ej. 14:30, "2:30 PM", "2026-11-23 09:00" o 2026-11-23T09:00:00+01:00)
time-in-gap = { $text } no existe en esta zona horaria (los relojes se la saltan con el cambio de hora)
guide-keys = Teclas: espacio pausa/reanudar · n paso siguiente · q detener
