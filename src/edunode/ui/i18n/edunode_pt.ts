<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EduNode</source>
        <translation>Acerca do EduNode</translation>
    </message>
    <message>
        <source>EduNode {version}</source>
        <translation>EduNode {version}</translation>
    </message>
    <message>
        <source>School records that stay on the school&apos;s own PCs and sync between them, with or without the internet.</source>
        <translation>Registos escolares que ficam nos computadores da própria escola e se sincronizam entre eles, com ou sem internet.</translation>
    </message>
    <message>
        <source>Other admins compare this ID when they link with this PC.</source>
        <translation>Os outros administradores comparam este ID quando se ligam a este computador.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versão:</translation>
    </message>
    <message>
        <source>This PC:</source>
        <translation>Este computador:</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>ID do nó:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Libraries used</source>
        <translation>Bibliotecas usadas</translation>
    </message>
    <message>
        <source>EduNode is built with these libraries:</source>
        <translation>O EduNode é feito com estas bibliotecas:</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Node created</source>
        <translation>Nó criado</translation>
    </message>
    <message>
        <source>PC renamed</source>
        <translation>Computador renomeado</translation>
    </message>
    <message>
        <source>Link request received</source>
        <translation>Pedido de ligação recebido</translation>
    </message>
    <message>
        <source>Link request sent</source>
        <translation>Pedido de ligação enviado</translation>
    </message>
    <message>
        <source>Link approved</source>
        <translation>Ligação aprovada</translation>
    </message>
    <message>
        <source>Link refused</source>
        <translation>Ligação recusada</translation>
    </message>
    <message>
        <source>PC blocked</source>
        <translation>Computador bloqueado</translation>
    </message>
    <message>
        <source>PC unblocked</source>
        <translation>Computador desbloqueado</translation>
    </message>
    <message>
        <source>Link revoked</source>
        <translation>Ligação revogada</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>Alterações rejeitadas</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Admin PIN changed</source>
        <translation>PIN de administrador alterado</translation>
    </message>
    <message>
        <source>Wrong admin PIN</source>
        <translation>PIN de administrador errado</translation>
    </message>
    <message>
        <source>PC joined the school</source>
        <translation>Computador entrou na escola</translation>
    </message>
    <message>
        <source>PC removed from the school</source>
        <translation>Computador retirado da escola</translation>
    </message>
    <message>
        <source>Joined a school</source>
        <translation>Entrou numa escola</translation>
    </message>
    <message>
        <source>Course maintainer added</source>
        <translation>Responsável do curso adicionado</translation>
    </message>
    <message>
        <source>Course maintainer removed</source>
        <translation>Mantenedor do curso removido</translation>
    </message>
    <message>
        <source>Course adapted</source>
        <translation>Curso adaptado</translation>
    </message>
    <message>
        <source>Update taken from an original course</source>
        <translation>Atualização trazida de um curso original</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Record bundle imported</source>
        <translation>Processo do aluno importado</translation>
    </message>
    <message>
        <source>Record bundle exported</source>
        <translation>Processo do aluno exportado</translation>
    </message>
    <message>
        <source>Learner&apos;s record purged</source>
        <translation>Processo de aluno eliminado</translation>
    </message>
    <message>
        <source>School data exported</source>
        <translation>Dados da escola exportados</translation>
    </message>
    <message>
        <source>Introduction written to USB</source>
        <translation>Apresentação escrita na pen USB</translation>
    </message>
    <message>
        <source>USB package written</source>
        <translation>Pacote USB escrito</translation>
    </message>
    <message>
        <source>USB package imported</source>
        <translation>Pacote USB importado</translation>
    </message>
    <message>
        <source>USB package refused</source>
        <translation>Pacote USB recusado</translation>
    </message>
    <message>
        <source>Link request expired</source>
        <translation>Pedido de ligação expirado</translation>
    </message>
    <message>
        <source>Records repaired</source>
        <translation>Registos reparados</translation>
    </message>
    <message>
        <source>Need posted</source>
        <translation>Necessidade publicada</translation>
    </message>
    <message>
        <source>Offer posted</source>
        <translation>Oferta publicada</translation>
    </message>
    <message>
        <source>Fund created</source>
        <translation>Fundo criado</translation>
    </message>
    <message>
        <source>Contribution recorded</source>
        <translation>Contribuição registada</translation>
    </message>
    <message>
        <source>Allocation proposed</source>
        <translation>Atribuição proposta</translation>
    </message>
    <message>
        <source>Allocation approved</source>
        <translation>Atribuição aprovada</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cópia de segurança feita</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>A cópia de segurança falhou</translation>
    </message>
    <message>
        <source>Automatic backups changed</source>
        <translation>Cópias automáticas alteradas</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restaurado a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Took the place of the backed-up PC</source>
        <translation>Ocupou o lugar do PC copiado</translation>
    </message>
    <message>
        <source>Backup sent to the archive</source>
        <translation>Cópia de segurança enviada ao arquivo</translation>
    </message>
    <message>
        <source>A school&apos;s backup kept</source>
        <translation>Cópia de segurança de uma escola guardada</translation>
    </message>
    <message>
        <source>A school&apos;s backup sent back</source>
        <translation>Cópia de segurança de uma escola devolvida</translation>
    </message>
    <message>
        <source>PC allowed to fetch a school&apos;s backups</source>
        <translation>PC autorizado a obter as cópias de uma escola</translation>
    </message>
    <message>
        <source>Community summary published</source>
        <translation>Resumo comunitário publicado</translation>
    </message>
    <message>
        <source>Community summary not published</source>
        <translation>Resumo comunitário não publicado</translation>
    </message>
    <message>
        <source>Course created</source>
        <translation>Curso criado</translation>
    </message>
    <message>
        <source>Course details changed</source>
        <translation>Dados do curso alterados</translation>
    </message>
    <message>
        <source>Lessons changed</source>
        <translation>Lições alteradas</translation>
    </message>
    <message>
        <source>Course maintainers changed</source>
        <translation>Responsáveis do curso alterados</translation>
    </message>
    <message>
        <source>Learner added</source>
        <translation>Aluno adicionado</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Resultado registado</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Presença registada</translation>
    </message>
    <message>
        <source>Progress recorded</source>
        <translation>Progresso registado</translation>
    </message>
    <message>
        <source>Enrolment changed</source>
        <translation>Matrícula alterada</translation>
    </message>
    <message>
        <source>Learner details changed</source>
        <translation>Dados do aluno alterados</translation>
    </message>
    <message>
        <source>Learner record changed</source>
        <translation>Registo do aluno alterado</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criação</translation>
    </message>
    <message>
        <source>details</source>
        <translation>dados</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lições</translation>
    </message>
    <message>
        <source>maintainers</source>
        <translation>responsáveis</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presenças</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progresso</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>matrículas</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registo</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <source>Teaching activity</source>
        <translation>Atividade pedagógica</translation>
    </message>
    <message>
        <source>Courses and lessons</source>
        <translation>Cursos e lições</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Registers and attendance</source>
        <translation>Chamadas e presenças</translation>
    </message>
    <message>
        <source>Link requests</source>
        <translation>Pedidos de ligação</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprovações</translation>
    </message>
    <message>
        <source>Refusals and blocks</source>
        <translation>Recusas e bloqueios</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Revogações</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Alterações rejeitadas</translation>
    </message>
    <message>
        <source>Imports and exports</source>
        <translation>Importações e exportações</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>Cópias de segurança e restauros</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>School membership</source>
        <translation>Pertença à escola</translation>
    </message>
    <message>
        <source>Needs, offers and funds</source>
        <translation>Necessidades, ofertas e fundos</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Tipo de atividade</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Onde aconteceu</translation>
    </message>
    <message>
        <source>On any PC</source>
        <translation>Em qualquer computador</translation>
    </message>
    <message>
        <source>On this PC</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <source>Received from other PCs</source>
        <translation>Recebido de outros computadores</translation>
    </message>
    <message>
        <source>Filter by text (a name, a school, a reason…)</source>
        <translation>Filtrar por texto (um nome, uma escola, um motivo…)</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Filtrar a atividade</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Computador</translation>
    </message>
    <message>
        <source>a course</source>
        <translation>um curso</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>um aluno</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {parts} (%n changes)</source>
        <translation>
            <numerusform>{title}: {parts} (%n alteração)</numerusform>
            <numerusform>{title}: {parts} (%n alterações)</numerusform>
        </translation>
    </message>
    <message>
        <source>received from {pc}</source>
        <translation>recebido de {pc}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n entries</source>
        <translation>
            <numerusform>{shown} de %n entrada</numerusform>
            <numerusform>{shown} de %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdaptDialog</name>
    <message>
        <source>Adapt a course</source>
        <translation>Adaptar um curso</translation>
    </message>
    <message>
        <source>Make a course of this school from “{course}”: its modules and lessons are copied, and the original is named as the source. Title of the new course:</source>
        <translation>Criar um curso desta escola a partir de «{course}»: os seus módulos e lições são copiados, e o original é indicado como fonte. Título do novo curso:</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>título do curso</translation>
    </message>
    <message>
        <source>Share this course with the other schools of the community</source>
        <translation>Partilhar este curso com as outras escolas da comunidade</translation>
    </message>
    <message>
        <source>&amp;Adapt</source>
        <translation>A&amp;daptar</translation>
    </message>
</context>
<context>
    <name>AdaptedNotice</name>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>&amp;Ver as alterações…</translation>
    </message>
    <message>
        <source>See what changed in the original course and take it, lesson by lesson</source>
        <translation>Ver o que mudou no curso original e trazê-lo, lição a lição</translation>
    </message>
    <message>
        <source>Adapted from “{course}” by {school}</source>
        <translation>Adaptado de «{course}» de {school}</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons changed in the original course</source>
        <translation>
            <numerusform>%n lição mudou no curso original</numerusform>
            <numerusform>%n lições mudaram no curso original</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unlock EduNode</source>
        <translation>Desbloquear o EduNode</translation>
    </message>
    <message>
        <source>This PC&apos;s key is protected. Passphrase:</source>
        <translation>A chave deste computador está protegida. Frase-passe:</translation>
    </message>
    <message>
        <source>Starting the network…</source>
        <translation>A iniciar a rede…</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <source>Day of the attendance</source>
        <translation>Dia da presença</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presente</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>Au&amp;sente</translation>
    </message>
    <message>
        <source>&amp;Save attendance</source>
        <translation>&amp;Guardar presença</translation>
    </message>
    <message>
        <source>Record attendance for a day</source>
        <translation>Registar a presença de um dia</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message numerus="yes">
        <source>Present {present} of %n recorded days ({rate})</source>
        <translation>
            <numerusform>Presente {present} de %n dia registado ({rate})</numerusform>
            <numerusform>Presente {present} de %n dias registados ({rate})</numerusform>
        </translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>Ainda não há presenças registadas.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Attendance saved.</source>
        <translation>Presença guardada.</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Set up backups</source>
        <translation>Configurar</translation>
    </message>
</context>
<context>
    <name>BackupNowDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Fazer cópia agora</translation>
    </message>
    <message>
        <source>EduNode writes one encrypted file with all of this PC&apos;s records, settings and keys. Nobody can open it without the passphrase, not even EduNode: write the passphrase down and keep it apart from the stick.</source>
        <translation>O EduNode escreve um único ficheiro cifrado com todos os registos, definições e chaves deste PC. Ninguém o pode abrir sem a frase-passe, nem mesmo o EduNode: anote a frase-passe e guarde-a longe da pen USB.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Pasta para a cópia</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase-passe das cópias</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Frase-passe novamente</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase-passe:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Novamente:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Admin P&amp;IN:</source>
        <translation>P&amp;IN de administrador:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Fazer cópia</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Aguarde {seconds} s</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backup</source>
        <translation>Cópia de segurança</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with all of this PC&apos;s records, settings and keys. Keep it on a USB stick or a second disk, away from this PC. If the PC breaks, the backup and its passphrase bring everything back on a new PC.</source>
        <translation>Uma cópia de segurança é um único ficheiro cifrado com todos os registos, definições e chaves deste PC. Guarde-a numa pen USB ou num segundo disco, longe deste PC. Se o PC avariar, a cópia e a sua frase-passe trazem tudo de volta num PC novo.</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Última cópia:</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Cópias automáticas:</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Fazer cópia a&amp;gora…</translation>
    </message>
    <message>
        <source>Write a backup now (admin PIN and a passphrase)</source>
        <translation>Escrever uma cópia agora (PIN de administrador e frase-passe)</translation>
    </message>
    <message>
        <source>Automatic backups while EduNode runs</source>
        <translation>Cópias automáticas enquanto o EduNode está aberto</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Pasta para as cópias automáticas</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a second disk</source>
        <translation>Uma pasta numa pen USB ou num segundo disco</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Com que frequência</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Frequência:</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Quantas cópias manter</translation>
    </message>
    <message>
        <source>of this PC&apos;s newest backups; older ones are deleted</source>
        <translation>das cópias mais recentes deste PC; as mais antigas são apagadas</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Manter:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase-passe das cópias</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Frase-passe novamente</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase-passe:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Frase-passe &amp;novamente:</translation>
    </message>
    <message>
        <source>At least 8 characters. Whoever restores a backup needs this passphrase, and nobody can recover it, not even EduNode: write it down and keep it somewhere safe, apart from the stick.</source>
        <translation>Pelo menos 8 caracteres. Quem restaurar uma cópia precisa desta frase-passe, e ninguém a pode recuperar, nem mesmo o EduNode: anote-a e guarde-a num lugar seguro, longe da pen USB.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Admin P&amp;IN:</source>
        <translation>P&amp;IN de administrador:</translation>
    </message>
    <message>
        <source>&amp;Turn off…</source>
        <translation>&amp;Desativar…</translation>
    </message>
    <message>
        <source>Stop the automatic backups (the files stay)</source>
        <translation>Parar as cópias automáticas (os ficheiros ficam)</translation>
    </message>
    <message>
        <source>&amp;Save backup settings</source>
        <translation>&amp;Guardar definições de cópia</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos os dias</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Todas as semanas</translation>
    </message>
    <message>
        <source>Every {days} days</source>
        <translation>A cada {days} dias</translation>
    </message>
    <message>
        <source>Every {hours} hours</source>
        <translation>A cada {hours} horas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>(%n days ago)</source>
        <translation>
            <numerusform>(há %n dia)</numerusform>
            <numerusform>(há %n dias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Off. Choose a folder and a passphrase below.</source>
        <translation>Desativadas. Escolha uma pasta e uma frase-passe abaixo.</translation>
    </message>
    <message>
        <source>{every}, to {folder}. The next one is due now.</source>
        <translation>{every}, para {folder}. A próxima é agora.</translation>
    </message>
    <message>
        <source>{every}, to {folder}. Next: {when}.</source>
        <translation>{every}, para {folder}. Próxima: {when}.</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>A última cópia automática falhou: {reason}</translation>
    </message>
    <message>
        <source>Please type the admin PIN.</source>
        <translation>Escreva o PIN de administrador.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups</source>
        <translation>Escolher uma pasta para as cópias</translation>
    </message>
    <message>
        <source>Automatic backups are on: {every}, to {folder}.</source>
        <translation>As cópias automáticas estão ativadas: {every}, para {folder}.</translation>
    </message>
    <message>
        <source>Turn off automatic backups</source>
        <translation>Desativar as cópias automáticas</translation>
    </message>
    <message>
        <source>EduNode stops making backups by itself and forgets the passphrase. The backups already made stay where they are.</source>
        <translation>O EduNode deixa de fazer cópias sozinho e esquece a frase-passe. As cópias já feitas ficam onde estão.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>As cópias automáticas estão desativadas.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Cópia escrita em {path}.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>A fazer a cópia</translation>
    </message>
    <message>
        <source>Writing the encrypted backup to {folder}…</source>
        <translation>A escrever a cópia cifrada em {folder}…</translation>
    </message>
    <message>
        <source>{done} of {total} MB</source>
        <translation>{done} de {total} MB</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>BundleSummaryDialog</name>
    <message>
        <source>This bundle does not give {name}&apos;s record to another school (an older EduNode made it): ask {school} for a new one.</source>
        <translation>Este processo não entrega o registo de {name} a outra escola (foi feito por uma versão antiga do EduNode): peça um novo a {school}.</translation>
    </message>
    <message>
        <source>This bundle was given by this school: it is for the school the learner moves to.</source>
        <translation>Este processo foi entregue por esta escola: é para a escola para onde o aluno vai.</translation>
    </message>
    <message>
        <source>This bundle gives {name} to {school}, not to this school: ask for a bundle made out to this one, or an open one.</source>
        <translation>Este processo entrega {name} a {school}, não a esta escola: peça um feito para esta, ou um aberto.</translation>
    </message>
    <message>
        <source>The record bundle of {name} (born {year}) from {school} checks out:</source>
        <translation>O processo de {name} (nascido/a em {year}) de {school} é autêntico:</translation>
    </message>
    <message>
        <source>The record bundle of {name} from {school} checks out:</source>
        <translation>O processo de {name} de {school} é autêntico:</translation>
    </message>
    <message numerus="yes">
        <source>{course}: %n results</source>
        <translation>
            <numerusform>{course}: %n resultado</numerusform>
            <numerusform>{course}: %n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody (an older bundle)</source>
        <translation>ninguém (um processo antigo)</translation>
    </message>
    <message>
        <source>any school (an open record bundle: the first school to import it)</source>
        <translation>qualquer escola (um processo aberto: a primeira escola que o importar)</translation>
    </message>
    <message>
        <source>this school</source>
        <translation>esta escola</translation>
    </message>
    <message>
        <source>{school}, on {date}</source>
        <translation>{school}, em {date}</translation>
    </message>
    <message>
        <source>From: {school} (school ID {id})</source>
        <translation>De: {school} (ID da escola {id})</translation>
    </message>
    <message>
        <source>Issued: {date}</source>
        <translation>Emitido: {date}</translation>
    </message>
    <message>
        <source>Courses: {courses}</source>
        <translation>Cursos: {courses}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Results: {results} · Days of attendance: {days}</source>
        <translation>Resultados: {results} · Dias de presença: {days}</translation>
    </message>
    <message>
        <source>Released to: {school}</source>
        <translation>Entregue a: {school}</translation>
    </message>
    <message>
        <source>Fingerprint (as on the printed transcript):</source>
        <translation>Impressão digital (como no certificado impresso):</translation>
    </message>
    <message>
        <source>Proofs:</source>
        <translation>Provas:</translation>
    </message>
    <message>
        <source>Its signatures and every change in it check out: a PC of that school made them. Whether the school is who it says is your call: compare its school ID with the one the old school gives you by phone.</source>
        <translation>As suas assinaturas e cada alteração que contém são autênticas: foram feitas por um PC dessa escola. Se a escola é quem diz ser, cabe a si decidir: compare o ID da escola com o que a escola anterior lhe der por telefone.</translation>
    </message>
    <message>
        <source>Import continues {name}&apos;s record at this school: the same learner, with every record the old school wrote. The admin PIN is asked next.</source>
        <translation>A importação continua o registo de {name} nesta escola: o mesmo aluno, com tudo o que a escola anterior registou. A seguir é pedido o PIN de administrador.</translation>
    </message>
    <message>
        <source>Import a record bundle</source>
        <translation>Importar processo de aluno</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuar…</translation>
    </message>
</context>
<context>
    <name>ClassListDialog</name>
    <message>
        <source>Import a class list</source>
        <translation>Importar uma lista de turma</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n rows have a problem (in red).</source>
        <translation>
            <numerusform>{file}: %n linha tem um problema (a vermelho).</numerusform>
            <numerusform>{file}: %n linhas têm um problema (a vermelho).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported until every row is right: correct the file and choose it again.</source>
        <translation>Nada será importado enquanto todas as linhas não estiverem certas: corrija o ficheiro e escolha-o de novo.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n learners to add. Check them, then press Import.</source>
        <translation>
            <numerusform>{file}: %n aluno a adicionar. Verifique e prima Importar.</numerusform>
            <numerusform>{file}: %n alunos a adicionar. Verifique-os e prima Importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Ano de nascimento</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Encarregado de educação</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Class list preview</source>
        <translation>Pré-visualização da lista de turma</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No course (add them only)</source>
        <translation>Nenhum curso (só adicioná-los)</translation>
    </message>
    <message>
        <source>Also enrol them in this course</source>
        <translation>Matriculá-los também neste curso</translation>
    </message>
    <message>
        <source>Also enrol them in:</source>
        <translation>Matriculá-los também em:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Community</source>
        <translation>Comunidade</translation>
    </message>
    <message>
        <source>This PC is not in a school yet. Choose a PC of your school under “Found on the network” and ask to join its school; its admin approves with their PIN.</source>
        <translation>Este computador ainda não pertence a nenhuma escola. Escolha um computador da sua escola em “Encontrados na rede” e peça para entrar na escola dele; o administrador aprova com o PIN.</translation>
    </message>
    <message>
        <source>Link requests waiting for you</source>
        <translation>Pedidos de ligação à sua espera</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificação</translation>
    </message>
    <message>
        <source>No link request is waiting.</source>
        <translation>Nenhum pedido de ligação à espera.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprovar…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Recusar…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquear…</translation>
    </message>
    <message>
        <source>Refuse and ignore every later request from this PC</source>
        <translation>Recusar e ignorar todos os pedidos futuros deste computador</translation>
    </message>
    <message>
        <source>Linked PCs</source>
        <translation>Computadores ligados</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebidas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <source>No PC is linked yet. Approve a request above, or ask a PC found on the network.</source>
        <translation>Ainda nenhum computador está ligado. Aprove um pedido acima ou peça a um computador encontrado na rede.</translation>
    </message>
    <message>
        <source>Received and Sent count changes; Rejected counts changes refused as invalid</source>
        <translation>Recebidas e Enviadas contam alterações; Rejeitadas conta as alterações recusadas por serem inválidas</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Si&amp;ncronizar agora</translation>
    </message>
    <message>
        <source>Connect to every linked PC that can be reached and exchange changes now</source>
        <translation>Ligar agora a cada computador ligado que esteja ao alcance e trocar as alterações</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vogar…</translation>
    </message>
    <message>
        <source>Found on the network</source>
        <translation>Encontrados na rede</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No other EduNode PC found yet.</source>
        <translation>Ainda não foi encontrado outro computador com o EduNode.</translation>
    </message>
    <message>
        <source>Ask to &amp;link</source>
        <translation>Pedir &amp;ligação</translation>
    </message>
    <message>
        <source>Ask to &amp;join its school</source>
        <translation>Pedir para entrar na &amp;escola dele</translation>
    </message>
    <message>
        <source>&amp;Introduce this PC…</source>
        <translation>A&amp;presentar este computador…</translation>
    </message>
    <message>
        <source>&amp;Write packages…</source>
        <translation>&amp;Escrever pacotes…</translation>
    </message>
    <message>
        <source>Rea&amp;d from stick…</source>
        <translation>&amp;Ler da pen…</translation>
    </message>
    <message>
        <source>Refused, blocked and revoked</source>
        <translation>Recusados, bloqueados e revogados</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhum.</translation>
    </message>
    <message>
        <source>Approve a&amp;gain…</source>
        <translation>Aprovar de &amp;novo…</translation>
    </message>
    <message>
        <source>Sync with {name} keeps failing: {problem}.</source>
        <translation>A sincronização com {name} continua a falhar: {problem}.</translation>
    </message>
    <message>
        <source> Next try in {s} s.</source>
        <translation> Nova tentativa dentro de {s} s.</translation>
    </message>
    <message>
        <source>Community peer</source>
        <translation>Parceiro da comunidade</translation>
    </message>
    <message>
        <source>Member of this school</source>
        <translation>Membro desta escola</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Request sent, waiting for their admin</source>
        <translation>Pedido enviado, à espera do administrador</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <source>(no school yet)</source>
        <translation>(ainda sem escola)</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n link requests were dropped: too many were waiting, or newer ones from the same address replaced them (last: {when}). If a PC you expect is not listed, ask it to send its request again.</source>
        <translation>
            <numerusform>%n pedido de ligação foi descartado: havia demasiados à espera, ou um mais recente do mesmo endereço substituiu-o (último: {when}). Se falta um computador que espera, peça-lhe que envie de novo o pedido.</numerusform>
            <numerusform>%n pedidos de ligação foram descartados: havia demasiados à espera, ou outros mais recentes do mesmo endereço substituíram-nos (último: {when}). Se falta um computador que espera, peça-lhe que envie de novo o pedido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Node ID {id}</source>
        <translation>ID do nó {id}</translation>
    </message>
    <message>
        <source>The network service is not running on this PC.</source>
        <translation>O serviço de rede não está a funcionar neste computador.</translation>
    </message>
    <message>
        <source>Approve the link</source>
        <translation>Aprovar a ligação</translation>
    </message>
    <message>
        <source>Link with “{name}” ({school})? First check that its screen shows the same verification code. A member of this school also receives the learner records.</source>
        <translation>Ligar a “{name}” ({school})? Verifique primeiro se o ecrã dele mostra o mesmo código de verificação. Um membro desta escola recebe também os registos dos alunos.</translation>
    </message>
    <message>
        <source>no school yet</source>
        <translation>ainda sem escola</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Linked with {name}.</source>
        <translation>Ligado a {name}.</translation>
    </message>
    <message>
        <source>Refuse “{name}” and ignore its requests from now on?</source>
        <translation>Recusar “{name}” e ignorar os pedidos dele a partir de agora?</translation>
    </message>
    <message>
        <source>Refuse the link request from “{name}”? It may ask again later.</source>
        <translation>Recusar o pedido de ligação de “{name}”? Poderá pedir de novo mais tarde.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Recusar o pedido</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>{name} blocked.</source>
        <translation>{name} bloqueado.</translation>
    </message>
    <message>
        <source>Request from {name} refused.</source>
        <translation>Pedido de {name} recusado.</translation>
    </message>
    <message>
        <source>Revoke the link</source>
        <translation>Revogar a ligação</translation>
    </message>
    <message>
        <source>Stop all exchange with “{name}” now? What it already received stays there. A PC of this school is also removed from the school.</source>
        <translation>Parar agora toda a troca com “{name}”? O que já recebeu fica lá. Um computador desta escola é também retirado da escola.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Link with {name} revoked.</source>
        <translation>Ligação a {name} revogada.</translation>
    </message>
    <message>
        <source>Syncing with every linked PC that can be reached. Progress shows below.</source>
        <translation>A sincronizar com cada computador ligado que esteja ao alcance. O progresso aparece abaixo.</translation>
    </message>
    <message>
        <source>Join a school</source>
        <translation>Entrar numa escola</translation>
    </message>
    <message>
        <source>Ask “{name}” to let this PC join its school “{school}”?</source>
        <translation>Pedir a “{name}” que este computador entre na escola “{school}”?</translation>
    </message>
    <message>
        <source>Ask to join</source>
        <translation>Pedir para entrar</translation>
    </message>
    <message>
        <source>Request sent to {name}. Its admin should see the verification code {code}; approve it here too when it appears.</source>
        <translation>Pedido enviado a {name}. O administrador deverá ver o código de verificação {code}; aprove-o também aqui quando aparecer.</translation>
    </message>
</context>
<context>
    <name>CommunityView</name>
    <message>
        <source>Course shown in the chart</source>
        <translation>Curso mostrado no gráfico</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>&amp;Publicar agora</translation>
    </message>
    <message>
        <source>Publish this school&apos;s summary now: its totals per shared course (they are also sent once a day while EduNode runs)</source>
        <translation>Publicar agora o resumo desta escola: os seus totais por curso partilhado (também são enviados uma vez por dia enquanto o EduNode funciona)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Atuali&amp;zar</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Average result</source>
        <translation>Resultado médio</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Figures per course and school</source>
        <translation>Números por curso e escola</translation>
    </message>
    <message>
        <source>Chart of the schools&apos; figures for one course</source>
        <translation>Gráfico dos números das escolas para um curso</translation>
    </message>
    <message>
        <source>Each school publishes totals per shared course, only for groups of at least 5 learners (a smaller group shows as “fewer than 5”): no learner&apos;s name, ID, birth year or own figure leaves a school.</source>
        <translation>Cada escola publica totais por curso partilhado, só para grupos de pelo menos 5 alunos (um grupo menor aparece como «menos de 5»): nenhum nome, ID, ano de nascimento ou número próprio de um aluno sai de uma escola.</translation>
    </message>
    <message>
        <source>This school&apos;s summary was published ({n} shared courses).</source>
        <translation>O resumo desta escola foi publicado ({n} cursos partilhados).</translation>
    </message>
    <message numerus="yes">
        <source>%n schools</source>
        <translation>
            <numerusform>%n escola</numerusform>
            <numerusform>%n escolas</numerusform>
        </translation>
    </message>
    <message>
        <source>this school&apos;s summary published {day}</source>
        <translation>resumo desta escola publicado em {day}</translation>
    </message>
    <message>
        <source>this school has not published a summary yet</source>
        <translation>esta escola ainda não publicou um resumo</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>menos de 5</translation>
    </message>
    <message>
        <source>Completion %</source>
        <translation>Conclusão %</translation>
    </message>
    <message>
        <source>Average result %</source>
        <translation>Resultado médio %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Presenças %</translation>
    </message>
    <message>
        <source>fewer than 5 learners</source>
        <translation>menos de 5 alunos</translation>
    </message>
    <message>
        <source>No community summary yet: schools publish theirs once a day while EduNode runs, and they arrive with the shared courses.</source>
        <translation>Ainda não há resumos comunitários: as escolas publicam o seu uma vez por dia enquanto o EduNode funciona, e chegam com os cursos partilhados.</translation>
    </message>
    <message>
        <source>Export the community comparison</source>
        <translation>Exportar a comparação entre escolas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comparison saved to {path}.</source>
        <translation>Comparação guardada em {path}.</translation>
    </message>
</context>
<context>
    <name>CourseDetails</name>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Guardar dados</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>‹ All courses</source>
        <translation>‹ Todos os cursos</translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation>Voltar à lista de cursos (Esc)</translation>
    </message>
    <message>
        <source>Read only: this course is maintained by another school.</source>
        <translation>Só de leitura: este curso é mantido por outra escola.</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>Outra escola</translation>
    </message>
    <message>
        <source>&amp;Invite a school…</source>
        <translation>Con&amp;vidar uma escola…</translation>
    </message>
    <message>
        <source>Let the chosen school&apos;s PCs edit this course too (admin PIN)</source>
        <translation>Permitir que os computadores da escola escolhida também editem este curso (PIN de administração)</translation>
    </message>
    <message>
        <source>Stop &amp;sharing…</source>
        <translation>Deixar de &amp;partilhar…</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Módulos e lições</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>Adicionar &amp;módulo</translation>
    </message>
    <message>
        <source>Add &amp;lesson</source>
        <translation>Adicionar &amp;lição</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Mudar o nome</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>A abrir…</translation>
    </message>
    <message>
        <source>Shared with the community</source>
        <translation>Partilhado com a comunidade</translation>
    </message>
    <message>
        <source>Private to this school</source>
        <translation>Privado desta escola</translation>
    </message>
    <message>
        <source>Last changed by {pc} on {date}</source>
        <translation>Alterada pela última vez por {pc} em {date}</translation>
    </message>
    <message>
        <source>Add a module</source>
        <translation>Adicionar um módulo</translation>
    </message>
    <message>
        <source>Title of the new module:</source>
        <translation>Título do novo módulo:</translation>
    </message>
    <message>
        <source>module title</source>
        <translation>título do módulo</translation>
    </message>
    <message>
        <source>Add a lesson</source>
        <translation>Adicionar uma lição</translation>
    </message>
    <message>
        <source>Title of the new lesson:</source>
        <translation>Título da nova lição:</translation>
    </message>
    <message>
        <source>lesson title</source>
        <translation>título da lição</translation>
    </message>
    <message>
        <source>New title of the module:</source>
        <translation>Novo título do módulo:</translation>
    </message>
    <message>
        <source>New title of the lesson:</source>
        <translation>Novo título da lição:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Mudar o nome</translation>
    </message>
    <message>
        <source>Delete the module “{name}” and all its lessons?</source>
        <translation>Eliminar o módulo “{name}” e todas as suas lições?</translation>
    </message>
    <message>
        <source>Delete the lesson “{name}” and its text?</source>
        <translation>Eliminar a lição “{name}” e o seu texto?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>“{name}” deleted.</source>
        <translation>“{name}” eliminado.</translation>
    </message>
    <message>
        <source>Course details saved.</source>
        <translation>Dados do curso guardados.</translation>
    </message>
    <message>
        <source> (owner)</source>
        <translation> (proprietária)</translation>
    </message>
    <message>
        <source>Maintained by: {schools}</source>
        <translation>Mantido por: {schools}</translation>
    </message>
    <message>
        <source>No other school is known here yet: link a PC of that school first</source>
        <translation>Ainda não se conhece aqui nenhuma outra escola: ligue primeiro um computador dessa escola</translation>
    </message>
    <message>
        <source>Invite a school</source>
        <translation>Convidar uma escola</translation>
    </message>
    <message>
        <source>Let every PC of {school} edit “{course}” (its lessons, modules and details) with this school? Their edits and yours merge.</source>
        <translation>Permitir que cada computador de {school} edite «{course}» (as lições, os módulos e os detalhes) com esta escola? As alterações deles e as suas juntam-se.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Convidar</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Deixar de partilhar</translation>
    </message>
    <message>
        <source>Stop {school} editing “{course}”? Edits its PCs make from now on are refused everywhere; what they wrote before stays.</source>
        <translation>Impedir {school} de editar «{course}»? As alterações que os seus computadores fizerem a partir de agora são recusadas em todo o lado; o que escreveram antes fica.</translation>
    </message>
</context>
<context>
    <name>CourseFields</name>
    <message>
        <source>e.g. Mathematics</source>
        <translation>ex.: Matemática</translation>
    </message>
    <message>
        <source>e.g. Grade 5</source>
        <translation>ex.: 5.º ano</translation>
    </message>
    <message>
        <source>Choose a language or type its code (such as en, fr, sw, pt-BR).</source>
        <translation>Escolha uma língua ou escreva o seu código (como en, fr, sw, pt-BR).</translation>
    </message>
    <message>
        <source>What learners will be able to do after this course</source>
        <translation>O que os alunos saberão fazer depois deste curso</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Disciplina:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nível:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Lín&amp;gua:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umo:</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>título do curso</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>disciplina</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nível</translation>
    </message>
    <message>
        <source>The summary is too long: {n} characters, at most 2000.</source>
        <translation>O resumo é demasiado longo: {n} caracteres, no máximo 2000.</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Search by title or subject</source>
        <translation>Procurar por título ou disciplina</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Procurar cursos</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Novo curso…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Adapt…</source>
        <translation>A&amp;daptar…</translation>
    </message>
    <message>
        <source>Make a course of this school from the chosen one, to change as you wish</source>
        <translation>Criar um curso desta escola a partir do escolhido, para alterar como quiser</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partilha</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partilhado</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>No course matches this search.</source>
        <translation>Nenhum curso corresponde a esta pesquisa.</translation>
    </message>
    <message>
        <source>No courses yet. Create the first one with “New course…”.</source>
        <translation>Ainda não há cursos. Crie o primeiro com “Novo curso…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n curso</numerusform>
            <numerusform>%n cursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ courses</source>
        <translation>
            <numerusform>%n+ curso</numerusform>
            <numerusform>%n+ cursos</numerusform>
        </translation>
    </message>
    <message>
        <source>This school</source>
        <translation>Esta escola</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>Outra escola</translation>
    </message>
    <message>
        <source>Course adapted: change it as you wish; the original stays as it was.</source>
        <translation>Curso adaptado: altere-o como quiser; o original fica como estava.</translation>
    </message>
    <message>
        <source>Course created. Add its first module and lesson below.</source>
        <translation>Curso criado. Adicione abaixo o primeiro módulo e a primeira lição.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in a course</source>
        <translation>Matricular num curso</translation>
    </message>
    <message numerus="yes">
        <source>Enrol the %n selected learners in:</source>
        <translation>
            <numerusform>Matricular o aluno selecionado em:</numerusform>
            <numerusform>Matricular os %n alunos selecionados em:</numerusform>
        </translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Matricular</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up EduNode</source>
        <translation>Configurar o EduNode</translation>
    </message>
    <message>
        <source>&amp;Start using EduNode</source>
        <translation>&amp;Começar a usar o EduNode</translation>
    </message>
    <message>
        <source>Setting up this PC (making its key and its store)…</source>
        <translation>A configurar este computador (a criar a chave e o armazenamento)…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>LearnerDetail</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Desistiu</translation>
    </message>
    <message>
        <source>‹ All learners</source>
        <translation>‹ Todos os alunos</translation>
    </message>
    <message>
        <source>Back to the list of learners (Esc)</source>
        <translation>Voltar à lista de alunos (Esc)</translation>
    </message>
    <message>
        <source>&amp;Transfer to another school…</source>
        <translation>&amp;Transferir para outra escola…</translation>
    </message>
    <message>
        <source>Give this learner&apos;s record to their new school: a signed record bundle and a printable transcript they carry there (admin PIN)</source>
        <translation>Entregar o registo deste aluno à nova escola: um processo assinado e um certificado para imprimir que ele leva (PIN de administrador)</translation>
    </message>
    <message>
        <source>&amp;Purge record…</source>
        <translation>&amp;Eliminar o processo…</translation>
    </message>
    <message>
        <source>Delete this record from every PC of this school (admin PIN; cannot be undone)</source>
        <translation>Apagar este processo de todos os PC desta escola (PIN de administrador; não pode ser desfeito)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Course to enrol in</source>
        <translation>Curso em que matricular</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Matricular</translation>
    </message>
    <message>
        <source>New status of the selected enrolment</source>
        <translation>Novo estado da matrícula selecionada</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Mudar es&amp;tado</translation>
    </message>
    <message>
        <source>Enrol in:</source>
        <translation>Matricular em:</translation>
    </message>
    <message>
        <source>Selected enrolment:</source>
        <translation>Matrícula selecionada:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes about this learner, visible to the staff of this school.</source>
        <translation>Notas sobre este aluno, visíveis para o pessoal desta escola.</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Guardar &amp;notas</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Percurso</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>A abrir…</translation>
    </message>
    <message>
        <source>Transferred to {school} on {date} — this record is kept read-only here</source>
        <translation>Transferido para {school} em {date} — este registo fica aqui só para consulta</translation>
    </message>
    <message>
        <source>Given with an open record bundle on {date} — this record is kept read-only here</source>
        <translation>Entregue com um processo aberto em {date} — este registo fica aqui só para consulta</translation>
    </message>
    <message>
        <source>(a course not on this PC)</source>
        <translation>(um curso que não está neste computador)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>Enrolled in {course}.</source>
        <translation>Matriculado em {course}.</translation>
    </message>
    <message>
        <source>Enrolment updated.</source>
        <translation>Matrícula atualizada.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notas guardadas.</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Learners</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Procurar por nome</translation>
    </message>
    <message>
        <source>Search learners</source>
        <translation>Procurar alunos</translation>
    </message>
    <message>
        <source>Only learners of this course</source>
        <translation>Só os alunos deste curso</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Todos os cursos</translation>
    </message>
    <message>
        <source>Only this enrolment status</source>
        <translation>Só este estado de matrícula</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Desistiu</translation>
    </message>
    <message>
        <source>Show trans&amp;ferred</source>
        <translation>Mostrar trans&amp;feridos</translation>
    </message>
    <message>
        <source>List the learners who moved to another school too (kept read-only here)</source>
        <translation>Listar também os alunos que foram para outra escola (ficam aqui só para consulta)</translation>
    </message>
    <message>
        <source>&amp;Add learner…</source>
        <translation>&amp;Adicionar aluno…</translation>
    </message>
    <message>
        <source>Take &amp;register…</source>
        <translation>Fazer a &amp;chamada…</translation>
    </message>
    <message>
        <source>Mark a whole class present or absent for a day</source>
        <translation>Marcar uma turma inteira como presente ou ausente num dia</translation>
    </message>
    <message>
        <source>&amp;Import a record bundle…</source>
        <translation>&amp;Importar processo de aluno…</translation>
    </message>
    <message>
        <source>Enrol a learner from another school with the record bundle they bring</source>
        <translation>Matricular um aluno de outra escola com o processo que ele traz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Ano de nascimento</translation>
    </message>
    <message>
        <source>Active courses</source>
        <translation>Cursos ativos</translation>
    </message>
    <message>
        <source>&amp;Enrol in course…</source>
        <translation>&amp;Matricular em curso…</translation>
    </message>
    <message>
        <source>Enrol the selected learners (Shift or Ctrl and click) in a course at once</source>
        <translation>Matricular de uma vez os alunos selecionados (Shift ou Ctrl e clique) num curso</translation>
    </message>
    <message>
        <source>Import &amp;class list…</source>
        <translation>Importar &amp;lista de turma…</translation>
    </message>
    <message>
        <source>Add a whole class from a CSV file (name, birth year, guardian)</source>
        <translation>Adicionar uma turma inteira a partir de um ficheiro CSV (nome, ano de nascimento, encarregado de educação)</translation>
    </message>
    <message>
        <source>{name} (transferred)</source>
        <translation>{name} (transferido)</translation>
    </message>
    <message>
        <source>Moved to another school: their record is kept here read-only</source>
        <translation>Foi para outra escola: o seu registo fica aqui só para consulta</translation>
    </message>
    <message>
        <source>No learner matches.</source>
        <translation>Nenhum aluno corresponde.</translation>
    </message>
    <message>
        <source>No learners yet. Add one with “Add learner…”.</source>
        <translation>Ainda não há alunos. Adicione um com “Adicionar aluno…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching learners</source>
        <translation>
            <numerusform>%n aluno corresponde</numerusform>
            <numerusform>%n alunos correspondem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ matching learners</source>
        <translation>
            <numerusform>%n+ aluno corresponde</numerusform>
            <numerusform>%n+ alunos correspondem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {n} of %n learners</source>
        <translation>
            <numerusform>A mostrar {n} de %n aluno</numerusform>
            <numerusform>A mostrar {n} de %n alunos</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner added. Enrol them in a course on the Courses tab of their page.</source>
        <translation>Aluno adicionado. Matricule-o num curso no separador Cursos da página dele.</translation>
    </message>
    <message>
        <source>Import a record bundle</source>
        <translation>Importar processo de aluno</translation>
    </message>
    <message>
        <source>Record bundles (*.edunode-learner.json *.json)</source>
        <translation>Processos de alunos (*.edunode-learner.json *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Import the record of {name} from {school}: {name} continues at this school with every record in the bundle.</source>
        <translation>Importar o registo de {name} de {school}: {name} continua nesta escola com tudo o que o processo contém.</translation>
    </message>
    <message>
        <source>This record bundle of {name} was imported before: nothing changed.</source>
        <translation>Este processo de {name} já foi importado antes: nada mudou.</translation>
    </message>
    <message>
        <source>{name} from {school} continues at this school, with every record of their record bundle.</source>
        <translation>{name}, de {school}, continua nesta escola, com tudo o que o seu processo contém.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing the record bundle</source>
        <translation>A importar o processo do aluno</translation>
    </message>
    <message>
        <source>Importing the record of {name}… Cancel undoes all of it: nothing is kept until the last step.</source>
        <translation>A importar o processo de {name}… Cancelar desfaz tudo: nada é guardado antes do último passo.</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>Passo {done} de {total}</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Lesson text</source>
        <translation>Texto da lição</translation>
    </message>
    <message>
        <source>Choose a lesson on the left to read or edit it.</source>
        <translation>Escolha uma lição à esquerda para a ler ou editar.</translation>
    </message>
    <message>
        <source>Opening the lesson…</source>
        <translation>A abrir a lição…</translation>
    </message>
    <message>
        <source>Write the lesson here. It is saved as you type.</source>
        <translation>Escreva aqui a lição. É guardada à medida que escreve.</translation>
    </message>
    <message>
        <source>This lesson has no text yet.</source>
        <translation>Esta lição ainda não tem texto.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>A editar…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>This lesson no longer exists (it was deleted, perhaps on another PC).</source>
        <translation>Esta lição já não existe (foi eliminada, talvez noutro computador).</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Não guardado: {reason}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Todas as alterações guardadas.</translation>
    </message>
    <message>
        <source>Read only: this course is maintained by another school.</source>
        <translation>Só de leitura: este curso é mantido por outra escola.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>The records file is damaged: Repair is offered again at the next start.</source>
        <translation>O ficheiro dos registos está danificado: a reparação volta a ser proposta no próximo arranque.</translation>
    </message>
    <message>
        <source>Repairing the records…</source>
        <translation>A reparar os registos…</translation>
    </message>
    <message>
        <source>The records were repaired.</source>
        <translation>Os registos foram reparados.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparação</translation>
    </message>
    <message numerus="yes">
        <source>{name} sent %n changes</source>
        <translation>
            <numerusform>{name} enviou %n alteração</numerusform>
            <numerusform>{name} enviou %n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · ID {short}…</source>
        <translation>{name} · ID {short}…</translation>
    </message>
    <message>
        <source>Node ID {id}. Other admins compare this ID when they link with this PC (Settings shows it in full).</source>
        <translation>ID do nó {id}. Os outros administradores comparam este ID quando se ligam a este computador (Definições mostra-o por inteiro).</translation>
    </message>
    <message>
        <source>Not in a school yet</source>
        <translation>Ainda sem escola</translation>
    </message>
    <message>
        <source>Peers online: {online} of {approved}</source>
        <translation>Computadores online: {online} de {approved}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronização: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Automatic backup written to {path}</source>
        <translation>Cópia automática escrita em {path}</translation>
    </message>
    <message>
        <source>This school&apos;s community summary was published.</source>
        <translation>O resumo comunitário desta escola foi publicado.</translation>
    </message>
    <message>
        <source>Automatic backup: {percent} %</source>
        <translation>Cópia automática: {percent} %</translation>
    </message>
    <message>
        <source>This school&apos;s records are only on this PC and have never been backed up. If the PC breaks, they are lost.</source>
        <translation>Os registos desta escola estão só neste PC e nunca foram copiados. Se o PC avariar, perdem-se.</translation>
    </message>
    <message numerus="yes">
        <source>This school&apos;s records are only on this PC and have not been backed up for %n days. If the PC breaks, they are lost.</source>
        <translation>
            <numerusform>Os registos desta escola estão só neste PC e não são copiados há %n dia. Se o PC avariar, perdem-se.</numerusform>
            <numerusform>Os registos desta escola estão só neste PC e não são copiados há %n dias. Se o PC avariar, perdem-se.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>A última cópia automática falhou: {reason}</translation>
    </message>
    <message>
        <source>Network on</source>
        <translation>Rede ligada</translation>
    </message>
    <message>
        <source>No network (USB only)</source>
        <translation>Sem rede (só USB)</translation>
    </message>
    <message>
        <source>This PC does not use the network: see Settings › Network.</source>
        <translation>Este computador não usa a rede: veja Definições › Rede.</translation>
    </message>
    <message>
        <source>Network off</source>
        <translation>Rede desligada</translation>
    </message>
    <message>
        <source>The network could not start: {reason}</source>
        <translation>Não foi possível iniciar a rede: {reason}</translation>
    </message>
    <message>
        <source>About EduNode</source>
        <translation>Acerca do EduNode</translation>
    </message>
    <message>
        <source>Version, node ID, data folder and licences (F1)</source>
        <translation>Versão, ID do nó, pasta de dados e licenças (F1)</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Welcome to EduNode</source>
        <translation>Bem-vindo ao EduNode</translation>
    </message>
    <message>
        <source>EduNode keeps your school&apos;s courses and learner records on this PC.</source>
        <translation>O EduNode guarda neste computador os cursos e os registos dos alunos da sua escola.</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Nome deste computador</translation>
    </message>
    <message>
        <source>&amp;Name of this PC:</source>
        <translation>&amp;Nome deste computador:</translation>
    </message>
    <message>
        <source>Give this PC a name that people will recognise, such as “Library PC” or “Grade 5 classroom”.</source>
        <translation>Dê a este computador um nome que as pessoas reconheçam, como “Computador da biblioteca” ou “Sala do 5.º ano”.</translation>
    </message>
    <message>
        <source>name of this PC</source>
        <translation>nome deste computador</translation>
    </message>
</context>
<context>
    <name>NetworkChoice</name>
    <message>
        <source>Find and answer other PCs on &amp;all network connections</source>
        <translation>Procurar e responder a outros computadores em &amp;todas as ligações de rede</translation>
    </message>
    <message>
        <source>Only on these &amp;addresses or connections:</source>
        <translation>Só nestes &amp;endereços ou ligações:</translation>
    </message>
    <message>
        <source>On &amp;no network: this PC exchanges records on USB sticks only</source>
        <translation>Em &amp;nenhuma rede: este computador troca os registos só por pen USB</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20, eth0</source>
        <translation>ex.: 192.168.1.20, eth0</translation>
    </message>
    <message>
        <source>Addresses or connections</source>
        <translation>Endereços ou ligações</translation>
    </message>
    <message>
        <source>{name}: {address} (this PC only, for testing)</source>
        <translation>{name}: {address} (só este computador, para testes)</translation>
    </message>
    <message>
        <source>{name}: {address}</source>
        <translation>{name}: {address}</translation>
    </message>
    <message>
        <source>Choose where EduNode may look for other PCs, or choose no network.</source>
        <translation>Escolha onde o EduNode pode procurar outros computadores, ou escolha nenhuma rede.</translation>
    </message>
    <message>
        <source>Type at least one address or interface name, separated by commas.</source>
        <translation>Escreva pelo menos um endereço ou nome de interface, separados por vírgulas.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Finding other PCs</source>
        <translation>Encontrar outros computadores</translation>
    </message>
    <message>
        <source>May EduNode use the network, and which connections?</source>
        <translation>O EduNode pode usar a rede, e que ligações?</translation>
    </message>
    <message>
        <source>EduNode will look for other EduNode PCs on this network and answer them, so that the PCs of your school and community can find each other. Nothing is shared with another PC until an admin of this PC approves a link with it. Without a network, records go from PC to PC on a USB stick.</source>
        <translation>O EduNode vai procurar outros computadores com o EduNode nesta rede e responder-lhes, para que os computadores da sua escola e da sua comunidade se encontrem. Nada é partilhado com outro computador até um administrador deste computador aprovar uma ligação com ele. Sem rede, os registos passam de computador para computador numa pen USB.</translation>
    </message>
    <message>
        <source>You can change this later in Settings › Network.</source>
        <translation>Pode mudar isto mais tarde em Definições › Rede.</translation>
    </message>
</context>
<context>
    <name>NewCourseDialog</name>
    <message>
        <source>New course</source>
        <translation>Novo curso</translation>
    </message>
    <message>
        <source>Share this course with the other schools of the community</source>
        <translation>Partilhar este curso com as outras escolas da comunidade</translation>
    </message>
    <message>
        <source>Shared courses go to every linked school. Private ones stay inside this school.</source>
        <translation>Os cursos partilhados vão para cada escola ligada. Os privados ficam dentro desta escola.</translation>
    </message>
    <message>
        <source>&amp;Create course</source>
        <translation>&amp;Criar curso</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <source>Add a learner</source>
        <translation>Adicionar um aluno</translation>
    </message>
    <message>
        <source>&amp;Add learner</source>
        <translation>&amp;Adicionar aluno</translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lição</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Tempo gasto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Percurso</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Feita</translation>
    </message>
    <message>
        <source>▶ Current</source>
        <translation>▶ Atual</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time spent in minutes</source>
        <translation>Tempo gasto em minutos</translation>
    </message>
    <message>
        <source>Lesson &amp;completed</source>
        <translation>Lição &amp;concluída</translation>
    </message>
    <message>
        <source>Record &amp;progress</source>
        <translation>Registar &amp;progresso</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Registar progresso</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Curso:</translation>
    </message>
    <message>
        <source>Not enrolled in any course yet.</source>
        <translation>Ainda não está matriculado em nenhum curso.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n lessons done · {time} spent</source>
        <translation>
            <numerusform>{done} de %n lição feita · {time} gasto</numerusform>
            <numerusform>{done} de %n lições feitas · {time} gasto</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead of their plan</source>
        <translation>adiantado em relação ao seu plano</translation>
    </message>
    <message>
        <source>on track with their plan</source>
        <translation>em dia com o seu plano</translation>
    </message>
    <message>
        <source>behind their plan</source>
        <translation>atrasado em relação ao seu plano</translation>
    </message>
    <message>
        <source>{state} (pace: {pace} a week)</source>
        <translation>{state} (ritmo: {pace} por semana)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>Progress recorded for “{lesson}”.</source>
        <translation>Progresso registado para “{lesson}”.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Verification code (the same on both screens):</source>
        <translation>Código de verificação (o mesmo nos dois ecrãs):</translation>
    </message>
    <message>
        <source>Community peer: shares courses</source>
        <translation>Parceiro da comunidade: partilha cursos</translation>
    </message>
    <message>
        <source>Member of my school: shares learners too</source>
        <translation>Membro da minha escola: partilha também os alunos</translation>
    </message>
    <message>
        <source>&amp;Link as:</source>
        <translation>&amp;Ligar como:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>&amp;PIN de administrador:</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Aguarde {seconds} s</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Approving links with other PCs and other admin actions ask for this PIN.</source>
        <translation>Aprovar ligações com outros computadores e as outras ações de administração pedem este PIN.</translation>
    </message>
    <message>
        <source>Admin PIN again</source>
        <translation>PIN de administrador outra vez</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>&amp;PIN de administrador:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Choose at least 6 digits. Keep it for the people who run the school.</source>
        <translation>Escolha pelo menos 6 algarismos. Guarde-o para as pessoas que dirigem a escola.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Learner&apos;s name</source>
        <translation>Nome do aluno</translation>
    </message>
    <message>
        <source>e.g. 2015 (optional)</source>
        <translation>ex.: 2015 (opcional)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Ano de nascimento</translation>
    </message>
    <message>
        <source>Name and phone of a parent or guardian (optional)</source>
        <translation>Nome e telefone de um pai, mãe ou encarregado de educação (opcional)</translation>
    </message>
    <message>
        <source>Guardian contact</source>
        <translation>Contacto do encarregado de educação</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Ano de &amp;nascimento:</translation>
    </message>
    <message>
        <source>&amp;Guardian contact:</source>
        <translation>Contacto do &amp;encarregado:</translation>
    </message>
    <message>
        <source>learner&apos;s name</source>
        <translation>nome do aluno</translation>
    </message>
    <message>
        <source>guardian contact</source>
        <translation>contacto do encarregado de educação</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop at the next safe point; what was finished before is kept whole</source>
        <translation>Parar no próximo ponto seguro; o que já estava concluído fica inteiro</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>A parar no próximo ponto seguro…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Delete {name}&apos;s record from every PC of this school?</source>
        <translation>Apagar o processo de {name} de todos os PC desta escola?</translation>
    </message>
    <message>
        <source>Their profile, courses, results, attendance, progress, notes and the record bundles kept here are deleted from this PC now, and from every other PC of this school as it syncs. Each PC keeps only a line in its activity with the learner&apos;s ID and the date.</source>
        <translation>O perfil, cursos, resultados, presenças, progresso, notas e os processos guardados aqui são apagados deste PC agora, e de cada outro PC desta escola ao sincronizar. Cada PC guarda apenas uma linha na sua atividade com o ID do aluno e a data.</translation>
    </message>
    <message>
        <source>This cannot be undone. {name}&apos;s new school keeps their record.</source>
        <translation>Não pode ser desfeito. A nova escola de {name} mantém o registo.</translation>
    </message>
    <message>
        <source>Purge the record of {name}</source>
        <translation>Eliminar o processo de {name}</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Apagar definitivamente</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>‹ All learners</source>
        <translation>‹ Todos os alunos</translation>
    </message>
    <message>
        <source>Class register</source>
        <translation>Chamada da turma</translation>
    </message>
    <message>
        <source>Class (course)</source>
        <translation>Turma (curso)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Turma:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dia:</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Space marks the selected learner present or absent</source>
        <translation>Espaço marca o aluno selecionado como presente ou ausente</translation>
    </message>
    <message>
        <source>All &amp;present</source>
        <translation>Todos &amp;presentes</translation>
    </message>
    <message>
        <source>All a&amp;bsent</source>
        <translation>Todos au&amp;sentes</translation>
    </message>
    <message>
        <source>&amp;Save register</source>
        <translation>&amp;Guardar chamada</translation>
    </message>
    <message>
        <source>Create a course and enrol learners to take a register.</source>
        <translation>Crie um curso e matricule alunos para fazer a chamada.</translation>
    </message>
    <message>
        <source>Loading the class…</source>
        <translation>A carregar a turma…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>No learner is enrolled in this course.</source>
        <translation>Nenhum aluno está matriculado neste curso.</translation>
    </message>
    <message numerus="yes">
        <source>%n learners</source>
        <translation>
            <numerusform>%n aluno</numerusform>
            <numerusform>%n alunos</numerusform>
        </translation>
    </message>
    <message>
        <source>{present} present · {absent} absent</source>
        <translation>{present} presentes · {absent} ausentes</translation>
    </message>
    <message>
        <source>already recorded for this day; saving replaces it</source>
        <translation>já registada para este dia; guardar substitui-a</translation>
    </message>
    <message numerus="yes">
        <source>Register saved for {day}: %n learners.</source>
        <translation>
            <numerusform>Chamada guardada para {day}: %n aluno.</numerusform>
            <numerusform>Chamada guardada para {day}: %n alunos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message>
        <source>The records file is damaged</source>
        <translation>O ficheiro dos registos está danificado</translation>
    </message>
    <message>
        <source>EduNode found damage in this PC&apos;s records file. Repair keeps every record that still reads, rebuilds the lists from the change log and fetches damaged changes again from the school&apos;s other PCs at the next sync.</source>
        <translation>O EduNode encontrou danos no ficheiro dos registos deste computador. A reparação mantém todos os registos que ainda se conseguem ler, reconstrói as listas a partir do histórico de alterações e volta a buscar as alterações danificadas aos outros computadores da escola na próxima sincronização.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… e mais {n}</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
    <message>
        <source>The records were repaired.</source>
        <translation>Os registos foram reparados.</translation>
    </message>
    <message>
        <source>Could not be read: {what}.</source>
        <translation>Não foi possível ler: {what}.</translation>
    </message>
    <message>
        <source>{n} record(s) still miss changes: they come back at the next sync with a PC of the school that has them.</source>
        <translation>{n} registo(s) ainda têm alterações em falta: voltam na próxima sincronização com um computador da escola que as tenha.</translation>
    </message>
    <message>
        <source>The latest backup is {path}.</source>
        <translation>A cópia de segurança mais recente é {path}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Who needs &amp;help</source>
        <translation>Quem precisa de a&amp;juda</translation>
    </message>
    <message>
        <source>Show the learners who need help instead of the chart</source>
        <translation>Mostrar os alunos que precisam de ajuda em vez do gráfico</translation>
    </message>
    <message>
        <source>This &amp;school</source>
        <translation>Esta e&amp;scola</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Comunidade</translation>
    </message>
    <message>
        <source>Compare the schools course by course, from the summaries they publish</source>
        <translation>Comparar as escolas curso a curso, a partir dos resumos que publicam</translation>
    </message>
    <message>
        <source>courses (yours and those shared with you)</source>
        <translation>cursos (os seus e os partilhados consigo)</translation>
    </message>
    <message>
        <source>schools offering them</source>
        <translation>escolas que os oferecem</translation>
    </message>
    <message>
        <source>learners in this school</source>
        <translation>alunos nesta escola</translation>
    </message>
    <message>
        <source>of lessons completed</source>
        <translation>das lições concluídas</translation>
    </message>
    <message>
        <source>average result</source>
        <translation>resultado médio</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presenças</translation>
    </message>
    <message>
        <source>learners behind their pathway</source>
        <translation>alunos atrasados no percurso</translation>
    </message>
    <message>
        <source>Chart of completion, results and attendance per course</source>
        <translation>Gráfico de conclusão, resultados e presenças por curso</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Alunos</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Conclusão</translation>
    </message>
    <message>
        <source>Average result</source>
        <translation>Resultado médio</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenças</translation>
    </message>
    <message>
        <source>Behind pathway</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Figures per course</source>
        <translation>Números por curso</translation>
    </message>
    <message>
        <source>Who needs help</source>
        <translation>Quem precisa de ajuda</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Aluno</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Learners who need help</source>
        <translation>Alunos que precisam de ajuda</translation>
    </message>
    <message>
        <source>Active learners of this school behind their own plan (more than one lesson under their pace since they enrolled), whose last three results in a course fell one after another or average 15 points under the earlier ones, or who were absent the last three recorded school days.</source>
        <translation>Alunos ativos desta escola atrasados em relação ao seu próprio plano (mais de uma lição abaixo do seu ritmo desde a inscrição), cujos três últimos resultados num curso desceram um após o outro ou têm uma média 15 pontos abaixo dos anteriores, ou que faltaram nos três últimos dias letivos registados.</translation>
    </message>
    <message>
        <source>Completion: lessons done out of all lessons of the course, for its learners. Behind: active learners more than one lesson below a pace of one lesson a week since they enrolled. Community figures are totals only: no learner&apos;s data.</source>
        <translation>Conclusão: lições feitas sobre todas as lições do curso, para os seus alunos. Atrasados: alunos ativos com mais de uma lição de atraso num ritmo de uma lição por semana desde a matrícula. Os números da comunidade são só totais: nenhum dado de alunos.</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>A calcular os números…</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n curso</numerusform>
            <numerusform>%n cursos</numerusform>
        </translation>
    </message>
    <message>
        <source>behind their plan in {course}: {done} lessons done, {expected} expected by now at {pace} a week</source>
        <translation>atrasado em relação ao seu plano em {course}: {done} lições feitas, {expected} esperadas até agora a {pace} por semana</translation>
    </message>
    <message>
        <source>falling results in {course}: the last three {results}</source>
        <translation>resultados em queda em {course}: os três últimos {results}</translation>
    </message>
    <message>
        <source>absent the last {days} recorded school days (since {day})</source>
        <translation>ausente nos últimos {days} dias letivos registados (desde {day})</translation>
    </message>
    <message>
        <source>Who needs help ({n})</source>
        <translation>Quem precisa de ajuda ({n})</translation>
    </message>
    <message>
        <source>Who needs help: nobody by these rules</source>
        <translation>Quem precisa de ajuda: ninguém segundo estas regras</translation>
    </message>
    <message>
        <source>Who needs &amp;help ({n})</source>
        <translation>Quem precisa de a&amp;juda ({n})</translation>
    </message>
    <message>
        <source>Completion %</source>
        <translation>Conclusão %</translation>
    </message>
    <message>
        <source>Average result %</source>
        <translation>Resultado médio %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Presenças %</translation>
    </message>
    <message>
        <source>Per course (the {n} with most learners)</source>
        <translation>Por curso (os {n} com mais alunos)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar o relatório</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Não foi possível escrever {path}: {reason}</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Relatório guardado em {path}.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Qualquer prioridade</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Só &amp;abertas</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Escola:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridade:</translation>
    </message>
    <message>
        <source>Add &amp;need…</source>
        <translation>Adicionar &amp;necessidade…</translation>
    </message>
    <message>
        <source>Add o&amp;ffer…</source>
        <translation>Adicionar ofe&amp;rta…</translation>
    </message>
    <message>
        <source>&amp;Close need…</source>
        <translation>Fe&amp;char necessidade…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Publicado por</translation>
    </message>
    <message>
        <source>Needs and offers of every school</source>
        <translation>Necessidades e ofertas de todas as escolas</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Quadro</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Con&amp;tribute…</source>
        <translation>&amp;Contribuir…</translation>
    </message>
    <message>
        <source>&amp;Propose allocation…</source>
        <translation>&amp;Propor atribuição…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprovar…</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fundo:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Lançamento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Assinado por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <source>The fund&apos;s ledger</source>
        <translation>O livro de contas do fundo</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>&amp;Fundo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Necessidades abertas</translation>
    </message>
    <message>
        <source>Their cost</source>
        <translation>O seu custo</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Atribuído</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Atribuições</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusadas</translation>
    </message>
    <message>
        <source>Per school: open needs and allocations</source>
        <translation>Por escola: necessidades abertas e atribuições</translation>
    </message>
    <message>
        <source>Chart of the amount allocated per school</source>
        <translation>Gráfico do montante atribuído por escola</translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation>&amp;Equidade</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Todas as escolas</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necessidade</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>met</source>
        <translation>satisfeita</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechada</translation>
    </message>
    <message>
        <source>No fund yet. An admin founds one with &apos;edunode fund create&apos;.</source>
        <translation>Ainda não há nenhum fundo. Um administrador cria um com “edunode fund create”.</translation>
    </message>
    <message>
        <source>Balance: {amount} {currency}</source>
        <translation>Saldo: {amount} {currency}</translation>
    </message>
    <message>
        <source>Held by {schools}; an allocation takes effect once {k} of them approved it, if the balance covers it at that point (decision 0012r).</source>
        <translation>Detido por {schools}; uma atribuição produz efeito assim que {k} delas a aprovarem, se o saldo a cobrir nesse momento (decisão 0012r).</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprovação</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Atribuição</translation>
    </message>
    <message>
        <source>Allocated per school. Allocation per learner needs the schools&apos; published learner counts, which schools do not share yet.</source>
        <translation>Atribuído por escola. Uma atribuição por aluno precisaria do número de alunos publicado por cada escola, que as escolas ainda não partilham.</translation>
    </message>
    <message>
        <source>No fund yet.</source>
        <translation>Ainda não há nenhum fundo.</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Adicionar uma necessidade</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Adicionar necessidade</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artigo:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantidade:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidade:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridade:</translation>
    </message>
    <message>
        <source>&amp;Cost (optional):</source>
        <translation>&amp;Custo (opcional):</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <source>e.g. KES, UGX, USD</source>
        <translation>ex.: KES, UGX, USD</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The need is on the board.</source>
        <translation>A necessidade está no quadro.</translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation>Adicionar uma oferta</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Adicionar oferta</translation>
    </message>
    <message>
        <source>The offer is on the board.</source>
        <translation>A oferta está no quadro.</translation>
    </message>
    <message>
        <source>Close the need</source>
        <translation>Fechar a necessidade</translation>
    </message>
    <message>
        <source>Close need</source>
        <translation>Fechar necessidade</translation>
    </message>
    <message>
        <source>“{item}” is:</source>
        <translation>“{item}” está:</translation>
    </message>
    <message>
        <source>&amp;Closed as:</source>
        <translation>&amp;Fechada como:</translation>
    </message>
    <message>
        <source>The need is closed.</source>
        <translation>A necessidade está fechada.</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Registar uma contribuição</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registar</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Montante ({currency}):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <source>The contribution is in the ledger.</source>
        <translation>A contribuição está no livro de contas.</translation>
    </message>
    <message>
        <source>Propose an allocation</source>
        <translation>Propor uma atribuição</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propor</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Necessidade:</translation>
    </message>
    <message>
        <source>The proposal is in the ledger; it needs the holding schools&apos; approval.</source>
        <translation>A proposta está no livro de contas; precisa da aprovação das escolas detentoras.</translation>
    </message>
    <message>
        <source>Approve the allocation</source>
        <translation>Aprovar a atribuição</translation>
    </message>
    <message>
        <source>Approve {amount} for “{item}” on behalf of this school? It takes effect once enough holding schools approved, if the balance covers it then.</source>
        <translation>Aprovar {amount} para “{item}” em nome desta escola? Produz efeito assim que escolas detentoras suficientes a aprovarem, se o saldo a cobrir nessa altura.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Approved. The proposal is {status}.</source>
        <translation>Aprovado. A proposta está: {status}.</translation>
    </message>
    <message>
        <source>Export the equity report</source>
        <translation>Exportar o relatório de equidade</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Relatório escrito em {path}.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Course of the result</source>
        <translation>Curso do resultado</translation>
    </message>
    <message>
        <source>e.g. Fractions quiz</source>
        <translation>ex.: Teste de frações</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Nota máxima</translation>
    </message>
    <message>
        <source>Date of the result</source>
        <translation>Data do resultado</translation>
    </message>
    <message>
        <source>Add &amp;result</source>
        <translation>Adicionar &amp;resultado</translation>
    </message>
    <message>
        <source>Add a result</source>
        <translation>Adicionar um resultado</translation>
    </message>
    <message>
        <source>Co&amp;urse:</source>
        <translation>C&amp;urso:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>A&amp;valiação:</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>em</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Enrol the learner in a course first.</source>
        <translation>Matricule primeiro o aluno num curso.</translation>
    </message>
    <message>
        <source>assessment name</source>
        <translation>nome da avaliação</translation>
    </message>
    <message>
        <source>Result added.</source>
        <translation>Resultado adicionado.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>A sua escola</translation>
    </message>
    <message>
        <source>Is this the first PC of your school to use EduNode?</source>
        <translation>Este é o primeiro computador da sua escola a usar o EduNode?</translation>
    </message>
    <message>
        <source>&amp;Start a new school</source>
        <translation>&amp;Criar uma escola nova</translation>
    </message>
    <message>
        <source>&amp;Join a school that already uses EduNode on another PC</source>
        <translation>&amp;Entrar numa escola que já usa o EduNode noutro computador</translation>
    </message>
    <message>
        <source>e.g. Hillside Primary School</source>
        <translation>ex.: Escola Primária da Colina</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nome da escola</translation>
    </message>
    <message>
        <source>After setup, open Community, choose a PC of your school in the list of PCs found on the network and ask to join its school. When its admin approves, this PC receives the school&apos;s courses and learners.</source>
        <translation>Depois da configuração, abra Comunidade, escolha um computador da sua escola na lista de computadores encontrados na rede e peça para entrar na escola dele. Quando o administrador aprovar, este computador recebe os cursos e os alunos da escola.</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Nome da escola:</translation>
    </message>
    <message>
        <source>school name</source>
        <translation>nome da escola</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Nome deste computador</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Guardar &amp;nome</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Other admins compare this ID when they link with this PC.</source>
        <translation>Os outros administradores comparam este ID quando se ligam a este computador.</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>ID do nó:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Escola:</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir pasta de dados</translation>
    </message>
    <message>
        <source>The records, this PC&apos;s key and the log file ({file}) are kept here.</source>
        <translation>Os registos, a chave deste computador e o ficheiro de registo ({file}) ficam aqui.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>A&amp;bout EduNode…</source>
        <translation>A&amp;cerca do EduNode…</translation>
    </message>
    <message>
        <source>Version, node ID and data folder</source>
        <translation>Versão, ID do nó e pasta de dados</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Current admin PIN</source>
        <translation>PIN de administrador atual</translation>
    </message>
    <message>
        <source>New admin PIN</source>
        <translation>Novo PIN de administrador</translation>
    </message>
    <message>
        <source>New admin PIN again</source>
        <translation>Novo PIN de administrador outra vez</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>PIN at&amp;ual:</translation>
    </message>
    <message>
        <source>Ne&amp;w PIN:</source>
        <translation>No&amp;vo PIN:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Mudar o PIN</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>EduNode looks for other EduNode PCs on the network and answers them. Nothing is shared with a PC until an admin approves a link with it.</source>
        <translation>O EduNode procura outros computadores com o EduNode na rede e responde-lhes. Nada é partilhado com um computador até um administrador aprovar uma ligação com ele.</translation>
    </message>
    <message>
        <source>Save net&amp;work settings</source>
        <translation>Guardar definições de &amp;rede</translation>
    </message>
    <message>
        <source>Takes effect the next time EduNode starts.</source>
        <translation>Tem efeito da próxima vez que o EduNode iniciar.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Same as the computer ({name})</source>
        <translation>Igual ao computador ({name})</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Igual ao computador</translation>
    </message>
    <message>
        <source>Not in a school yet</source>
        <translation>Ainda sem escola</translation>
    </message>
    <message>
        <source>name of this PC</source>
        <translation>nome deste computador</translation>
    </message>
    <message>
        <source>Please type the current admin PIN.</source>
        <translation>Escreva o PIN de administrador atual.</translation>
    </message>
    <message>
        <source>This PC is now called “{name}”.</source>
        <translation>Este computador chama-se agora “{name}”.</translation>
    </message>
    <message>
        <source>The admin PIN was changed.</source>
        <translation>O PIN de administrador foi alterado.</translation>
    </message>
    <message>
        <source>Network settings saved. Restart EduNode to use them.</source>
        <translation>Definições de rede guardadas. Reinicie o EduNode para as usar.</translation>
    </message>
    <message>
        <source>The new language is used the next time EduNode starts.</source>
        <translation>A nova língua é usada da próxima vez que o EduNode iniciar.</translation>
    </message>
    <message>
        <source>The folder could not be opened. It is {folder}</source>
        <translation>Não foi possível abrir a pasta. Está em {folder}</translation>
    </message>
</context>
<context>
    <name>SyncProgressPanel</name>
    <message>
        <source>Syncing with {name}: {done} of {total} changes</source>
        <translation>A sincronizar com {name}: {done} de {total} alterações</translation>
    </message>
    <message>
        <source>Syncing with {n} PCs: {done} of {total} changes</source>
        <translation>A sincronizar com {n} computadores: {done} de {total} alterações</translation>
    </message>
    <message>
        <source>{name}: {done} of {total} changes</source>
        <translation>{name}: {done} de {total} alterações</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Connection ended; the rest comes at the next one</source>
        <translation>Ligação terminada; o resto vem na próxima</translation>
    </message>
    <message>
        <source>sending {sent} of {to_send}, receiving {received} of {to_receive}</source>
        <translation>a enviar {sent} de {to_send}, a receber {received} de {to_receive}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>{name}&apos;s record (profile, courses, results, attendance and progress) is signed over to their new school and saved as a record bundle they carry there. From then this school keeps it read-only.</source>
        <translation>O registo de {name} (perfil, cursos, resultados, presenças e progresso) é entregue, assinado, à nova escola e guardado como um processo que ele leva. A partir daí esta escola guarda-o só para consulta.</translation>
    </message>
    <message>
        <source>The files are not encrypted: hand them only to the learner or their guardian.</source>
        <translation>Os ficheiros não estão cifrados: entregue-os só ao aluno ou ao encarregado de educação.</translation>
    </message>
    <message>
        <source>{name} is transferred to {school}.</source>
        <translation>{name} foi transferido para {school}.</translation>
    </message>
    <message>
        <source>{name} is given an open record bundle.</source>
        <translation>{name} recebe um processo aberto.</translation>
    </message>
    <message>
        <source>The record bundle and the transcript are saved in {folder}.</source>
        <translation>O processo e o certificado foram guardados em {folder}.</translation>
    </message>
    <message>
        <source>The record bundle is saved as {path}.</source>
        <translation>O processo foi guardado como {path}.</translation>
    </message>
    <message>
        <source>The transcript could not be written: {error}</source>
        <translation>Não foi possível escrever o certificado: {error}</translation>
    </message>
    <message>
        <source>Transferring {name}</source>
        <translation>A transferir {name}</translation>
    </message>
    <message>
        <source>Writing the signed record of {name}…</source>
        <translation>A escrever o registo assinado de {name}…</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>Passo {done} de {total}</translation>
    </message>
    <message>
        <source>{name}&apos;s record is deleted from this PC; the other PCs of this school delete it as they sync.</source>
        <translation>O processo de {name} foi apagado deste PC; os outros PC desta escola apagam-no ao sincronizar.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {name} to another school</source>
        <translation>Transferir {name} para outra escola</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <source>The school the learner moves to</source>
        <translation>A escola para onde o aluno vai</translation>
    </message>
    <message>
        <source>School ID: {id}</source>
        <translation>ID da escola: {id}</translation>
    </message>
    <message>
        <source>Not known yet (an open record bundle)</source>
        <translation>Ainda não se sabe (um processo aberto)</translation>
    </message>
    <message>
        <source>The first school that imports the bundle takes the record</source>
        <translation>A primeira escola que importar o processo fica com o registo</translation>
    </message>
    <message>
        <source>Choose the new school</source>
        <translation>Escolha a nova escola</translation>
    </message>
    <message>
        <source>Folder to save the record bundle in</source>
        <translation>Pasta onde guardar o processo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;scolher…</translation>
    </message>
    <message>
        <source>Choose the folder, e.g. on a USB stick</source>
        <translation>Escolha a pasta, por exemplo numa pen USB</translation>
    </message>
    <message>
        <source>Also save the printable &amp;transcript (PDF)</source>
        <translation>Guardar também o &amp;certificado para imprimir (PDF)</translation>
    </message>
    <message>
        <source>&amp;Moves to:</source>
        <translation>&amp;Vai para:</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Guardar em:</translation>
    </message>
    <message>
        <source>Saves {bundle} and {pdf} in that folder.</source>
        <translation>Guarda {bundle} e {pdf} nessa pasta.</translation>
    </message>
    <message>
        <source>Saves {bundle} in that folder.</source>
        <translation>Guarda {bundle} nessa pasta.</translation>
    </message>
    <message>
        <source>Choose the school the learner moves to, or “Not known yet”.</source>
        <translation>Escolha a escola para onde o aluno vai, ou «Ainda não se sabe».</translation>
    </message>
    <message>
        <source>Choose the folder to save the record bundle in.</source>
        <translation>Escolha a pasta onde guardar o processo.</translation>
    </message>
    <message>
        <source>There is no folder {folder}: choose one that exists.</source>
        <translation>A pasta {folder} não existe: escolha uma que exista.</translation>
    </message>
    <message>
        <source>Save the record bundle in</source>
        <translation>Guardar o processo em</translation>
    </message>
</context>
<context>
    <name>UpdatesDialog</name>
    <message>
        <source>Changes in the original course</source>
        <translation>Alterações no curso original</translation>
    </message>
    <message>
        <source>These lessons changed in “{course}” since this course was adapted. For each, take the original&apos;s text, keep this course&apos;s, or combine the two.</source>
        <translation>Estas lições mudaram em «{course}» desde que este curso foi adaptado. Para cada uma, traga o texto do original, mantenha o deste curso ou combine os dois.</translation>
    </message>
    <message>
        <source>Lessons changed in the original</source>
        <translation>Lições alteradas no original</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>O original</translation>
    </message>
    <message>
        <source>This course</source>
        <translation>Este curso</translation>
    </message>
    <message>
        <source>Combined (you may edit it)</source>
        <translation>Combinado (pode editá-lo)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Trazer o &amp;deles</translation>
    </message>
    <message>
        <source>Replace this course&apos;s lesson with the original&apos;s</source>
        <translation>Substituir a lição deste curso pela do original</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Manter o meu</translation>
    </message>
    <message>
        <source>Keep this course&apos;s lesson as it is; the change is no longer listed</source>
        <translation>Manter a lição deste curso como está; a alteração deixa de ser listada</translation>
    </message>
    <message>
        <source>&amp;Save combined</source>
        <translation>&amp;Guardar combinado</translation>
    </message>
    <message>
        <source>Use the combined text for this course&apos;s lesson</source>
        <translation>Usar o texto combinado na lição deste curso</translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation>{title} (nova)</translation>
    </message>
    <message>
        <source>This lesson is new in the original course: Take theirs adds it to this course, Keep mine leaves it out.</source>
        <translation>Esta lição é nova no curso original: «Trazer o deles» junta-a a este curso, «Manter o meu» deixa-a de fora.</translation>
    </message>
    <message>
        <source>This lesson was changed here too since it was adapted: choose, or combine.</source>
        <translation>Esta lição também foi alterada aqui desde que foi adaptada: escolha ou combine.</translation>
    </message>
    <message>
        <source>This lesson was not changed here since it was adapted.</source>
        <translation>Esta lição não foi alterada aqui desde que foi adaptada.</translation>
    </message>
</context>
<context>
    <name>UsbStickActions</name>
    <message>
        <source>USB stick</source>
        <translation>Pen USB</translation>
    </message>
    <message>
        <source>For PCs that never share a network. Each PC introduces itself on the stick once; read the other PC&apos;s introduction, compare the verification code by phone and approve it above. Then write packages on one PC and read them on the other.</source>
        <translation>Para computadores que nunca partilham uma rede. Cada computador apresenta-se uma vez na pen; leia a apresentação do outro computador, compare o código de verificação por telefone e aprove-a acima. Depois escreva pacotes num computador e leia-os no outro.</translation>
    </message>
    <message>
        <source>Introduce this PC on the USB stick</source>
        <translation>Apresentar este computador na pen USB</translation>
    </message>
    <message>
        <source>Introduction of this PC written to {path}. On the other PC, choose “Read from stick…”, compare the verification code by phone and approve.</source>
        <translation>Apresentação deste computador escrita em {path}. No outro computador, escolha “Ler da pen…”, compare o código de verificação por telefone e aprove.</translation>
    </message>
    <message>
        <source>Write packages to the USB stick</source>
        <translation>Escrever pacotes na pen USB</translation>
    </message>
    <message>
        <source>Link with a PC first: no PC is linked with this one, so there is nothing to write. Introduce both PCs on the stick, read each other&apos;s introduction and approve it; then write packages.</source>
        <translation>Ligue-se primeiro a um computador: nenhum está ligado a este, por isso não há nada a escrever. Apresente os dois computadores na pen, leia a apresentação de cada um e aprove-a; depois escreva os pacotes.</translation>
    </message>
    <message>
        <source>Write packages</source>
        <translation>Escrever pacotes</translation>
    </message>
    <message>
        <source>Write packages for {names} to {folder}? A package for a PC of this school carries the learner records: keep the stick safe.</source>
        <translation>Escrever pacotes para {names} em {folder}? Um pacote para um computador desta escola leva os registos dos alunos: guarde a pen em segurança.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escrever</translation>
    </message>
    <message>
        <source>Writing packages</source>
        <translation>A escrever pacotes</translation>
    </message>
    <message>
        <source>Writing packages for {names} to {folder}…</source>
        <translation>A escrever pacotes para {names} em {folder}…</translation>
    </message>
    <message>
        <source>{done} of {total} documents</source>
        <translation>{done} de {total} documentos</translation>
    </message>
    <message>
        <source>{name}: {documents} documents, {changes} changes</source>
        <translation>{name}: {documents} documentos, {changes} alterações</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>Pacotes escritos</translation>
    </message>
    <message>
        <source>Written to {folder}:</source>
        <translation>Escritos em {folder}:</translation>
    </message>
    <message>
        <source>On each of those PCs, choose “Read from stick…”.</source>
        <translation>Em cada um desses computadores, escolha “Ler da pen…”.</translation>
    </message>
    <message>
        <source>Read from the USB stick</source>
        <translation>Ler da pen USB</translation>
    </message>
    <message>
        <source>Reading the USB stick</source>
        <translation>A ler a pen USB</translation>
    </message>
    <message>
        <source>Reading the packages in {folder}… Cancel stops after the package being read: each package is taken whole.</source>
        <translation>A ler os pacotes em {folder}… Cancelar para depois do pacote que está a ser lido: cada pacote é recebido inteiro.</translation>
    </message>
    <message>
        <source>an unknown PC</source>
        <translation>um computador desconhecido</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new changes from {name}.</source>
        <translation>
            <numerusform>%n alteração nova importada de {name}.</numerusform>
            <numerusform>%n alterações novas importadas de {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new from {name}: this PC already had all of it.</source>
        <translation>Nada de novo de {name}: este computador já tinha tudo.</translation>
    </message>
    <message>
        <source>Link request from {name}, verification code {code}: compare it by phone with the admin of that PC, then approve it under “Link requests waiting for you”.</source>
        <translation>Pedido de ligação de {name}, código de verificação {code}: compare-o por telefone com o administrador desse computador e depois aprove-o em “Pedidos de ligação à sua espera”.</translation>
    </message>
    <message>
        <source>Skipped {file} from {name}: {reason}.</source>
        <translation>{file} de {name} ignorado: {reason}.</translation>
    </message>
    <message>
        <source>Refused {file} from {name}: {reason}.</source>
        <translation>{file} de {name} recusado: {reason}.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please enter the {what}.</source>
        <translation>Falta preencher: {what}.</translation>
    </message>
    <message>
        <source>The {what} is too long: {count} characters, at most {limit}.</source>
        <translation>Demasiado longo ({what}): {count} caracteres, no máximo {limit}.</translation>
    </message>
    <message>
        <source>The {what} must be one line of text.</source>
        <translation>Este campo ({what}) deve ser uma só linha de texto.</translation>
    </message>
    <message>
        <source>The birth year is a year written with digits, such as {example}.</source>
        <translation>O ano de nascimento escreve-se com algarismos, por exemplo {example}.</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and {this_year}.</source>
        <translation>O ano de nascimento deve estar entre 1900 e {this_year}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code. Use a short code such as en, fr, sw or pt-BR.</source>
        <translation>“{value}” não é um código de língua. Use um código curto como en, fr, sw ou pt-BR.</translation>
    </message>
    <message>
        <source>Please enter the score.</source>
        <translation>Escreva a nota.</translation>
    </message>
    <message>
        <source>The score &apos;{value}&apos; is not a number.</source>
        <translation>A nota “{value}” não é um número.</translation>
    </message>
    <message>
        <source>Please enter the maximum score.</source>
        <translation>Escreva a nota máxima.</translation>
    </message>
    <message>
        <source>The maximum score &apos;{value}&apos; is not a number.</source>
        <translation>A nota máxima “{value}” não é um número.</translation>
    </message>
    <message>
        <source>The maximum score must be greater than 0.</source>
        <translation>A nota máxima deve ser maior do que 0.</translation>
    </message>
    <message>
        <source>The score cannot be negative.</source>
        <translation>A nota não pode ser negativa.</translation>
    </message>
    <message>
        <source>The score {s:g} is higher than the maximum {m:g}.</source>
        <translation>A nota {s:g} é maior do que o máximo {m:g}.</translation>
    </message>
    <message>
        <source>Please enter a date (year-month-day, e.g. 2026-03-14).</source>
        <translation>Escreva uma data (ano-mês-dia, ex.: 2026-03-14).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date. Write it as year-month-day, e.g. 2026-03-14.</source>
        <translation>“{value}” não é uma data. Escreva-a como ano-mês-dia, ex.: 2026-03-14.</translation>
    </message>
    <message>
        <source>The date {value} is too far in the past or the future.</source>
        <translation>A data {value} está demasiado longe no passado ou no futuro.</translation>
    </message>
    <message>
        <source>Time spent must be between 0 and 1440 minutes.</source>
        <translation>O tempo gasto deve estar entre 0 e 1440 minutos.</translation>
    </message>
    <message>
        <source>Please choose an admin PIN.</source>
        <translation>Escolha um PIN de administrador.</translation>
    </message>
    <message>
        <source>The admin PIN needs at least 6 characters (6 digits or more).</source>
        <translation>O PIN de administrador precisa de pelo menos 6 caracteres (6 algarismos ou mais).</translation>
    </message>
    <message>
        <source>The admin PIN can have at most 64 characters.</source>
        <translation>O PIN de administrador pode ter no máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>The admin PIN can only use letters, digits and symbols (no spaces at either end).</source>
        <translation>O PIN de administrador só pode usar letras, algarismos e símbolos (sem espaços no início nem no fim).</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the new PIN again.</source>
        <translation>Os dois PIN não são iguais. Escreva de novo o novo PIN.</translation>
    </message>
    <message>
        <source>Please choose a passphrase for the backups.</source>
        <translation>Escolha uma frase-passe para as cópias.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters: a short sentence you can remember is best.</source>
        <translation>A frase-passe precisa de pelo menos {count} caracteres: o melhor é uma frase curta de que se lembre.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type the passphrase again.</source>
        <translation>As duas frases-passe não são iguais. Escreva a frase-passe novamente.</translation>
    </message>
    <message>
        <source>Please choose a folder on a USB stick or a second disk.</source>
        <translation>Escolha uma pasta numa pen USB ou num segundo disco.</translation>
    </message>
</context>
<context>
    <name>WholeClassActions</name>
    <message>
        <source>Select the learners to enrol first.</source>
        <translation>Selecione primeiro os alunos a matricular.</translation>
    </message>
    <message>
        <source>There is no course yet: make one on the Courses page.</source>
        <translation>Ainda não há nenhum curso: crie um na página Cursos.</translation>
    </message>
    <message numerus="yes">
        <source>%n learners enrolled in {course}.</source>
        <translation>
            <numerusform>%n aluno matriculado em {course}.</numerusform>
            <numerusform>%n alunos matriculados em {course}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already enrolled.</source>
        <translation>
            <numerusform>%n já estava matriculado.</numerusform>
            <numerusform>%n já estavam matriculados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importar uma lista de turma</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt)</source>
        <translation>Listas de turma (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n learners added and enrolled in {course}.</source>
        <translation>
            <numerusform>%n aluno adicionado e matriculado em {course}.</numerusform>
            <numerusform>%n alunos adicionados e matriculados em {course}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learners added.</source>
        <translation>
            <numerusform>%n aluno adicionado.</numerusform>
            <numerusform>%n alunos adicionados.</numerusform>
        </translation>
    </message>
</context>
</TS>
