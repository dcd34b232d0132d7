### Second Heart: português do Brasil.

## Horas e datas. Os padrões de data são padrões strftime: %A dia da semana,
## %a dia abreviado, %B mês, %b mês abreviado, %-d dia, %-m número do mês;
## os nomes vêm da localidade do idioma.

time-12h = { $time } { $period }
time-am = AM
time-pm = PM
date-long = %A, %-d de %B
date-short = %a, %-d de %b
date-day-month = %-d de %b
date-weekday = %a
date-month = %b

## Os exercícios incluídos. Quem renomeia um deles mantém o próprio nome.

exercise-ankle-rotations-name = Rotação dos tornozelos
exercise-ankle-rotations-instruction = Na cadeira: gire cada tornozelo no sentido horário e depois no anti-horário.
exercise-ankle-rotations-how-to = Sente-se com a coluna ereta e levante um pouco um pé do chão. Desenhe com a ponta do pé círculos lentos e amplos: no sentido horário e depois no anti-horário. Troque de pé. Fácil de fazer sem ninguém perceber durante as reuniões.
exercise-calf-raises-name = Elevação de panturrilhas
exercise-calf-raises-instruction = Em pé, suba bem alto na ponta dos pés e desça devagar.
exercise-calf-raises-how-to = Fique em pé com a postura ereta, sobre um degrau se tiver um por perto. Suba o mais alto que puder na ponta dos pés e desça devagar; no degrau, deixe os calcanhares descerem abaixo da borda. Apoie-se numa mesa ou na parede para se equilibrar. Dá para fazer também enquanto escova os dentes.
exercise-soleus-stretch-name = Alongamento do sóleo
exercise-soleus-stretch-instruction = Joelho dobrado, calcanhar no chão: sinta na parte baixa e profunda da panturrilha.
exercise-soleus-stretch-how-to = Dê um passo para trás com um pé e dobre os dois joelhos, mantendo o calcanhar de trás no chão. O alongamento é sentido na parte baixa e profunda da panturrilha: é o sóleo. (Com o joelho esticado, o alongamento atinge o gastrocnêmio.) Mantenha a posição e depois troque de perna. Bom depois de uma caminhada.
exercise-brisk-walk-name = Caminhada rápida
exercise-brisk-walk-instruction = Caminhe em ritmo acelerado; mude o ritmo a cada 5 minutos.
exercise-brisk-walk-how-to = Caminhe num ritmo em que você respire mais forte, mas ainda consiga conversar. Alterne ritmo acelerado e leve a cada 5 minutos (treino intervalado). Caminhar durante ligações também conta.
exercise-cycling-name = Ciclismo
exercise-cycling-instruction = Registre os minutos pedalados; a meta é 150 por semana.
exercise-cycling-how-to = Pedale numa bicicleta ergométrica ou na rua com esforço moderado: respiração mais forte, mas ainda dá para conversar. Baixo impacto nas articulações. Registre os minutos depois; a meta semanal é 150.
exercise-legs-up-name = Pernas elevadas
exercise-legs-up-instruction = Deite-se ou recoste-se com as pernas acima da altura do quadril.
exercise-legs-up-how-to = Depois de muito tempo sem se levantar, deite-se no chão com as panturrilhas sobre uma cadeira ou as pernas apoiadas na parede, ou recoste-se com os pés sobre um banquinho. Deixe a gravidade ajudar o sangue a voltar das pernas.

## Doses: quanto é uma sessão.

dose-sets-of-reps = { $sets ->
    [one] { $sets } série de { $reps }
   *[other] { $sets } séries de { $reps }
    }
dose-circles-each-way = { $circles ->
    [one] { $circles } círculo em cada sentido
   *[other] { $circles } círculos em cada sentido
    }
dose-seconds-each-leg = { $seconds } s por perna
dose-minutes = { $minutes } min

## Regras: quando um exercício está na hora, em poucas palavras.

rule-every-sitting = a cada { $span } sem se levantar
rule-every-hour-at = a cada hora, no minuto { $minute }
rule-every-clock = a cada { $span } a partir das { $time }
rule-at-times = às { $times }
rule-weekly-target = { $minutes } min por semana (verificação às { $time })
rule-on-days = { $rule } ({ $days })
rule-any-time = { $rule }, a qualquer hora
rule-in-ranges = { $rule }, { $ranges }
span-hour = hora
span-hours = { $hours } h
span-minutes = { $minutes } min
days-every-day = todos os dias
days-weekdays = seg-sex

## Durações e momentos em relação a agora.

relative-now = agora
relative-minutes = em { $minutes } min
relative-hours = em { $hours } h
relative-hours-minutes = em { $hours } h { $minutes } min
relative-days = { $days ->
    [one] em { $days } dia
   *[other] em { $days } dias
    }

## `second-heart status` e `upcoming`.

upcoming-none = Nenhum lembrete pela frente: todos os exercícios estão desativados ou sem regras.
upcoming-today = Hoje
upcoming-tomorrow = Amanhã
status-no-streak = ainda sem sequência
status-streak = { $days ->
    [one] sequência de { $days } dia
   *[other] sequência de { $days } dias
    }
status-best = (recorde: { $days })
status-headline = { $date } · { $done } de { $total } feitos · { $streak }
status-paused = Em pausa até as { $time }
status-busy = Em chamada ou lendo até as { $time }: o tempo sem uso do teclado ou mouse conta como tempo sentado
status-guided = Fazendo { $name } ({ $dose }): { $step }, passo { $number } de { $steps }
status-sitting-since = Sem se levantar desde as { $time }
status-away = Longe da mesa
status-sources = Detecção: inatividade { $idle } · bloqueio { $lock } · tela cheia { $fullscreen }
status-nothing-today = Nada agendado para hoje.
item-done = feito
item-done-with = feito, { $what }
item-skipped = pulado
item-missed = não feito
item-due = é hora · { $dose }
item-snoozed = adiado até as { $time }
item-upcoming = mais tarde
status-next = Próximo lembrete: { $name }, { $time } ({ $relative })
status-week-target = Esta semana: { $name } { $minutes } de { $target } min ({ $percent }%)
status-weeks = Lembretes feitos, últimas 4 semanas: { $rates }
status-suggestion = Que tal subir o nível? { $name }: dose completa em { $days } dos últimos 7 dias. Experimente { $suggested } (second-heart dose { $exercise } "{ $dose }")

## Notificações: o lembrete e seus botões.

prompt-summary = { $name } — { $dose }
prompt-unsaved = Não foi possível salvar sua última resposta ({ $reason }). { $instruction }
prompt-reminder = Só um lembrete: pendente desde as { $time }. { $instruction }
action-open = Abrir
action-start = Começar
action-done = Feito
action-snooze = Adiar { $minutes } min
action-skip = Pular
sample-summary = Second Heart: lembrete de exemplo
sample-body = Rotação dos tornozelos — 10 círculos em cada sentido.
    É assim que os lembretes vão aparecer.

## Sessões guiadas: os passos e as indicações mostradas em cada um.

# $foot é guide-right ou guide-left; $way é guide-clockwise ou guide-counter-clockwise.
guide-foot-way = Pé { $foot }, { $way }
guide-right = direito
guide-left = esquerdo
guide-clockwise = no sentido horário
guide-counter-clockwise = no sentido anti-horário
guide-circles-detail = { $circles ->
        [one] { $circles } círculo lento { $way }, de uns { $seconds } s
       *[other] { $circles } círculos lentos { $way }, de uns { $seconds } s cada
    }
guide-switch-feet = Troque de pé
guide-switch-feet-detail = Apoie o pé direito no chão e levante o esquerdo
guide-rest = Descanso
guide-rest-detail = Solte as panturrilhas; em seguida, série { $set } de { $sets }
guide-reps = { $reps ->
        [one] { $reps } repetição
       *[other] { $reps } repetições
    }
guide-set = Série { $set } de { $sets }
guide-reps-detail = { $reps ->
        [one] { $reps } repetição: { $up } s subindo, { $down } s descendo
       *[other] { $reps } repetições: { $up } s subindo, { $down } s descendo
    }
guide-right-leg = Perna direita
guide-left-leg = Perna esquerda
guide-hold-right = Mantenha o alongamento na perna direita por { $seconds } s
guide-hold-left = Mantenha o alongamento na perna esquerda por { $seconds } s
guide-switch-legs = Troque de perna
guide-switch-legs-detail = Leve o outro pé para trás
guide-minutes = { $minutes } min
guide-brisk = Ritmo acelerado
guide-brisk-detail = Respire mais forte, mas ainda conseguindo conversar: { $minutes } min
guide-easy = Ritmo leve
guide-easy-detail = Caminhe confortavelmente e recupere o fôlego: { $minutes } min
guide-timing = Cronometrando
guide-timing-detail = Contando seus minutos: pare o cronômetro quando terminar
guide-done = Concluído
guide-well-done = { $name }: muito bem!
# O que é contado num passo: $unit é "circles" ou "reps" (chaves, não se traduzem).
guide-count = { $done }/{ $total } { $unit ->
        [circles] círculos
       *[reps] repetições
    }
guide-left-time = faltam { $time }
guide-paused = em pausa
guide-up = subindo
guide-down = descendo
cue-summary = { $name } — { $step }
cue-next = { $detail }
    A seguir: { $next }
cue-finished = { $name } — concluído
cue-correct = { $said }
    Parou antes? Corrija os minutos na janela (ou `second-heart session correct MINUTES`).
guide-sets-done = { $done } de { $sets } séries feitas
guide-step-of = (passo { $step } de { $steps })

## A janela: Hoje.

today-paused = Lembretes em pausa até as { $time }.
today-resume = Retomar
today-sources = Detecção: inatividade { $idle } · bloqueio { $lock } · tela cheia { $fullscreen }
today-no-streak = Ainda sem sequência
today-streak = { $days ->
        [one] Sequência de { $days } dia
       *[other] Sequência de { $days } dias
    }
today-progress = { $done } de { $total } feitos hoje
today-next = Próximo lembrete { $relative }: { $name } às { $time }
today-no-more = Nenhum outro lembrete agendado.
today-nothing-due = Nada pendente agora.
today-due-since = { $instruction } · pendente desde as { $time }
today-start = Começar
today-start-hint = Faça { $name } agora, com orientação passo a passo
today-start-disabled = Há uma sessão guiada em andamento
today-done = Feito
today-done-hint = Marcar { $name } como feito
today-snooze = Adiar { $minutes } min
today-skip = Pular
today-checklist = Microssessões de hoje
today-nothing-scheduled = Nada agendado para hoje.
today-item-done = feito
today-item-skipped = pulado
today-item-missed = não feito
today-item-due = é hora
today-item-snoozed = adiado até as { $time }
today-log-title = Registrar uma caminhada ou pedalada
today-log-activity = Atividade
today-log-minutes = Minutos
today-log = Registrar
today-week-target = { $name }: { $minutes } de { $target } min nesta semana
today-paused-short = Em pausa até as { $time }.
today-resume-prompts = Retomar lembretes
today-break-title = Precisa de uma pausa dos lembretes?
today-pause-hour = Pausar por 1 hora
today-pause-tomorrow = Pausar até amanhã

## A janela: Horários.
## $examples em schedule-dose-hint são doses no idioma do usuário.

schedule-title = Horários
schedule-to-fix = { $count ->
        [one] { $count } campo para corrigir antes de salvar
       *[other] { $count } campos para corrigir antes de salvar
    }
schedule-unsaved = Alterações não salvas
schedule-saved = Todas as alterações salvas
schedule-revert = Reverter
schedule-save = Salvar
schedule-reload = Recarregar
schedule-keep-mine = Manter minhas alterações
schedule-fix-first = Corrija os campos marcados em vermelho antes de salvar.
schedule-this-computer = Neste computador
schedule-at-once = Valem na hora; não é preciso Salvar.
schedule-autostart = Iniciar os lembretes ao fazer login
schedule-autostart-hint = Inicia o serviço em segundo plano quando você faz login
schedule-working-hours = Horário de trabalho
schedule-working-hours-hint = Intervalos como 09:00-12:30, 13:30-17:30. Deixe um dia vazio para folga.
schedule-breaks = Pausas, adiamento e silêncio
schedule-idle = Longe da mesa após (minutos)
schedule-snooze = Adiar por (minutos)
schedule-remind = Lembrar de novo após (minutos, 0 = nunca)
schedule-quiet = Segurar os lembretes no modo Não perturbe ou com uma janela em tela cheia
schedule-quiet-hint = Apresentações e videochamadas não são interrompidas; os lembretes segurados chegam uma só vez, depois, se ainda estiver dentro do horário.
schedule-sound = Tocar o som de notificação do sistema
schedule-preview = Próximos lembretes com estas configurações
schedule-preview-fix = Corrija os campos marcados para ver a prévia.
schedule-preview-none = Nenhum lembrete: todos os exercícios estão desativados ou sem regras.
schedule-exercises = Exercícios
schedule-dose = Dose
schedule-dose-hint = ex.: { $examples }
schedule-add-rule = Adicionar regra para { $name }
schedule-pace-circle = Ritmo guiado: segundos por círculo
schedule-pace-up = Ritmo guiado: segundos subindo
schedule-pace-down = segundos descendo
schedule-pace-rest = descanso entre séries (s)
schedule-pace-interval = Guiado: mudar o ritmo a cada (minutos, 0 = constante)
schedule-when = Quando
schedule-minutes = Minutos
schedule-every-minutes = A cada (minutos)
schedule-at-minute = No minuto
schedule-times = Horários
schedule-minutes-week = Minutos por semana
schedule-check-at = Verificar às
schedule-remove = Remover
schedule-remove-hint = Remover esta regra de { $name }
schedule-only-on = Apenas em
schedule-working-days = dias úteis
schedule-hours = Horário
schedule-hours-working = Horário de trabalho
schedule-hours-any = Qualquer hora
schedule-hours-ranges = Estes horários
schedule-ranges = Intervalos
rule-kind-sitting = A cada N minutos sem se levantar
rule-kind-clock = A cada N minutos pelo relógio
rule-kind-times = Em horários fixos
rule-kind-weekly = Meta semanal
theme-label = Tema da janela
theme-system = Igual ao sistema
theme-light = Claro
theme-dark = Escuro
schedule-region = Idioma e região
schedule-language = Idioma
schedule-clock = Formato de hora
schedule-week-start = Primeiro dia da semana
# $value é o que a localidade do sistema indica, ex.: "Deutsch" ou "24 horas".
region-like-desktop = Igual ao sistema ({ $value })
clock-12h = 12 horas (2:30 PM)
clock-24h = 24 horas (14:30)

## A janela: sua moldura.

tab-today = Hoje
tab-schedule = Horários
tab-exercises = Exercícios
tab-history = Histórico
close-title = Salvar as alterações dos horários antes de fechar?
close-detail = A aba Horários tem alterações não salvas. Se você descartá-las, elas serão perdidas.
close-save = Salvar e fechar
close-discard = Descartar e fechar
close-cancel = Cancelar
daemon-not-running = O serviço em segundo plano não está em execução.
daemon-not-running-detail = Os lembretes só chegam enquanto ele está em execução. Inicie-o para ver as sessões de hoje.
daemon-not-started = Não foi possível iniciar o serviço em segundo plano.
daemon-not-answering = O serviço em segundo plano não está respondendo.
daemon-restart = Reiniciar
daemon-start = Iniciar
daemon-try-again = Tentar novamente

## A janela: Histórico.

history-title = Histórico
history-last-weeks = As últimas { $weeks } semanas
history-days = { $days ->
        [0] 0 dias
        [one] { $days } dia
       *[other] { $days } dias
    }
history-streaks = Sequências
history-none-on = Nenhum exercício está ativado.
history-exercise = Exercício
history-current = Atual
history-best = Recorde
history-active-minutes = Minutos ativos por semana
history-target-line = Linha tracejada: meta de { $target } min por semana
history-no-weeks = Nenhuma semana para mostrar.
history-week-of = Semana de { $date }
history-bar = { $week }: { $minutes } min
history-target = Meta: { $target } min
history-active-none = Minutos ativos são os minutos dos exercícios com meta semanal; nenhum tem meta.
history-active-one = Minutos ativos: os minutos de { $name }, o exercício com meta semanal.
history-active-many = Minutos ativos: os minutos de { $names } e { $last }, os exercícios com meta semanal.
history-summary = Minutos ativos por semana: { $minutes } min nesta semana
history-summary-target = { $summary } de uma meta de { $target } min
history-summary-average = { $summary }; média de { $average } min por semana em { $weeks } semanas
history-prompts-done = Lembretes feitos
history-completion = { $percent } em { $weeks } semanas ({ $done } de { $asked })
history-this-week = Esta semana
history-last-week = Semana passada
history-done-of = { $done } de { $asked }
history-no-prompts = sem lembretes
history-export = Exportar
history-no-home = Não é possível exportar: a pasta pessoal não foi encontrada (HOME está definida?)
history-export-where = Todas as sessões registradas numa planilha (CSV), salva em { $folder }.
history-export-button = Exportar CSV
history-documents = sua pasta Documentos ({ $path })
history-home = sua pasta pessoal ({ $path })
history-cannot-export = Não é possível exportar: { $reason }
history-exported = { $count ->
        [0] Nenhuma sessão exportada para { $path }
        [one] { $count } sessão exportada para { $path }
       *[other] { $count } sessões exportadas para { $path }
    }
heat-before-first = { $date }: antes da sua primeira sessão
heat-done = { $count ->
        [0] 0 feitas
        [one] { $count } feita
       *[other] { $count } feitas
    }
heat-skipped = { $count ->
        [0] 0 puladas
        [one] { $count } pulada
       *[other] { $count } puladas
    }
heat-missed = { $count ->
        [0] 0 não feitas
        [one] { $count } não feita
       *[other] { $count } não feitas
    }
heat-minutes = { $minutes } min
heat-rest-day = dia de descanso
heat-title = Dias cumpridos
heat-nothing = Nada registrado ainda.
heat-days-done = Você fez algo em { $done } de { $scheduled } dias agendados desde que começou.
heat-less = Menos
heat-more = Mais
heat-none-done = Nenhuma sessão feita
heat-one-done = 1 sessão feita
heat-two-three = 2 ou 3 sessões feitas
heat-four-more = 4 ou mais sessões feitas
heat-rest-hint = Nada agendado nesse dia, ou antes da sua primeira sessão
heat-rest-legend = Dia de descanso ou ainda não começado

## A janela: uma sessão guiada.

player-illustration = Ilustração: { $name }
player-next = A seguir: { $next }
player-last = Último passo
player-step = Passo { $step } de { $steps } · { $next }
player-resume = Retomar
player-pause = Pausar
player-skip = Pular passo
player-stop = Parar
player-stop-hint = Encerrar a sessão e registrar o que foi feito
player-paused = em pausa
player-left-in = { $step }: faltam { $time }
player-so-far = { $time } até agora
player-ran-by-itself = { $name }: o cronômetro completou os { $minutes } min sozinho; { $minutes } min foram registrados.
player-stopped-earlier = Se você parou antes, informe quantos minutos fez.
player-minutes = Minutos
player-correct = Corrigir
player-not-number = Minutos: { $value } não é um número inteiro
player-keep = Manter { $minutes } min

## Respostas aos comandos (pela linha de comando, pela janela ou pela bandeja).

reply-done = Feito: { $name }, { $what }, às { $time }.
reply-done-streak = Feito: { $name }, { $what }, às { $time }. Sequência: { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.
reply-skipped = Pulado: { $name }, às { $time }.
reply-snoozed-one = Adiado: { $name }, às { $time }.
reply-missed = Não feito: { $name }, às { $time }.
# $outcome é um de outcome-done, outcome-skipped, outcome-snoozed, outcome-missed.
reply-already = { $name }: já constava como { $outcome } às { $time }{ $by }; nada foi registrado.
outcome-done = feito
outcome-skipped = pulado
outcome-snoozed = adiado
outcome-missed = não feito
by-cli = { " " }pela linha de comando
by-window = { " " }na janela
by-notification = { " " }numa notificação
by-tray = { " " }pela bandeja do sistema
reply-nothing-due = Nada pendente agora.
reply-snoozed = Adiado até as { $time }: { $names }.
reply-not-due = snooze: { $name } não está pendente agora{ $next }; nada foi adiado
reply-next-at = { " " }(próxima vez: { $time })
reply-next-on = { " " }(próxima vez: { $time })
reply-paused = Em pausa até { $time }. `second-heart resume` retoma os lembretes.
reply-resumed = Lembretes retomados.
reply-not-paused = Os lembretes não estavam em pausa.
# $verb é a palavra do comando (done, skip ou start), não se traduz: escolhe-se a variante.
reply-say-which = nada pendente agora; diga qual exercício { $verb ->
        [skip] pular
        [start] começar
       *[done] marcar como feito
    }
reply-which-due = há { $count } pendentes; diga qual: { $ids }

## Mensagens da linha de comando.

cli-not-running = O serviço em segundo plano não está em execução.
cli-still-running = o serviço em segundo plano deveria parar, mas continua em execução após { $seconds } s
cli-dose-changed = { $name }: dose alterada de { $from } para { $to }.
cli-fix-first = { $file } tem erros; corrija-os primeiro (`second-heart config check`):
cli-no-file = { $file }: arquivo não encontrado; usando as configurações padrão
cli-unknown-field = { $file }: campo desconhecido { $field } ignorado
cli-valid = { $file }: válido
cli-invalid = { $file } é inválido:
cli-compacted = { $count ->
        [0] { $file }: nenhuma linha ilegível descartada; o arquivo antigo foi mantido como { $backup }
        [one] { $file }: { $count } linha ilegível descartada; o arquivo antigo foi mantido como { $backup }
       *[other] { $file }: { $count } linhas ilegíveis descartadas; o arquivo antigo foi mantido como { $backup }
    }
cli-nothing-to-compact = { $file }: nada para compactar
cli-warning = aviso: { $text }
cli-without-daemon = { $why }; trabalhando diretamente nos arquivos, sem o serviço em segundo plano
daemon-stopping = Parando o serviço em segundo plano.
daemon-reloaded = Configurações recarregadas.
daemon-sample-sent = Lembrete de exemplo enviado para { $server }.

## Momentos: reuniões, chamadas e rotinas.

action-later = Mais tarde
action-no = Não
schedule-in-meetings = Em reuniões, chamadas e leitura
schedule-in-meetings-hint = Sugestões discretas: os exercícios na cadeira chegam em silêncio (sem som, baixa urgência); os em pé esperam até o fim. Segurar tudo: nada até o fim.
schedule-walk-in-calls = Sugerir uma caminhada durante chamadas
status-context-said = Situação: { $context } até as { $time } (informado por você): o tempo sem uso do teclado ou mouse conta como tempo sentado
status-context = Situação: { $context }
anchored-done = feito { $when }
anchored-not-today = hoje não
anchored-tick = marque como feito: second-heart done { $exercise } --anchor { $routine }
place-seated = Na cadeira, discreto
place-standing = Em pé
place-away = Longe da mesa
place-lying = Deitado ou recostado
situation-desk = na mesa de trabalho
situation-meeting = em reunião
situation-call = em chamada
situation-reading = lendo
situation-away = longe da mesa
busy-meeting = Em reunião
busy-call = Em chamada
busy-reading = Lendo
policy-off = Lembretes como de costume
policy-quiet = Sugestões discretas
policy-hold = Segurar tudo
routine-morning = ao escovar os dentes, de manhã
routine-evening = ao escovar os dentes, à noite
routine-after-lunch = depois do almoço
routine-kettle = enquanto a água ferve
when-this-morning = hoje de manhã
when-lunchtime = na hora do almoço
when-this-afternoon = hoje à tarde
when-this-evening = hoje à noite
# $name é o exercício, em minúsculas (meio da frase).
quiet-meeting = Na reunião: { $name } embaixo da mesa, { $dose }
quiet-call = Durante a chamada: { $name } embaixo da mesa, { $dose }
quiet-reading = Durante a leitura: { $name } embaixo da mesa, { $dose }
quiet-body = Discretamente, sem ninguém perceber: { $instruction }
offer-walk = Caminhar durante esta chamada?
offer-other = { $name } durante esta chamada?
offer-body = { $name } — { $dose }. Comece e caminhe enquanto fala: os minutos contam para a caminhada de hoje e para os minutos da semana.
morning-question = { $names } ao escovar os dentes hoje de manhã?
morning-body = Marque como feito se você fez ({ $routine }).
list-and = { $first } e { $last }

## O ícone da bandeja: dica e menu.

tray-due-item = { $name } — { $dose }
tray-next = { $name } às { $time }
tray-guided = { $name }: { $step } (passo { $number } de { $steps })
tray-done-today = { $done } de { $total } feitos hoje
tray-streak = { $days ->
    [one] { $summary } · sequência de { $days } dia
   *[other] { $summary } · sequência de { $days } dias
    }
tray-doing = Fazendo { $what }
tray-doing-paused = Fazendo { $what }, em pausa
tray-due-one = Pendente agora: { $what }
tray-unshown = Não é possível mostrar notificações; responda por este menu
tray-due-many = { $count ->
    [one] { $count } sessão pendente agora
   *[other] { $count } sessões pendentes agora
    }
tray-not-saved = Não salvo: { $problem }
tray-busy-until = { $mode } até as { $time }
tray-paused-until = Em pausa até as { $time }
tray-holding = Lembretes segurados: { $why }
tray-next-line = Próximo: { $next }
tray-open = Abrir o Second Heart
tray-resume-session = Retomar: { $what }
tray-pause-session = Pausar: { $what }
tray-skip-step = Pular para o próximo passo
tray-stop-session = Parar a sessão (registra o que foi feito)
tray-start = Começar: { $what }
tray-done = Feito: { $what }
tray-skip = Pular: { $what }
tray-snooze = Adiar { $minutes } min
tray-snooze-all = Adiar todas { $minutes } min
tray-resume = Retomar lembretes (em pausa até as { $time })
tray-pause-hour = Pausar por 1 hora
tray-pause-tomorrow = Pausar até amanhã
tray-no-longer = Não estou mais { $situation } (até as { $time })
tray-busy-hour = { $mode } por 1 hora
tray-quit = Sair do Second Heart

## Momentos na janela e nas respostas.

today-routines = Nas suas rotinas
today-routine-item = { $name } — { $routine }
today-routine-done = feito { $when }
today-routine-not-today = hoje não
today-routine-tick = Feito: { $name } { $routine }
today-routine-tick-hint = Marcar como feito: registrado no horário habitual da rotina
today-busy-until = { $mode } até as { $time }.
today-busy-off = Não estou mais
today-busy-hour = { $mode } por 1 hora
today-busy-hint = O tempo sem uso do teclado ou mouse conta como tempo sentado; os exercícios na cadeira chegam como sugestões discretas, os demais depois
history-sessions = { $count ->
    [one] { $count } sessão
   *[other] { $count } sessões
    }
history-in-meetings = { $sessions } em reuniões
history-in-calls = { $sessions } em chamadas
history-moments-week = { $parts } nesta semana
busy-no-longer = Você não está mais { $situation }: o tempo sem uso do teclado ou mouse volta a contar como pausa.
busy-not-busy = Nenhuma reunião, chamada ou leitura estava ativa.
busy-prompts-usual = os lembretes chegam normalmente
busy-prompts-wait = os lembretes esperam até lá
busy-prompts-call = os exercícios na cadeira chegam como sugestões discretas, uma caminhada é sugerida e os demais esperam até lá
busy-prompts-quiet = os exercícios na cadeira chegam como sugestões discretas e os demais esperam até lá
busy-set = { $mode } até as { $time }: o tempo sem uso do teclado ou mouse conta como tempo sentado; { $prompts }. `second-heart busy off` encerra.

## Primeira execução: boas-vindas e planos iniciais.

welcome-start = Começar
welcome-title = Boas-vindas ao Second Heart
welcome-intro = Os músculos da panturrilha são o seu “segundo coração”: cada contração empurra o sangue das pernas de volta para o coração. Passar muito tempo sentado faz o sangue se acumular nas pernas. Sessões curtas e frequentes ao longo do dia mantêm essa bomba funcionando, e a constância importa mais que a intensidade.
welcome-safety = Isto não é orientação médica. Pessoas com histórico de trombose venosa profunda (TVP), insuficiência cardíaca ou dor nas pernas devem consultar um profissional de saúde antes de mudar sua rotina de exercícios.
welcome-choose = Escolha como começar. Você pode mudar tudo depois.
welcome-moments = Integrado ao seu dia
starter-gentle = Leve
starter-standard = Padrão
starter-active = Ativo
starter-gentle-summary = Rotação dos tornozelos a cada 90 minutos sem se levantar, elevação de panturrilhas uma vez por dia, uma caminhada diária.
starter-standard-summary = Rotação dos tornozelos a cada hora sem se levantar, elevação de panturrilhas e alongamento do sóleo duas vezes por dia, uma caminhada diária, pernas elevadas depois de muito tempo sentado.
starter-active-summary = Rotação dos tornozelos a cada 45 minutos, elevação de panturrilhas três vezes por dia, o alongamento duas vezes, uma caminhada e pernas elevadas.
moment-meetings = Rotação dos tornozelos nas reuniões
moment-meetings-detail = Numa reunião, os exercícios na cadeira chegam como sugestões discretas; os demais esperam até o fim.
moment-brushing-teeth = Elevação de panturrilhas ao escovar os dentes
moment-brushing-teeth-detail = De manhã e à noite, em vez de horários fixos; marque como feito em Hoje depois.
moment-calls = Uma caminhada durante as ligações
moment-calls-detail = No início de uma chamada, uma caminhada guiada é sugerida; os minutos contam.

## A janela: Exercícios.

exercises-title = Exercícios
exercises-cannot-show = Não é possível mostrar os horários salvos; veja a aba Horários.
exercises-unsaved = A aba Horários tem alterações não salvas: esta página mostra os horários em vigor.
exercises-open-schedule = Abrir a aba Horários
exercises-intro = Sessões curtas e frequentes ativam a bomba muscular da panturrilha. Isto não é orientação médica: se você tem histórico de TVP, insuficiência cardíaca ou dor nas pernas, consulte um profissional de saúde antes de mudar sua rotina.
exercises-off = (desativado)
exercises-changed = Alterado na aba Horários, ainda não salvo
exercises-no-rules = sem regras: nenhum lembrete
exercises-when = Quando: { $when }
exercises-where = Onde: { $place }
exercises-with = { $where } · Rotinas: { $routines }
exercises-start = Começar { $name }
exercises-start-hint = Fazer agora, com orientação passo a passo
exercises-start-disabled = Há uma sessão guiada em andamento
exercises-edit = Editar { $name }
exercises-add-title = Adicionar um exercício seu
exercises-name = Nome
exercises-name-hint = Agachamentos junto à mesa
exercises-dose = Dose
exercises-instruction = Instrução em uma linha
exercises-instruction-hint = Aparece no lembrete
exercises-how-to = Como fazer
exercises-every = A cada N minutos sem se levantar
exercises-where-label = Onde
# As palavras das rotinas ficam em inglês: é o que o app lê.
exercises-routines = Rotinas
exercises-routines-hint = morning, evening, after-lunch, kettle ou um nome seu
exercises-logged = Registro os minutos depois (como numa caminhada)
exercises-give-name = Dê um nome ao exercício.
exercises-exists = Já existe um exercício chamado { $name }.
exercises-dose-problem = Dose: { $problem }
exercises-routines-problem = Rotinas: { $problem }
exercises-every-problem = A cada N minutos: um número de { $min } a { $max }.
exercises-save = Salvar alterações
exercises-add = Adicionar exercício
exercises-cancel = Cancelar

## Why prompts are held.

quiet-reason-dnd = “Não perturbe” está ativado
quiet-reason-dnd-dunst = “Não perturbe” está ativado (dunst pausado)
quiet-reason-dnd-gnome = “Não perturbe” está ativado (GNOME)
quiet-reason-fullscreen = uma janela em tela cheia está em foco
quiet-reason-camera = uma câmera está em uso (uma chamada?)
quiet-reason-awake = { $app } mantém a tela ligada
quiet-reason-presentation = as configurações de apresentação estão ativadas
quiet-reason-quiet-time = o período silencioso do Windows após a instalação ou uma atualização

## Guided sessions and routines: replies.

guided-started = { $name } iniciado ({ $dose }{ $length }): { $step }.
guided-paused = { $name } pausado em: { $step }.
guided-resumed = { $name } retomado: { $step }.
guided-on-to = { $name }: agora, { $step }.
guided-too-short = { $name } parado após { $time }: curto demais para contar; nada registrado.
guided-not-saved = Não salvo: { $reason }
guided-kept = Mantido: { $name }, { $minutes } min.
guided-corrected = Corrigido: { $name }, { $minutes } min (antes { $was }).
guided-running = start: { $name } está em andamento; pare primeiro (`second-heart session stop`)
guided-none = session: nenhuma sessão guiada em andamento
anchored-reply-done = Feito: { $name } { $routine } ({ $when }).
anchored-reply-not-done = Anotado: { $name } { $routine } não feito hoje.

## Notices in the window.

notice-saved-elsewhere = { $file } foi salvo em outro lugar nesse meio-tempo (pelo comando second-heart ou outra janela): ele fica como está e é mostrado aqui; o modelo { $starter } não foi aplicado.
notice-starter-saved = Programação { $starter } salva. Os lembretes chegam como notificações da área de trabalho; marque-os lá ou aqui.
notice-clash = As preferências mudaram desde que você as abriu ({ $fields }): recarregue ou mantenha as suas.
notice-saved = Salvo.
notice-saved-merged = Salvo, junto com as mudanças feitas em outro lugar nesse meio-tempo.
notice-clash-first = A aba Programação tem um salvamento em conflito com mudanças feitas em outro lugar: recarregue ou mantenha as suas lá primeiro.
notice-own-clash = { $name } foi alterado em outro lugar nesse meio-tempo ({ $fields }); nada foi salvo.
notice-own-saved = { $name } salvo.
notice-own-added = { $name } adicionado.
notice-in-effect = { $saved } A nova programação está em vigor.
notice-when-daemon-starts = { $saved } Ela passa a valer quando o serviço iniciar.
notice-daemon-said = { $saved } Mas o serviço respondeu: { $reason }
notice-done = Feito.
notice-not-running = O serviço em segundo plano não está em execução; inicie-o primeiro.
notice-log-minutes = Minutos: { $value } não é um número de { $min } a { $max }.

## Typed times and the terminal guide.

time-not-a-time = { $text } não é um horário (escreva p. ex. 14:30, "2:30 PM", "2026-11-23 09:00" ou 2026-11-23T09:00:00+01:00)
time-in-gap = { $text } não existe neste fuso horário (os relógios o pulam na mudança de horário)
guide-keys = Teclas: espaço pausar/retomar · n próxima etapa · q parar
