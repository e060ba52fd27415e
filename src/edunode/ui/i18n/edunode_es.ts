<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EduNode</source>
        <translation>Acerca de EduNode</translation>
    </message>
    <message>
        <source>EduNode {version}</source>
        <translation>EduNode {version}</translation>
    </message>
    <message>
        <source>School records that stay on the school&apos;s own PCs and sync between them, with or without the internet.</source>
        <translation>Registros escolares que permanecen en los propios equipos de la escuela y se sincronizan entre ellos, con o sin internet.</translation>
    </message>
    <message>
        <source>Other admins compare this ID when they link with this PC.</source>
        <translation>Los demás administradores comparan este ID cuando se enlazan con este equipo.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>This PC:</source>
        <translation>Este equipo:</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>ID del nodo:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
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
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Libraries used</source>
        <translation>Bibliotecas utilizadas</translation>
    </message>
    <message>
        <source>EduNode is built with these libraries:</source>
        <translation>EduNode está hecho con estas bibliotecas:</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Node created</source>
        <translation>Nodo creado</translation>
    </message>
    <message>
        <source>PC renamed</source>
        <translation>Equipo renombrado</translation>
    </message>
    <message>
        <source>Link request received</source>
        <translation>Solicitud de enlace recibida</translation>
    </message>
    <message>
        <source>Link request sent</source>
        <translation>Solicitud de enlace enviada</translation>
    </message>
    <message>
        <source>Link approved</source>
        <translation>Enlace aprobado</translation>
    </message>
    <message>
        <source>Link refused</source>
        <translation>Enlace rechazado</translation>
    </message>
    <message>
        <source>PC blocked</source>
        <translation>Equipo bloqueado</translation>
    </message>
    <message>
        <source>PC unblocked</source>
        <translation>Equipo desbloqueado</translation>
    </message>
    <message>
        <source>Link revoked</source>
        <translation>Enlace revocado</translation>
    </message>
    <message>
        <source>Changes rejected</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Admin PIN changed</source>
        <translation>PIN de administración cambiado</translation>
    </message>
    <message>
        <source>Wrong admin PIN</source>
        <translation>PIN de administración incorrecto</translation>
    </message>
    <message>
        <source>PC joined the school</source>
        <translation>Equipo unido a la escuela</translation>
    </message>
    <message>
        <source>PC removed from the school</source>
        <translation>Equipo retirado de la escuela</translation>
    </message>
    <message>
        <source>Joined a school</source>
        <translation>Se unió a una escuela</translation>
    </message>
    <message>
        <source>Course maintainer added</source>
        <translation>Responsable del curso añadido</translation>
    </message>
    <message>
        <source>Course maintainer removed</source>
        <translation>Mantenedor del curso retirado</translation>
    </message>
    <message>
        <source>Course adapted</source>
        <translation>Curso adaptado</translation>
    </message>
    <message>
        <source>Update taken from an original course</source>
        <translation>Actualización tomada de un curso original</translation>
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
        <translation>Expediente importado</translation>
    </message>
    <message>
        <source>Record bundle exported</source>
        <translation>Expediente exportado</translation>
    </message>
    <message>
        <source>Learner&apos;s record purged</source>
        <translation>Expediente de estudiante eliminado</translation>
    </message>
    <message>
        <source>School data exported</source>
        <translation>Datos de la escuela exportados</translation>
    </message>
    <message>
        <source>Introduction written to USB</source>
        <translation>Presentación escrita en la memoria USB</translation>
    </message>
    <message>
        <source>USB package written</source>
        <translation>Paquete USB escrito</translation>
    </message>
    <message>
        <source>USB package imported</source>
        <translation>Paquete USB importado</translation>
    </message>
    <message>
        <source>USB package refused</source>
        <translation>Paquete USB rechazado</translation>
    </message>
    <message>
        <source>Link request expired</source>
        <translation>Solicitud de enlace caducada</translation>
    </message>
    <message>
        <source>Records repaired</source>
        <translation>Registros reparados</translation>
    </message>
    <message>
        <source>Need posted</source>
        <translation>Necesidad publicada</translation>
    </message>
    <message>
        <source>Offer posted</source>
        <translation>Oferta publicada</translation>
    </message>
    <message>
        <source>Fund created</source>
        <translation>Fondo creado</translation>
    </message>
    <message>
        <source>Contribution recorded</source>
        <translation>Aportación registrada</translation>
    </message>
    <message>
        <source>Allocation proposed</source>
        <translation>Asignación propuesta</translation>
    </message>
    <message>
        <source>Allocation approved</source>
        <translation>Asignación aprobada</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falló la copia de seguridad</translation>
    </message>
    <message>
        <source>Automatic backups changed</source>
        <translation>Copias automáticas cambiadas</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Restaurado desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Took the place of the backed-up PC</source>
        <translation>Ocupó el lugar del PC respaldado</translation>
    </message>
    <message>
        <source>Backup sent to the archive</source>
        <translation>Copia de seguridad enviada al archivo</translation>
    </message>
    <message>
        <source>A school&apos;s backup kept</source>
        <translation>Copia de seguridad de una escuela guardada</translation>
    </message>
    <message>
        <source>A school&apos;s backup sent back</source>
        <translation>Copia de seguridad de una escuela devuelta</translation>
    </message>
    <message>
        <source>PC allowed to fetch a school&apos;s backups</source>
        <translation>PC autorizado a recuperar las copias de una escuela</translation>
    </message>
    <message>
        <source>Community summary published</source>
        <translation>Resumen comunitario publicado</translation>
    </message>
    <message>
        <source>Community summary not published</source>
        <translation>Resumen comunitario no publicado</translation>
    </message>
    <message>
        <source>Course created</source>
        <translation>Curso creado</translation>
    </message>
    <message>
        <source>Course details changed</source>
        <translation>Datos del curso cambiados</translation>
    </message>
    <message>
        <source>Lessons changed</source>
        <translation>Lecciones cambiadas</translation>
    </message>
    <message>
        <source>Course maintainers changed</source>
        <translation>Responsables del curso cambiados</translation>
    </message>
    <message>
        <source>Learner added</source>
        <translation>Estudiante añadido</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Resultado registrado</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Asistencia registrada</translation>
    </message>
    <message>
        <source>Progress recorded</source>
        <translation>Progreso registrado</translation>
    </message>
    <message>
        <source>Enrolment changed</source>
        <translation>Inscripción cambiada</translation>
    </message>
    <message>
        <source>Learner details changed</source>
        <translation>Datos del estudiante cambiados</translation>
    </message>
    <message>
        <source>Learner record changed</source>
        <translation>Expediente del estudiante cambiado</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creación</translation>
    </message>
    <message>
        <source>details</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>lessons</source>
        <translation>lecciones</translation>
    </message>
    <message>
        <source>maintainers</source>
        <translation>responsables</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progreso</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>inscripciones</translation>
    </message>
    <message>
        <source>record</source>
        <translation>expediente</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Teaching activity</source>
        <translation>Actividad docente</translation>
    </message>
    <message>
        <source>Courses and lessons</source>
        <translation>Cursos y lecciones</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Registers and attendance</source>
        <translation>Listas y asistencia</translation>
    </message>
    <message>
        <source>Link requests</source>
        <translation>Solicitudes de enlace</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Refusals and blocks</source>
        <translation>Rechazos y bloqueos</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Revocaciones</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>Imports and exports</source>
        <translation>Importaciones y exportaciones</translation>
    </message>
    <message>
        <source>Backups and restores</source>
        <translation>Copias de seguridad y restauraciones</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <source>School membership</source>
        <translation>Pertenencia a la escuela</translation>
    </message>
    <message>
        <source>Needs, offers and funds</source>
        <translation>Necesidades, ofertas y fondos</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Dónde ocurrió</translation>
    </message>
    <message>
        <source>On any PC</source>
        <translation>En cualquier equipo</translation>
    </message>
    <message>
        <source>On this PC</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Received from other PCs</source>
        <translation>Recibido de otros equipos</translation>
    </message>
    <message>
        <source>Filter by text (a name, a school, a reason…)</source>
        <translation>Filtrar por texto (un nombre, una escuela, un motivo…)</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Filtrar la actividad</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>a course</source>
        <translation>un curso</translation>
    </message>
    <message>
        <source>a learner</source>
        <translation>un estudiante</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {parts} (%n changes)</source>
        <translation>
            <numerusform>{title}: {parts} (%n cambio)</numerusform>
            <numerusform>{title}: {parts} (%n cambios)</numerusform>
        </translation>
    </message>
    <message>
        <source>received from {pc}</source>
        <translation>recibido de {pc}</translation>
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
        <translation>Adaptar un curso</translation>
    </message>
    <message>
        <source>Make a course of this school from “{course}”: its modules and lessons are copied, and the original is named as the source. Title of the new course:</source>
        <translation>Crear un curso de esta escuela a partir de «{course}»: se copian sus módulos y lecciones, y el original se cita como fuente. Título del nuevo curso:</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>título del curso</translation>
    </message>
    <message>
        <source>Share this course with the other schools of the community</source>
        <translation>Compartir este curso con las demás escuelas de la comunidad</translation>
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
        <translation>&amp;Ver los cambios…</translation>
    </message>
    <message>
        <source>See what changed in the original course and take it, lesson by lesson</source>
        <translation>Ver qué cambió en el curso original y tomarlo, lección por lección</translation>
    </message>
    <message>
        <source>Adapted from “{course}” by {school}</source>
        <translation>Adaptado de «{course}» de {school}</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons changed in the original course</source>
        <translation>
            <numerusform>%n lección cambió en el curso original</numerusform>
            <numerusform>%n lecciones cambiaron en el curso original</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unlock EduNode</source>
        <translation>Desbloquear EduNode</translation>
    </message>
    <message>
        <source>This PC&apos;s key is protected. Passphrase:</source>
        <translation>La clave de este equipo está protegida. Frase de contraseña:</translation>
    </message>
    <message>
        <source>Starting the network…</source>
        <translation>Iniciando la red…</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Day of the attendance</source>
        <translation>Día de la asistencia</translation>
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
        <translation>&amp;Guardar asistencia</translation>
    </message>
    <message>
        <source>Record attendance for a day</source>
        <translation>Registrar la asistencia de un día</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message numerus="yes">
        <source>Present {present} of %n recorded days ({rate})</source>
        <translation>
            <numerusform>Presente {present} de %n día registrado ({rate})</numerusform>
            <numerusform>Presente {present} de %n días registrados ({rate})</numerusform>
        </translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>Todavía no hay asistencia registrada.</translation>
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
        <translation>Asistencia guardada.</translation>
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
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>EduNode writes one encrypted file with all of this PC&apos;s records, settings and keys. Nobody can open it without the passphrase, not even EduNode: write the passphrase down and keep it apart from the stick.</source>
        <translation>EduNode escribe un único archivo cifrado con todos los registros, ajustes y claves de este PC. Nadie puede abrirlo sin la frase de contraseña, ni siquiera EduNode: anote la frase y guárdela lejos de la memoria USB.</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Carpeta para la copia</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de las copias</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Frase de contraseña de nuevo</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Otra vez:</translation>
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
        <translation>&amp;Hacer copia</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Espere {seconds} s</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file with all of this PC&apos;s records, settings and keys. Keep it on a USB stick or a second disk, away from this PC. If the PC breaks, the backup and its passphrase bring everything back on a new PC.</source>
        <translation>Una copia de seguridad es un único archivo cifrado con todos los registros, ajustes y claves de este PC. Guárdela en una memoria USB o en un segundo disco, lejos de este PC. Si el PC se estropea, la copia y su frase de contraseña lo recuperan todo en un PC nuevo.</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Última copia:</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Copias automáticas:</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Hacer copia a&amp;hora…</translation>
    </message>
    <message>
        <source>Write a backup now (admin PIN and a passphrase)</source>
        <translation>Escribir una copia ahora (PIN de administrador y frase de contraseña)</translation>
    </message>
    <message>
        <source>Automatic backups while EduNode runs</source>
        <translation>Copias automáticas mientras EduNode funciona</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Carpeta para las copias automáticas</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a second disk</source>
        <translation>Una carpeta en una memoria USB o un segundo disco</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Cuántas copias conservar</translation>
    </message>
    <message>
        <source>of this PC&apos;s newest backups; older ones are deleted</source>
        <translation>de las copias más recientes de este PC; las más antiguas se borran</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de las copias</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Frase de contraseña de nuevo</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Frase de contraseña &amp;otra vez:</translation>
    </message>
    <message>
        <source>At least 8 characters. Whoever restores a backup needs this passphrase, and nobody can recover it, not even EduNode: write it down and keep it somewhere safe, apart from the stick.</source>
        <translation>Al menos 8 caracteres. Quien restaure una copia necesita esta frase de contraseña, y nadie puede recuperarla, ni siquiera EduNode: anótela y guárdela en un lugar seguro, lejos de la memoria USB.</translation>
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
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Stop the automatic backups (the files stay)</source>
        <translation>Detener las copias automáticas (los archivos se quedan)</translation>
    </message>
    <message>
        <source>&amp;Save backup settings</source>
        <translation>&amp;Guardar ajustes de copia</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every {days} days</source>
        <translation>Cada {days} días</translation>
    </message>
    <message>
        <source>Every {hours} hours</source>
        <translation>Cada {hours} horas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>(%n days ago)</source>
        <translation>
            <numerusform>(hace %n día)</numerusform>
            <numerusform>(hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Off. Choose a folder and a passphrase below.</source>
        <translation>Desactivadas. Elija una carpeta y una frase de contraseña abajo.</translation>
    </message>
    <message>
        <source>{every}, to {folder}. The next one is due now.</source>
        <translation>{every}, en {folder}. La próxima toca ahora.</translation>
    </message>
    <message>
        <source>{every}, to {folder}. Next: {when}.</source>
        <translation>{every}, en {folder}. Próxima: {when}.</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>La última copia automática falló: {reason}</translation>
    </message>
    <message>
        <source>Please type the admin PIN.</source>
        <translation>Escriba el PIN de administrador.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups</source>
        <translation>Elegir una carpeta para las copias</translation>
    </message>
    <message>
        <source>Automatic backups are on: {every}, to {folder}.</source>
        <translation>Las copias automáticas están activadas: {every}, en {folder}.</translation>
    </message>
    <message>
        <source>Turn off automatic backups</source>
        <translation>Desactivar las copias automáticas</translation>
    </message>
    <message>
        <source>EduNode stops making backups by itself and forgets the passphrase. The backups already made stay where they are.</source>
        <translation>EduNode deja de hacer copias por sí mismo y olvida la frase de contraseña. Las copias ya hechas se quedan donde están.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>Las copias automáticas están desactivadas.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Copia escrita en {path}.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo la copia</translation>
    </message>
    <message>
        <source>Writing the encrypted backup to {folder}…</source>
        <translation>Escribiendo la copia cifrada en {folder}…</translation>
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
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>BundleSummaryDialog</name>
    <message>
        <source>This bundle does not give {name}&apos;s record to another school (an older EduNode made it): ask {school} for a new one.</source>
        <translation>Este expediente no entrega el registro de {name} a otra escuela (lo creó una versión antigua de EduNode): pida uno nuevo a {school}.</translation>
    </message>
    <message>
        <source>This bundle was given by this school: it is for the school the learner moves to.</source>
        <translation>Este expediente lo entregó esta escuela: es para la escuela a la que se traslada el estudiante.</translation>
    </message>
    <message>
        <source>This bundle gives {name} to {school}, not to this school: ask for a bundle made out to this one, or an open one.</source>
        <translation>Este expediente entrega a {name} a {school}, no a esta escuela: pida uno a nombre de esta, o uno abierto.</translation>
    </message>
    <message>
        <source>The record bundle of {name} (born {year}) from {school} checks out:</source>
        <translation>El expediente de {name} (nacido/a en {year}) de {school} es auténtico:</translation>
    </message>
    <message>
        <source>The record bundle of {name} from {school} checks out:</source>
        <translation>El expediente de {name} de {school} es auténtico:</translation>
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
        <translation>nadie (un expediente antiguo)</translation>
    </message>
    <message>
        <source>any school (an open record bundle: the first school to import it)</source>
        <translation>cualquier escuela (un expediente abierto: la primera escuela que lo importe)</translation>
    </message>
    <message>
        <source>this school</source>
        <translation>esta escuela</translation>
    </message>
    <message>
        <source>{school}, on {date}</source>
        <translation>{school}, el {date}</translation>
    </message>
    <message>
        <source>From: {school} (school ID {id})</source>
        <translation>De: {school} (ID de la escuela {id})</translation>
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
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Results: {results} · Days of attendance: {days}</source>
        <translation>Resultados: {results} · Días de asistencia: {days}</translation>
    </message>
    <message>
        <source>Released to: {school}</source>
        <translation>Entregado a: {school}</translation>
    </message>
    <message>
        <source>Fingerprint (as on the printed transcript):</source>
        <translation>Huella (como en el certificado impreso):</translation>
    </message>
    <message>
        <source>Proofs:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Its signatures and every change in it check out: a PC of that school made them. Whether the school is who it says is your call: compare its school ID with the one the old school gives you by phone.</source>
        <translation>Sus firmas y cada cambio que contiene son auténticos: los hizo un PC de esa escuela. Si la escuela es quien dice ser lo decide usted: compare su ID con el que la escuela anterior le dé por teléfono.</translation>
    </message>
    <message>
        <source>Import continues {name}&apos;s record at this school: the same learner, with every record the old school wrote. The admin PIN is asked next.</source>
        <translation>La importación continúa el registro de {name} en esta escuela: el mismo estudiante, con todo lo que registró la escuela anterior. A continuación se pide el PIN de administración.</translation>
    </message>
    <message>
        <source>Import a record bundle</source>
        <translation>Importar un expediente</translation>
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
        <translation>Importar una lista de clase</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n rows have a problem (in red).</source>
        <translation>
            <numerusform>{file}: %n fila tiene un problema (en rojo).</numerusform>
            <numerusform>{file}: %n filas tienen un problema (en rojo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported until every row is right: correct the file and choose it again.</source>
        <translation>No se importará nada hasta que todas las filas sean correctas: corrija el archivo y vuelva a elegirlo.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n learners to add. Check them, then press Import.</source>
        <translation>
            <numerusform>{file}: %n estudiante para añadir. Revíselo y pulse Importar.</numerusform>
            <numerusform>{file}: %n estudiantes para añadir. Revíselos y pulse Importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Class list preview</source>
        <translation>Vista previa de la lista de clase</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>No course (add them only)</source>
        <translation>Ningún curso (solo añadirlos)</translation>
    </message>
    <message>
        <source>Also enrol them in this course</source>
        <translation>Inscribirlos también en este curso</translation>
    </message>
    <message>
        <source>Also enrol them in:</source>
        <translation>Inscribirlos también en:</translation>
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
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>This PC is not in a school yet. Choose a PC of your school under “Found on the network” and ask to join its school; its admin approves with their PIN.</source>
        <translation>Este equipo aún no pertenece a ninguna escuela. Elija un equipo de su escuela en «Encontrados en la red» y pida unirse a su escuela; su administrador lo aprueba con su PIN.</translation>
    </message>
    <message>
        <source>Link requests waiting for you</source>
        <translation>Solicitudes de enlace pendientes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>No link request is waiting.</source>
        <translation>No hay solicitudes de enlace pendientes.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquear…</translation>
    </message>
    <message>
        <source>Refuse and ignore every later request from this PC</source>
        <translation>Rechazar e ignorar todas las solicitudes futuras de este equipo</translation>
    </message>
    <message>
        <source>Linked PCs</source>
        <translation>Equipos enlazados</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>No PC is linked yet. Approve a request above, or ask a PC found on the network.</source>
        <translation>Todavía no hay ningún equipo enlazado. Apruebe una solicitud de arriba o pida enlace a un equipo encontrado en la red.</translation>
    </message>
    <message>
        <source>Received and Sent count changes; Rejected counts changes refused as invalid</source>
        <translation>Recibidos y Enviados cuentan cambios; Rechazados cuenta los cambios rechazados por no válidos</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincro&amp;nizar ahora</translation>
    </message>
    <message>
        <source>Connect to every linked PC that can be reached and exchange changes now</source>
        <translation>Conectar ahora con cada equipo enlazado al que se pueda llegar e intercambiar los cambios</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Found on the network</source>
        <translation>Encontrados en la red</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No other EduNode PC found yet.</source>
        <translation>Todavía no se ha encontrado ningún otro equipo con EduNode.</translation>
    </message>
    <message>
        <source>Ask to &amp;link</source>
        <translation>Pedir &amp;enlace</translation>
    </message>
    <message>
        <source>Ask to &amp;join its school</source>
        <translation>Pedir &amp;unirse a su escuela</translation>
    </message>
    <message>
        <source>&amp;Introduce this PC…</source>
        <translation>&amp;Presentar este equipo…</translation>
    </message>
    <message>
        <source>&amp;Write packages…</source>
        <translation>&amp;Escribir paquetes…</translation>
    </message>
    <message>
        <source>Rea&amp;d from stick…</source>
        <translation>&amp;Leer de la memoria…</translation>
    </message>
    <message>
        <source>Refused, blocked and revoked</source>
        <translation>Rechazados, bloqueados y revocados</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Approve a&amp;gain…</source>
        <translation>Aprobar de &amp;nuevo…</translation>
    </message>
    <message>
        <source>Sync with {name} keeps failing: {problem}.</source>
        <translation>La sincronización con {name} sigue fallando: {problem}.</translation>
    </message>
    <message>
        <source> Next try in {s} s.</source>
        <translation> Próximo intento en {s} s.</translation>
    </message>
    <message>
        <source>Community peer</source>
        <translation>Socio de la comunidad</translation>
    </message>
    <message>
        <source>Member of this school</source>
        <translation>Miembro de esta escuela</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Request sent, waiting for their admin</source>
        <translation>Solicitud enviada, esperando a su administrador</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>(no school yet)</source>
        <translation>(aún sin escuela)</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n link requests were dropped: too many were waiting, or newer ones from the same address replaced them (last: {when}). If a PC you expect is not listed, ask it to send its request again.</source>
        <translation>
            <numerusform>Se descartó %n solicitud de enlace: había demasiadas en espera, o una más reciente de la misma dirección la sustituyó (última: {when}). Si falta un equipo que espera, pídale que vuelva a enviar su solicitud.</numerusform>
            <numerusform>Se descartaron %n solicitudes de enlace: había demasiadas en espera, o otras más recientes de la misma dirección las sustituyeron (última: {when}). Si falta un equipo que espera, pídale que vuelva a enviar su solicitud.</numerusform>
        </translation>
    </message>
    <message>
        <source>Node ID {id}</source>
        <translation>ID del nodo {id}</translation>
    </message>
    <message>
        <source>The network service is not running on this PC.</source>
        <translation>El servicio de red no está funcionando en este equipo.</translation>
    </message>
    <message>
        <source>Approve the link</source>
        <translation>Aprobar el enlace</translation>
    </message>
    <message>
        <source>Link with “{name}” ({school})? First check that its screen shows the same verification code. A member of this school also receives the learner records.</source>
        <translation>¿Enlazar con «{name}» ({school})? Compruebe primero que su pantalla muestra el mismo código de verificación. Un miembro de esta escuela también recibe los expedientes de los estudiantes.</translation>
    </message>
    <message>
        <source>no school yet</source>
        <translation>aún sin escuela</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Linked with {name}.</source>
        <translation>Enlazado con {name}.</translation>
    </message>
    <message>
        <source>Refuse “{name}” and ignore its requests from now on?</source>
        <translation>¿Rechazar «{name}» e ignorar sus solicitudes a partir de ahora?</translation>
    </message>
    <message>
        <source>Refuse the link request from “{name}”? It may ask again later.</source>
        <translation>¿Rechazar la solicitud de enlace de «{name}»? Podrá volver a pedirlo más tarde.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Rechazar la solicitud</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>{name} blocked.</source>
        <translation>{name} bloqueado.</translation>
    </message>
    <message>
        <source>Request from {name} refused.</source>
        <translation>Solicitud de {name} rechazada.</translation>
    </message>
    <message>
        <source>Revoke the link</source>
        <translation>Revocar el enlace</translation>
    </message>
    <message>
        <source>Stop all exchange with “{name}” now? What it already received stays there. A PC of this school is also removed from the school.</source>
        <translation>¿Detener ahora todo intercambio con «{name}»? Lo que ya recibió se queda allí. Un equipo de esta escuela también se retira de la escuela.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Link with {name} revoked.</source>
        <translation>Enlace con {name} revocado.</translation>
    </message>
    <message>
        <source>Syncing with every linked PC that can be reached. Progress shows below.</source>
        <translation>Sincronizando con cada equipo enlazado al que se puede llegar. El progreso se muestra abajo.</translation>
    </message>
    <message>
        <source>Join a school</source>
        <translation>Unirse a una escuela</translation>
    </message>
    <message>
        <source>Ask “{name}” to let this PC join its school “{school}”?</source>
        <translation>¿Pedir a «{name}» que este equipo se una a su escuela «{school}»?</translation>
    </message>
    <message>
        <source>Ask to join</source>
        <translation>Pedir unirse</translation>
    </message>
    <message>
        <source>Request sent to {name}. Its admin should see the verification code {code}; approve it here too when it appears.</source>
        <translation>Solicitud enviada a {name}. Su administrador debería ver el código de verificación {code}; apruébela también aquí cuando aparezca.</translation>
    </message>
</context>
<context>
    <name>CommunityView</name>
    <message>
        <source>Course shown in the chart</source>
        <translation>Curso mostrado en el gráfico</translation>
    </message>
    <message>
        <source>&amp;Publish now</source>
        <translation>&amp;Publicar ahora</translation>
    </message>
    <message>
        <source>Publish this school&apos;s summary now: its totals per shared course (they are also sent once a day while EduNode runs)</source>
        <translation>Publicar ahora el resumen de esta escuela: sus totales por curso compartido (también se envían una vez al día mientras EduNode funciona)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
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
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Average result</source>
        <translation>Resultado medio</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Figures per course and school</source>
        <translation>Cifras por curso y escuela</translation>
    </message>
    <message>
        <source>Chart of the schools&apos; figures for one course</source>
        <translation>Gráfico de las cifras de las escuelas para un curso</translation>
    </message>
    <message>
        <source>Each school publishes totals per shared course, only for groups of at least 5 learners (a smaller group shows as “fewer than 5”): no learner&apos;s name, ID, birth year or own figure leaves a school.</source>
        <translation>Cada escuela publica totales por curso compartido, solo para grupos de al menos 5 estudiantes (un grupo menor aparece como «menos de 5»): ningún nombre, ID, año de nacimiento ni cifra propia de un estudiante sale de una escuela.</translation>
    </message>
    <message>
        <source>This school&apos;s summary was published ({n} shared courses).</source>
        <translation>Se publicó el resumen de esta escuela ({n} cursos compartidos).</translation>
    </message>
    <message numerus="yes">
        <source>%n schools</source>
        <translation>
            <numerusform>%n escuela</numerusform>
            <numerusform>%n escuelas</numerusform>
        </translation>
    </message>
    <message>
        <source>this school&apos;s summary published {day}</source>
        <translation>resumen de esta escuela publicado el {day}</translation>
    </message>
    <message>
        <source>this school has not published a summary yet</source>
        <translation>esta escuela aún no ha publicado un resumen</translation>
    </message>
    <message>
        <source>fewer than 5</source>
        <translation>menos de 5</translation>
    </message>
    <message>
        <source>Completion %</source>
        <translation>Finalización %</translation>
    </message>
    <message>
        <source>Average result %</source>
        <translation>Resultado medio %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Asistencia %</translation>
    </message>
    <message>
        <source>fewer than 5 learners</source>
        <translation>menos de 5 estudiantes</translation>
    </message>
    <message>
        <source>No community summary yet: schools publish theirs once a day while EduNode runs, and they arrive with the shared courses.</source>
        <translation>Aún no hay resúmenes comunitarios: las escuelas publican el suyo una vez al día mientras EduNode funciona, y llegan con los cursos compartidos.</translation>
    </message>
    <message>
        <source>Export the community comparison</source>
        <translation>Exportar la comparación entre escuelas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Comparison saved to {path}.</source>
        <translation>Comparación guardada en {path}.</translation>
    </message>
</context>
<context>
    <name>CourseDetails</name>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>‹ All courses</source>
        <translation>‹ Todos los cursos</translation>
    </message>
    <message>
        <source>Back to the list of courses (Esc)</source>
        <translation>Volver a la lista de cursos (Esc)</translation>
    </message>
    <message>
        <source>Read only: this course is maintained by another school.</source>
        <translation>Solo lectura: este curso lo mantiene otra escuela.</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>Otra escuela</translation>
    </message>
    <message>
        <source>&amp;Invite a school…</source>
        <translation>&amp;Invitar a una escuela…</translation>
    </message>
    <message>
        <source>Let the chosen school&apos;s PCs edit this course too (admin PIN)</source>
        <translation>Permitir que los equipos de la escuela elegida también editen este curso (PIN de administración)</translation>
    </message>
    <message>
        <source>Stop &amp;sharing…</source>
        <translation>Dejar de &amp;compartir…</translation>
    </message>
    <message>
        <source>Modules and lessons</source>
        <translation>Módulos y lecciones</translation>
    </message>
    <message>
        <source>Add &amp;module</source>
        <translation>Añadir &amp;módulo</translation>
    </message>
    <message>
        <source>Add &amp;lesson</source>
        <translation>Añadir &amp;lección</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Shared with the community</source>
        <translation>Compartido con la comunidad</translation>
    </message>
    <message>
        <source>Private to this school</source>
        <translation>Privado de esta escuela</translation>
    </message>
    <message>
        <source>Last changed by {pc} on {date}</source>
        <translation>Cambiada por última vez por {pc} el {date}</translation>
    </message>
    <message>
        <source>Add a module</source>
        <translation>Añadir un módulo</translation>
    </message>
    <message>
        <source>Title of the new module:</source>
        <translation>Título del nuevo módulo:</translation>
    </message>
    <message>
        <source>module title</source>
        <translation>título del módulo</translation>
    </message>
    <message>
        <source>Add a lesson</source>
        <translation>Añadir una lección</translation>
    </message>
    <message>
        <source>Title of the new lesson:</source>
        <translation>Título de la nueva lección:</translation>
    </message>
    <message>
        <source>lesson title</source>
        <translation>título de la lección</translation>
    </message>
    <message>
        <source>New title of the module:</source>
        <translation>Nuevo título del módulo:</translation>
    </message>
    <message>
        <source>New title of the lesson:</source>
        <translation>Nuevo título de la lección:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete the module “{name}” and all its lessons?</source>
        <translation>¿Eliminar el módulo «{name}» y todas sus lecciones?</translation>
    </message>
    <message>
        <source>Delete the lesson “{name}” and its text?</source>
        <translation>¿Eliminar la lección «{name}» y su texto?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>“{name}” deleted.</source>
        <translation>«{name}» eliminado.</translation>
    </message>
    <message>
        <source>Course details saved.</source>
        <translation>Datos del curso guardados.</translation>
    </message>
    <message>
        <source> (owner)</source>
        <translation> (propietaria)</translation>
    </message>
    <message>
        <source>Maintained by: {schools}</source>
        <translation>Mantenido por: {schools}</translation>
    </message>
    <message>
        <source>No other school is known here yet: link a PC of that school first</source>
        <translation>Todavía no se conoce aquí ninguna otra escuela: primero vincule un equipo de esa escuela</translation>
    </message>
    <message>
        <source>Invite a school</source>
        <translation>Invitar a una escuela</translation>
    </message>
    <message>
        <source>Let every PC of {school} edit “{course}” (its lessons, modules and details) with this school? Their edits and yours merge.</source>
        <translation>¿Permitir que cada equipo de {school} edite «{course}» (sus lecciones, módulos y detalles) junto con esta escuela? Sus cambios y los suyos se combinan.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>Stop {school} editing “{course}”? Edits its PCs make from now on are refused everywhere; what they wrote before stays.</source>
        <translation>¿Impedir que {school} edite «{course}»? Los cambios que sus equipos hagan a partir de ahora se rechazan en todas partes; lo que escribieron antes se conserva.</translation>
    </message>
</context>
<context>
    <name>CourseFields</name>
    <message>
        <source>e.g. Mathematics</source>
        <translation>p. ej. Matemáticas</translation>
    </message>
    <message>
        <source>e.g. Grade 5</source>
        <translation>p. ej. 5.º grado</translation>
    </message>
    <message>
        <source>Choose a language or type its code (such as en, fr, sw, pt-BR).</source>
        <translation>Elija un idioma o escriba su código (como en, fr, sw, pt-BR).</translation>
    </message>
    <message>
        <source>What learners will be able to do after this course</source>
        <translation>Lo que los estudiantes sabrán hacer después de este curso</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>course title</source>
        <translation>título del curso</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>materia</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>The summary is too long: {n} characters, at most 2000.</source>
        <translation>El resumen es demasiado largo: {n} caracteres, como máximo 2000.</translation>
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
        <translation>Buscar por título o materia</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Buscar cursos</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nuevo curso…</translation>
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
        <translation>Crear un curso de esta escuela a partir del elegido, para cambiarlo como quiera</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Uso compartido</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>No course matches this search.</source>
        <translation>Ningún curso coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>No courses yet. Create the first one with “New course…”.</source>
        <translation>Todavía no hay cursos. Cree el primero con «Nuevo curso…».</translation>
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
        <translation>Esta escuela</translation>
    </message>
    <message>
        <source>Another school</source>
        <translation>Otra escuela</translation>
    </message>
    <message>
        <source>Course adapted: change it as you wish; the original stays as it was.</source>
        <translation>Curso adaptado: cámbielo como quiera; el original queda como estaba.</translation>
    </message>
    <message>
        <source>Course created. Add its first module and lesson below.</source>
        <translation>Curso creado. Añada abajo su primer módulo y su primera lección.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in a course</source>
        <translation>Inscribir en un curso</translation>
    </message>
    <message numerus="yes">
        <source>Enrol the %n selected learners in:</source>
        <translation>
            <numerusform>Inscribir al estudiante seleccionado en:</numerusform>
            <numerusform>Inscribir a los %n estudiantes seleccionados en:</numerusform>
        </translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribir</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up EduNode</source>
        <translation>Configurar EduNode</translation>
    </message>
    <message>
        <source>&amp;Start using EduNode</source>
        <translation>&amp;Empezar a usar EduNode</translation>
    </message>
    <message>
        <source>Setting up this PC (making its key and its store)…</source>
        <translation>Configurando este equipo (creando su clave y su almacén)…</translation>
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
        <translation>Activo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>‹ All learners</source>
        <translation>‹ Todos los estudiantes</translation>
    </message>
    <message>
        <source>Back to the list of learners (Esc)</source>
        <translation>Volver a la lista de estudiantes (Esc)</translation>
    </message>
    <message>
        <source>&amp;Transfer to another school…</source>
        <translation>&amp;Trasladar a otra escuela…</translation>
    </message>
    <message>
        <source>Give this learner&apos;s record to their new school: a signed record bundle and a printable transcript they carry there (admin PIN)</source>
        <translation>Entregar el registro de este estudiante a su nueva escuela: un expediente firmado y un certificado imprimible que lleva consigo (PIN de administración)</translation>
    </message>
    <message>
        <source>&amp;Purge record…</source>
        <translation>&amp;Eliminar el expediente…</translation>
    </message>
    <message>
        <source>Delete this record from every PC of this school (admin PIN; cannot be undone)</source>
        <translation>Borrar este expediente de todos los PC de esta escuela (PIN de administración; no se puede deshacer)</translation>
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
        <translation>Curso en el que inscribir</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>New status of the selected enrolment</source>
        <translation>Nuevo estado de la inscripción seleccionada</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>Cambiar es&amp;tado</translation>
    </message>
    <message>
        <source>Enrol in:</source>
        <translation>Inscribir en:</translation>
    </message>
    <message>
        <source>Selected enrolment:</source>
        <translation>Inscripción seleccionada:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes about this learner, visible to the staff of this school.</source>
        <translation>Notas sobre este estudiante, visibles para el personal de esta escuela.</translation>
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
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Transferred to {school} on {date} — this record is kept read-only here</source>
        <translation>Trasladado a {school} el {date} — este registro se conserva aquí solo para consulta</translation>
    </message>
    <message>
        <source>Given with an open record bundle on {date} — this record is kept read-only here</source>
        <translation>Entregado con un expediente abierto el {date} — este registro se conserva aquí solo para consulta</translation>
    </message>
    <message>
        <source>(a course not on this PC)</source>
        <translation>(un curso que no está en este equipo)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>Enrolled in {course}.</source>
        <translation>Inscrito en {course}.</translation>
    </message>
    <message>
        <source>Enrolment updated.</source>
        <translation>Inscripción actualizada.</translation>
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
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Search learners</source>
        <translation>Buscar estudiantes</translation>
    </message>
    <message>
        <source>Only learners of this course</source>
        <translation>Solo los estudiantes de este curso</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>Only this enrolment status</source>
        <translation>Solo este estado de inscripción</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Show trans&amp;ferred</source>
        <translation>Mostrar tras&amp;ladados</translation>
    </message>
    <message>
        <source>List the learners who moved to another school too (kept read-only here)</source>
        <translation>Listar también a los estudiantes que se trasladaron a otra escuela (se conservan aquí solo para consulta)</translation>
    </message>
    <message>
        <source>&amp;Add learner…</source>
        <translation>&amp;Añadir estudiante…</translation>
    </message>
    <message>
        <source>Take &amp;register…</source>
        <translation>&amp;Pasar lista…</translation>
    </message>
    <message>
        <source>Mark a whole class present or absent for a day</source>
        <translation>Marcar una clase entera como presente o ausente en un día</translation>
    </message>
    <message>
        <source>&amp;Import a record bundle…</source>
        <translation>&amp;Importar un expediente…</translation>
    </message>
    <message>
        <source>Enrol a learner from another school with the record bundle they bring</source>
        <translation>Inscribir a un estudiante de otra escuela con el expediente que trae</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Active courses</source>
        <translation>Cursos activos</translation>
    </message>
    <message>
        <source>&amp;Enrol in course…</source>
        <translation>Inscribir en &amp;curso…</translation>
    </message>
    <message>
        <source>Enrol the selected learners (Shift or Ctrl and click) in a course at once</source>
        <translation>Inscribir de una vez a los estudiantes seleccionados (Mayús o Ctrl y clic) en un curso</translation>
    </message>
    <message>
        <source>Import &amp;class list…</source>
        <translation>Importar &amp;lista de clase…</translation>
    </message>
    <message>
        <source>Add a whole class from a CSV file (name, birth year, guardian)</source>
        <translation>Añadir una clase entera desde un archivo CSV (nombre, año de nacimiento, tutor)</translation>
    </message>
    <message>
        <source>{name} (transferred)</source>
        <translation>{name} (trasladado)</translation>
    </message>
    <message>
        <source>Moved to another school: their record is kept here read-only</source>
        <translation>Se trasladó a otra escuela: su registro se conserva aquí solo para consulta</translation>
    </message>
    <message>
        <source>No learner matches.</source>
        <translation>Ningún estudiante coincide.</translation>
    </message>
    <message>
        <source>No learners yet. Add one with “Add learner…”.</source>
        <translation>Todavía no hay estudiantes. Añada uno con «Añadir estudiante…».</translation>
    </message>
    <message numerus="yes">
        <source>%n matching learners</source>
        <translation>
            <numerusform>%n estudiante coincide</numerusform>
            <numerusform>%n estudiantes coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ matching learners</source>
        <translation>
            <numerusform>%n+ estudiante coincide</numerusform>
            <numerusform>%n+ estudiantes coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {n} of %n learners</source>
        <translation>
            <numerusform>Mostrando {n} de %n estudiante</numerusform>
            <numerusform>Mostrando {n} de %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Learner added. Enrol them in a course on the Courses tab of their page.</source>
        <translation>Estudiante añadido. Inscríbalo en un curso en la pestaña Cursos de su página.</translation>
    </message>
    <message>
        <source>Import a record bundle</source>
        <translation>Importar un expediente</translation>
    </message>
    <message>
        <source>Record bundles (*.edunode-learner.json *.json)</source>
        <translation>Expedientes (*.edunode-learner.json *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import the record of {name} from {school}: {name} continues at this school with every record in the bundle.</source>
        <translation>Importar el registro de {name} de {school}: {name} continúa en esta escuela con todo lo que contiene el expediente.</translation>
    </message>
    <message>
        <source>This record bundle of {name} was imported before: nothing changed.</source>
        <translation>Este expediente de {name} ya se importó antes: no cambió nada.</translation>
    </message>
    <message>
        <source>{name} from {school} continues at this school, with every record of their record bundle.</source>
        <translation>{name}, de {school}, continúa en esta escuela, con todo lo que contiene su expediente.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing the record bundle</source>
        <translation>Importando el expediente</translation>
    </message>
    <message>
        <source>Importing the record of {name}… Cancel undoes all of it: nothing is kept until the last step.</source>
        <translation>Importando el expediente de {name}… Cancelar lo deshace todo: no se guarda nada hasta el último paso.</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>Paso {done} de {total}</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>Choose a lesson on the left to read or edit it.</source>
        <translation>Elija una lección a la izquierda para leerla o editarla.</translation>
    </message>
    <message>
        <source>Opening the lesson…</source>
        <translation>Abriendo la lección…</translation>
    </message>
    <message>
        <source>Write the lesson here. It is saved as you type.</source>
        <translation>Escriba aquí la lección. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>This lesson has no text yet.</source>
        <translation>Esta lección todavía no tiene texto.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>This lesson no longer exists (it was deleted, perhaps on another PC).</source>
        <translation>Esta lección ya no existe (se eliminó, quizá en otro equipo).</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>Read only: this course is maintained by another school.</source>
        <translation>Solo lectura: este curso lo mantiene otra escuela.</translation>
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
        <translation>El archivo de registros está dañado: la reparación se ofrecerá de nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <source>Repairing the records…</source>
        <translation>Reparando los registros…</translation>
    </message>
    <message>
        <source>The records were repaired.</source>
        <translation>Los registros se han reparado.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message numerus="yes">
        <source>{name} sent %n changes</source>
        <translation>
            <numerusform>{name} envió %n cambio</numerusform>
            <numerusform>{name} envió %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} · ID {short}…</source>
        <translation>{name} · ID {short}…</translation>
    </message>
    <message>
        <source>Node ID {id}. Other admins compare this ID when they link with this PC (Settings shows it in full).</source>
        <translation>ID del nodo {id}. Los demás administradores comparan este ID cuando se enlazan con este equipo (Ajustes lo muestra completo).</translation>
    </message>
    <message>
        <source>Not in a school yet</source>
        <translation>Aún no pertenece a una escuela</translation>
    </message>
    <message>
        <source>Peers online: {online} of {approved}</source>
        <translation>Equipos en línea: {online} de {approved}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Automatic backup written to {path}</source>
        <translation>Copia automática escrita en {path}</translation>
    </message>
    <message>
        <source>This school&apos;s community summary was published.</source>
        <translation>Se publicó el resumen comunitario de esta escuela.</translation>
    </message>
    <message>
        <source>Automatic backup: {percent} %</source>
        <translation>Copia automática: {percent} %</translation>
    </message>
    <message>
        <source>This school&apos;s records are only on this PC and have never been backed up. If the PC breaks, they are lost.</source>
        <translation>Los registros de esta escuela solo están en este PC y nunca se han copiado. Si el PC se estropea, se pierden.</translation>
    </message>
    <message numerus="yes">
        <source>This school&apos;s records are only on this PC and have not been backed up for %n days. If the PC breaks, they are lost.</source>
        <translation>
            <numerusform>Los registros de esta escuela solo están en este PC y no se han copiado desde hace %n día. Si el PC se estropea, se pierden.</numerusform>
            <numerusform>Los registros de esta escuela solo están en este PC y no se han copiado desde hace %n días. Si el PC se estropea, se pierden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last automatic backup failed: {reason}</source>
        <translation>La última copia automática falló: {reason}</translation>
    </message>
    <message>
        <source>Network on</source>
        <translation>Red activa</translation>
    </message>
    <message>
        <source>No network (USB only)</source>
        <translation>Sin red (solo USB)</translation>
    </message>
    <message>
        <source>This PC does not use the network: see Settings › Network.</source>
        <translation>Este equipo no usa la red: vea Ajustes › Red.</translation>
    </message>
    <message>
        <source>Network off</source>
        <translation>Red apagada</translation>
    </message>
    <message>
        <source>The network could not start: {reason}</source>
        <translation>No se pudo iniciar la red: {reason}</translation>
    </message>
    <message>
        <source>About EduNode</source>
        <translation>Acerca de EduNode</translation>
    </message>
    <message>
        <source>Version, node ID, data folder and licences (F1)</source>
        <translation>Versión, ID del nodo, carpeta de datos y licencias (F1)</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Welcome to EduNode</source>
        <translation>Bienvenido a EduNode</translation>
    </message>
    <message>
        <source>EduNode keeps your school&apos;s courses and learner records on this PC.</source>
        <translation>EduNode guarda en este equipo los cursos y los expedientes de los estudiantes de su escuela.</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Nombre de este equipo</translation>
    </message>
    <message>
        <source>&amp;Name of this PC:</source>
        <translation>&amp;Nombre de este equipo:</translation>
    </message>
    <message>
        <source>Give this PC a name that people will recognise, such as “Library PC” or “Grade 5 classroom”.</source>
        <translation>Dé a este equipo un nombre que la gente reconozca, como «Equipo de la biblioteca» o «Aula de 5.º».</translation>
    </message>
    <message>
        <source>name of this PC</source>
        <translation>nombre de este equipo</translation>
    </message>
</context>
<context>
    <name>NetworkChoice</name>
    <message>
        <source>Find and answer other PCs on &amp;all network connections</source>
        <translation>Buscar y responder a otros equipos en &amp;todas las conexiones de red</translation>
    </message>
    <message>
        <source>Only on these &amp;addresses or connections:</source>
        <translation>Solo en estas &amp;direcciones o conexiones:</translation>
    </message>
    <message>
        <source>On &amp;no network: this PC exchanges records on USB sticks only</source>
        <translation>En &amp;ninguna red: este equipo intercambia los registros solo con memorias USB</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20, eth0</source>
        <translation>p. ej. 192.168.1.20, eth0</translation>
    </message>
    <message>
        <source>Addresses or connections</source>
        <translation>Direcciones o conexiones</translation>
    </message>
    <message>
        <source>{name}: {address} (this PC only, for testing)</source>
        <translation>{name}: {address} (solo este equipo, para pruebas)</translation>
    </message>
    <message>
        <source>{name}: {address}</source>
        <translation>{name}: {address}</translation>
    </message>
    <message>
        <source>Choose where EduNode may look for other PCs, or choose no network.</source>
        <translation>Elija dónde puede buscar EduNode otros equipos, o elija ninguna red.</translation>
    </message>
    <message>
        <source>Type at least one address or interface name, separated by commas.</source>
        <translation>Escriba al menos una dirección o nombre de interfaz, separados por comas.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Finding other PCs</source>
        <translation>Encontrar otros equipos</translation>
    </message>
    <message>
        <source>May EduNode use the network, and which connections?</source>
        <translation>¿Puede EduNode usar la red, y qué conexiones?</translation>
    </message>
    <message>
        <source>EduNode will look for other EduNode PCs on this network and answer them, so that the PCs of your school and community can find each other. Nothing is shared with another PC until an admin of this PC approves a link with it. Without a network, records go from PC to PC on a USB stick.</source>
        <translation>EduNode buscará otros equipos con EduNode en esta red y les responderá, para que los equipos de su escuela y de su comunidad se encuentren. No se comparte nada con otro equipo hasta que un administrador de este equipo apruebe un enlace con él. Sin red, los registros pasan de un equipo a otro en una memoria USB.</translation>
    </message>
    <message>
        <source>You can change this later in Settings › Network.</source>
        <translation>Puede cambiarlo más tarde en Ajustes › Red.</translation>
    </message>
</context>
<context>
    <name>NewCourseDialog</name>
    <message>
        <source>New course</source>
        <translation>Nuevo curso</translation>
    </message>
    <message>
        <source>Share this course with the other schools of the community</source>
        <translation>Compartir este curso con las demás escuelas de la comunidad</translation>
    </message>
    <message>
        <source>Shared courses go to every linked school. Private ones stay inside this school.</source>
        <translation>Los cursos compartidos van a cada escuela enlazada. Los privados se quedan en esta escuela.</translation>
    </message>
    <message>
        <source>&amp;Create course</source>
        <translation>&amp;Crear curso</translation>
    </message>
</context>
<context>
    <name>NewLearnerDialog</name>
    <message>
        <source>Add a learner</source>
        <translation>Añadir un estudiante</translation>
    </message>
    <message>
        <source>&amp;Add learner</source>
        <translation>&amp;Añadir estudiante</translation>
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
        <translation>Lección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Hecha</translation>
    </message>
    <message>
        <source>▶ Current</source>
        <translation>▶ Actual</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time spent in minutes</source>
        <translation>Tiempo dedicado en minutos</translation>
    </message>
    <message>
        <source>Lesson &amp;completed</source>
        <translation>Lección &amp;completada</translation>
    </message>
    <message>
        <source>Record &amp;progress</source>
        <translation>Registrar &amp;progreso</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Registrar progreso</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Curso:</translation>
    </message>
    <message>
        <source>Not enrolled in any course yet.</source>
        <translation>Todavía no está inscrito en ningún curso.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n lessons done · {time} spent</source>
        <translation>
            <numerusform>{done} de %n lección hecha · {time} dedicado</numerusform>
            <numerusform>{done} de %n lecciones hechas · {time} dedicado</numerusform>
        </translation>
    </message>
    <message>
        <source>ahead of their plan</source>
        <translation>adelantado respecto a su plan</translation>
    </message>
    <message>
        <source>on track with their plan</source>
        <translation>al día con su plan</translation>
    </message>
    <message>
        <source>behind their plan</source>
        <translation>atrasado respecto a su plan</translation>
    </message>
    <message>
        <source>{state} (pace: {pace} a week)</source>
        <translation>{state} (ritmo: {pace} por semana)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Progress recorded for “{lesson}”.</source>
        <translation>Progreso registrado para «{lesson}».</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Verification code (the same on both screens):</source>
        <translation>Código de verificación (el mismo en ambas pantallas):</translation>
    </message>
    <message>
        <source>Community peer: shares courses</source>
        <translation>Socio de la comunidad: comparte cursos</translation>
    </message>
    <message>
        <source>Member of my school: shares learners too</source>
        <translation>Miembro de mi escuela: comparte también estudiantes</translation>
    </message>
    <message>
        <source>&amp;Link as:</source>
        <translation>&amp;Enlazar como:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>&amp;PIN de administración:</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Espere {seconds} s</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <source>Approving links with other PCs and other admin actions ask for this PIN.</source>
        <translation>Aprobar enlaces con otros equipos y las demás acciones de administración piden este PIN.</translation>
    </message>
    <message>
        <source>Admin PIN again</source>
        <translation>PIN de administración otra vez</translation>
    </message>
    <message>
        <source>Admin &amp;PIN:</source>
        <translation>&amp;PIN de administración:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Choose at least 6 digits. Keep it for the people who run the school.</source>
        <translation>Elija al menos 6 dígitos. Guárdelo para las personas que dirigen la escuela.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Learner&apos;s name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <source>e.g. 2015 (optional)</source>
        <translation>p. ej. 2015 (opcional)</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Name and phone of a parent or guardian (optional)</source>
        <translation>Nombre y teléfono de un padre, madre o tutor (opcional)</translation>
    </message>
    <message>
        <source>Guardian contact</source>
        <translation>Contacto del tutor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Año de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Guardian contact:</source>
        <translation>Contacto del &amp;tutor:</translation>
    </message>
    <message>
        <source>learner&apos;s name</source>
        <translation>nombre del estudiante</translation>
    </message>
    <message>
        <source>guardian contact</source>
        <translation>contacto del tutor</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop at the next safe point; what was finished before is kept whole</source>
        <translation>Detenerse en el próximo punto seguro; lo terminado antes se conserva entero</translation>
    </message>
    <message>
        <source>Stopping at the next safe point…</source>
        <translation>Deteniéndose en el próximo punto seguro…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Delete {name}&apos;s record from every PC of this school?</source>
        <translation>¿Borrar el expediente de {name} de todos los PC de esta escuela?</translation>
    </message>
    <message>
        <source>Their profile, courses, results, attendance, progress, notes and the record bundles kept here are deleted from this PC now, and from every other PC of this school as it syncs. Each PC keeps only a line in its activity with the learner&apos;s ID and the date.</source>
        <translation>Su perfil, cursos, resultados, asistencia, progreso, notas y los expedientes guardados aquí se borran de este PC ahora, y de cada otro PC de esta escuela al sincronizarse. Cada PC guarda solo una línea en su actividad con el ID del estudiante y la fecha.</translation>
    </message>
    <message>
        <source>This cannot be undone. {name}&apos;s new school keeps their record.</source>
        <translation>No se puede deshacer. La nueva escuela de {name} conserva su registro.</translation>
    </message>
    <message>
        <source>Purge the record of {name}</source>
        <translation>Eliminar el expediente de {name}</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Borrar definitivamente</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>‹ All learners</source>
        <translation>‹ Todos los estudiantes</translation>
    </message>
    <message>
        <source>Class register</source>
        <translation>Lista de clase</translation>
    </message>
    <message>
        <source>Class (course)</source>
        <translation>Clase (curso)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Space marks the selected learner present or absent</source>
        <translation>Espacio marca al estudiante seleccionado como presente o ausente</translation>
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
        <translation>&amp;Guardar lista</translation>
    </message>
    <message>
        <source>Create a course and enrol learners to take a register.</source>
        <translation>Cree un curso e inscriba estudiantes para pasar lista.</translation>
    </message>
    <message>
        <source>Loading the class…</source>
        <translation>Cargando la clase…</translation>
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
        <translation>No hay ningún estudiante inscrito en este curso.</translation>
    </message>
    <message numerus="yes">
        <source>%n learners</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>{present} present · {absent} absent</source>
        <translation>{present} presentes · {absent} ausentes</translation>
    </message>
    <message>
        <source>already recorded for this day; saving replaces it</source>
        <translation>ya registrada para este día; guardar la sustituye</translation>
    </message>
    <message numerus="yes">
        <source>Register saved for {day}: %n learners.</source>
        <translation>
            <numerusform>Lista guardada para el {day}: %n estudiante.</numerusform>
            <numerusform>Lista guardada para el {day}: %n estudiantes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepairOffer</name>
    <message>
        <source>The records file is damaged</source>
        <translation>El archivo de registros está dañado</translation>
    </message>
    <message>
        <source>EduNode found damage in this PC&apos;s records file. Repair keeps every record that still reads, rebuilds the lists from the change log and fetches damaged changes again from the school&apos;s other PCs at the next sync.</source>
        <translation>EduNode ha encontrado daños en el archivo de registros de este equipo. La reparación conserva todos los registros que aún se pueden leer, reconstruye las listas a partir del historial de cambios y vuelve a pedir los cambios dañados a los demás equipos de la escuela en la próxima sincronización.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>The records were repaired.</source>
        <translation>Los registros se han reparado.</translation>
    </message>
    <message>
        <source>Could not be read: {what}.</source>
        <translation>No se pudo leer: {what}.</translation>
    </message>
    <message>
        <source>{n} record(s) still miss changes: they come back at the next sync with a PC of the school that has them.</source>
        <translation>A {n} registro(s) aún les faltan cambios: llegarán en la próxima sincronización con un equipo de la escuela que los tenga.</translation>
    </message>
    <message>
        <source>The latest backup is {path}.</source>
        <translation>La copia de seguridad más reciente es {path}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Who needs &amp;help</source>
        <translation>Quién necesita a&amp;yuda</translation>
    </message>
    <message>
        <source>Show the learners who need help instead of the chart</source>
        <translation>Mostrar los estudiantes que necesitan ayuda en lugar del gráfico</translation>
    </message>
    <message>
        <source>This &amp;school</source>
        <translation>Esta e&amp;scuela</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Comunidad</translation>
    </message>
    <message>
        <source>Compare the schools course by course, from the summaries they publish</source>
        <translation>Comparar las escuelas curso por curso, a partir de los resúmenes que publican</translation>
    </message>
    <message>
        <source>courses (yours and those shared with you)</source>
        <translation>cursos (los suyos y los compartidos con usted)</translation>
    </message>
    <message>
        <source>schools offering them</source>
        <translation>escuelas que los ofrecen</translation>
    </message>
    <message>
        <source>learners in this school</source>
        <translation>estudiantes en esta escuela</translation>
    </message>
    <message>
        <source>of lessons completed</source>
        <translation>de las lecciones completadas</translation>
    </message>
    <message>
        <source>average result</source>
        <translation>resultado medio</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>learners behind their pathway</source>
        <translation>estudiantes atrasados en su itinerario</translation>
    </message>
    <message>
        <source>Chart of completion, results and attendance per course</source>
        <translation>Gráfico de finalización, resultados y asistencia por curso</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Average result</source>
        <translation>Resultado medio</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Behind pathway</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Figures per course</source>
        <translation>Cifras por curso</translation>
    </message>
    <message>
        <source>Who needs help</source>
        <translation>Quién necesita ayuda</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Learners who need help</source>
        <translation>Estudiantes que necesitan ayuda</translation>
    </message>
    <message>
        <source>Active learners of this school behind their own plan (more than one lesson under their pace since they enrolled), whose last three results in a course fell one after another or average 15 points under the earlier ones, or who were absent the last three recorded school days.</source>
        <translation>Estudiantes activos de esta escuela atrasados respecto a su propio plan (más de una lección por debajo de su ritmo desde que se inscribieron), cuyos tres últimos resultados en un curso bajaron uno tras otro o promedian 15 puntos menos que los anteriores, o que faltaron los tres últimos días de clase registrados.</translation>
    </message>
    <message>
        <source>Completion: lessons done out of all lessons of the course, for its learners. Behind: active learners more than one lesson below a pace of one lesson a week since they enrolled. Community figures are totals only: no learner&apos;s data.</source>
        <translation>Finalización: lecciones hechas sobre todas las lecciones del curso, para sus estudiantes. Atrasados: estudiantes activos con más de una lección de retraso sobre un ritmo de una lección por semana desde su inscripción. Las cifras de la comunidad son solo totales: ningún dato de estudiantes.</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Calculando las cifras…</translation>
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
        <translation>atrasado respecto a su plan en {course}: {done} lecciones hechas, {expected} esperadas hasta ahora a {pace} por semana</translation>
    </message>
    <message>
        <source>falling results in {course}: the last three {results}</source>
        <translation>resultados en descenso en {course}: los tres últimos {results}</translation>
    </message>
    <message>
        <source>absent the last {days} recorded school days (since {day})</source>
        <translation>ausente los últimos {days} días de clase registrados (desde {day})</translation>
    </message>
    <message>
        <source>Who needs help ({n})</source>
        <translation>Quién necesita ayuda ({n})</translation>
    </message>
    <message>
        <source>Who needs help: nobody by these rules</source>
        <translation>Quién necesita ayuda: nadie según estas reglas</translation>
    </message>
    <message>
        <source>Who needs &amp;help ({n})</source>
        <translation>Quién necesita a&amp;yuda ({n})</translation>
    </message>
    <message>
        <source>Completion %</source>
        <translation>Finalización %</translation>
    </message>
    <message>
        <source>Average result %</source>
        <translation>Resultado medio %</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Asistencia %</translation>
    </message>
    <message>
        <source>Per course (the {n} with most learners)</source>
        <translation>Por curso (los {n} con más estudiantes)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation>Informe guardado en {path}.</translation>
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
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>Solo &amp;abiertas</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Escuela:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Add &amp;need…</source>
        <translation>Añadir &amp;necesidad…</translation>
    </message>
    <message>
        <source>Add o&amp;ffer…</source>
        <translation>Añadir ofe&amp;rta…</translation>
    </message>
    <message>
        <source>&amp;Close need…</source>
        <translation>&amp;Cerrar necesidad…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
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
        <translation>Necesidades y ofertas de todas las escuelas</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablón</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Con&amp;tribute…</source>
        <translation>Ap&amp;ortar…</translation>
    </message>
    <message>
        <source>&amp;Propose allocation…</source>
        <translation>&amp;Proponer asignación…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Fund:</source>
        <translation>Fondo:</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>The fund&apos;s ledger</source>
        <translation>El libro de cuentas del fondo</translation>
    </message>
    <message>
        <source>F&amp;und</source>
        <translation>&amp;Fondo</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Open needs</source>
        <translation>Necesidades abiertas</translation>
    </message>
    <message>
        <source>Their cost</source>
        <translation>Su coste</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Per school: open needs and allocations</source>
        <translation>Por escuela: necesidades abiertas y asignaciones</translation>
    </message>
    <message>
        <source>Chart of the amount allocated per school</source>
        <translation>Gráfico del importe asignado por escuela</translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation>E&amp;quidad</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Todas las escuelas</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
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
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cubierta</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>No fund yet. An admin founds one with &apos;edunode fund create&apos;.</source>
        <translation>Todavía no hay ningún fondo. Un administrador lo crea con «edunode fund create».</translation>
    </message>
    <message>
        <source>Balance: {amount} {currency}</source>
        <translation>Saldo: {amount} {currency}</translation>
    </message>
    <message>
        <source>Held by {schools}; an allocation takes effect once {k} of them approved it, if the balance covers it at that point (decision 0012r).</source>
        <translation>En manos de {schools}; una asignación entra en vigor en cuanto {k} de ellas la aprueban, si el saldo la cubre en ese momento (decisión 0012r).</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aportación</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Allocated per school. Allocation per learner needs the schools&apos; published learner counts, which schools do not share yet.</source>
        <translation>Asignado por escuela. Una asignación por estudiante necesitaría el número de estudiantes publicado por cada escuela, que las escuelas aún no comparten.</translation>
    </message>
    <message>
        <source>No fund yet.</source>
        <translation>Todavía no hay ningún fondo.</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Añadir una necesidad</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Añadir necesidad</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artículo:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>&amp;Cost (optional):</source>
        <translation>C&amp;oste (opcional):</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>e.g. KES, UGX, USD</source>
        <translation>p. ej. KES, UGX, USD</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The need is on the board.</source>
        <translation>La necesidad está en el tablón.</translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation>Añadir una oferta</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Añadir oferta</translation>
    </message>
    <message>
        <source>The offer is on the board.</source>
        <translation>La oferta está en el tablón.</translation>
    </message>
    <message>
        <source>Close the need</source>
        <translation>Cerrar la necesidad</translation>
    </message>
    <message>
        <source>Close need</source>
        <translation>Cerrar necesidad</translation>
    </message>
    <message>
        <source>“{item}” is:</source>
        <translation>«{item}» está:</translation>
    </message>
    <message>
        <source>&amp;Closed as:</source>
        <translation>&amp;Cerrada como:</translation>
    </message>
    <message>
        <source>The need is closed.</source>
        <translation>La necesidad está cerrada.</translation>
    </message>
    <message>
        <source>Record a contribution</source>
        <translation>Registrar una aportación</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Importe ({currency}):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Procedencia:</translation>
    </message>
    <message>
        <source>The contribution is in the ledger.</source>
        <translation>La aportación está en el libro de cuentas.</translation>
    </message>
    <message>
        <source>Propose an allocation</source>
        <translation>Proponer una asignación</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Necesidad:</translation>
    </message>
    <message>
        <source>The proposal is in the ledger; it needs the holding schools&apos; approval.</source>
        <translation>La propuesta está en el libro de cuentas; necesita la aprobación de las escuelas titulares.</translation>
    </message>
    <message>
        <source>Approve the allocation</source>
        <translation>Aprobar la asignación</translation>
    </message>
    <message>
        <source>Approve {amount} for “{item}” on behalf of this school? It takes effect once enough holding schools approved, if the balance covers it then.</source>
        <translation>¿Aprobar {amount} para «{item}» en nombre de esta escuela? Entra en vigor en cuanto la aprueben suficientes escuelas titulares, si el saldo la cubre entonces.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approved. The proposal is {status}.</source>
        <translation>Aprobado. La propuesta está: {status}.</translation>
    </message>
    <message>
        <source>Export the equity report</source>
        <translation>Exportar el informe de equidad</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Informe escrito en {path}.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
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
        <translation>Curso del resultado</translation>
    </message>
    <message>
        <source>e.g. Fractions quiz</source>
        <translation>p. ej. Prueba de fracciones</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Puntuación máxima</translation>
    </message>
    <message>
        <source>Date of the result</source>
        <translation>Fecha del resultado</translation>
    </message>
    <message>
        <source>Add &amp;result</source>
        <translation>Añadir &amp;resultado</translation>
    </message>
    <message>
        <source>Add a result</source>
        <translation>Añadir un resultado</translation>
    </message>
    <message>
        <source>Co&amp;urse:</source>
        <translation>C&amp;urso:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>E&amp;valuación:</translation>
    </message>
    <message>
        <source>out of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Puntuación:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Enrol the learner in a course first.</source>
        <translation>Inscriba primero al estudiante en un curso.</translation>
    </message>
    <message>
        <source>assessment name</source>
        <translation>nombre de la evaluación</translation>
    </message>
    <message>
        <source>Result added.</source>
        <translation>Resultado añadido.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>Su escuela</translation>
    </message>
    <message>
        <source>Is this the first PC of your school to use EduNode?</source>
        <translation>¿Es este el primer equipo de su escuela que usa EduNode?</translation>
    </message>
    <message>
        <source>&amp;Start a new school</source>
        <translation>&amp;Crear una escuela nueva</translation>
    </message>
    <message>
        <source>&amp;Join a school that already uses EduNode on another PC</source>
        <translation>&amp;Unirse a una escuela que ya usa EduNode en otro equipo</translation>
    </message>
    <message>
        <source>e.g. Hillside Primary School</source>
        <translation>p. ej. Escuela Primaria La Colina</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <source>After setup, open Community, choose a PC of your school in the list of PCs found on the network and ask to join its school. When its admin approves, this PC receives the school&apos;s courses and learners.</source>
        <translation>Tras la configuración, abra Comunidad, elija un equipo de su escuela en la lista de equipos encontrados en la red y pida unirse a su escuela. Cuando su administrador lo apruebe, este equipo recibirá los cursos y los estudiantes de la escuela.</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Nombre de la escuela:</translation>
    </message>
    <message>
        <source>school name</source>
        <translation>nombre de la escuela</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Name of this PC</source>
        <translation>Nombre de este equipo</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Guardar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Other admins compare this ID when they link with this PC.</source>
        <translation>Los demás administradores comparan este ID cuando se enlazan con este equipo.</translation>
    </message>
    <message>
        <source>Node ID:</source>
        <translation>ID del nodo:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Escuela:</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>The records, this PC&apos;s key and the log file ({file}) are kept here.</source>
        <translation>Aquí se guardan los registros, la clave de este equipo y el archivo de registro ({file}).</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>A&amp;bout EduNode…</source>
        <translation>A&amp;cerca de EduNode…</translation>
    </message>
    <message>
        <source>Version, node ID and data folder</source>
        <translation>Versión, ID del nodo y carpeta de datos</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <source>Current admin PIN</source>
        <translation>PIN de administración actual</translation>
    </message>
    <message>
        <source>New admin PIN</source>
        <translation>Nuevo PIN de administración</translation>
    </message>
    <message>
        <source>New admin PIN again</source>
        <translation>Nuevo PIN de administración otra vez</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>PIN act&amp;ual:</translation>
    </message>
    <message>
        <source>Ne&amp;w PIN:</source>
        <translation>Nue&amp;vo PIN:</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>&amp;Change PIN</source>
        <translation>&amp;Cambiar PIN</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>EduNode looks for other EduNode PCs on the network and answers them. Nothing is shared with a PC until an admin approves a link with it.</source>
        <translation>EduNode busca otros equipos con EduNode en la red y les responde. No se comparte nada con un equipo hasta que un administrador apruebe un enlace con él.</translation>
    </message>
    <message>
        <source>Save net&amp;work settings</source>
        <translation>Guardar ajustes de &amp;red</translation>
    </message>
    <message>
        <source>Takes effect the next time EduNode starts.</source>
        <translation>Se aplica la próxima vez que se inicie EduNode.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the computer ({name})</source>
        <translation>Igual que el equipo ({name})</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Igual que el equipo</translation>
    </message>
    <message>
        <source>Not in a school yet</source>
        <translation>Aún no pertenece a una escuela</translation>
    </message>
    <message>
        <source>name of this PC</source>
        <translation>nombre de este equipo</translation>
    </message>
    <message>
        <source>Please type the current admin PIN.</source>
        <translation>Escriba el PIN de administración actual.</translation>
    </message>
    <message>
        <source>This PC is now called “{name}”.</source>
        <translation>Este equipo ahora se llama «{name}».</translation>
    </message>
    <message>
        <source>The admin PIN was changed.</source>
        <translation>Se cambió el PIN de administración.</translation>
    </message>
    <message>
        <source>Network settings saved. Restart EduNode to use them.</source>
        <translation>Ajustes de red guardados. Reinicie EduNode para usarlos.</translation>
    </message>
    <message>
        <source>The new language is used the next time EduNode starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie EduNode.</translation>
    </message>
    <message>
        <source>The folder could not be opened. It is {folder}</source>
        <translation>No se pudo abrir la carpeta. Está en {folder}</translation>
    </message>
</context>
<context>
    <name>SyncProgressPanel</name>
    <message>
        <source>Syncing with {name}: {done} of {total} changes</source>
        <translation>Sincronizando con {name}: {done} de {total} cambios</translation>
    </message>
    <message>
        <source>Syncing with {n} PCs: {done} of {total} changes</source>
        <translation>Sincronizando con {n} equipos: {done} de {total} cambios</translation>
    </message>
    <message>
        <source>{name}: {done} of {total} changes</source>
        <translation>{name}: {done} de {total} cambios</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Connection ended; the rest comes at the next one</source>
        <translation>Conexión terminada; el resto llegará en la próxima</translation>
    </message>
    <message>
        <source>sending {sent} of {to_send}, receiving {received} of {to_receive}</source>
        <translation>enviando {sent} de {to_send}, recibiendo {received} de {to_receive}</translation>
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
        <translation>El registro de {name} (perfil, cursos, resultados, asistencia y progreso) se entrega firmado a su nueva escuela y se guarda como un expediente que lleva consigo. Desde entonces esta escuela lo conserva solo para consulta.</translation>
    </message>
    <message>
        <source>The files are not encrypted: hand them only to the learner or their guardian.</source>
        <translation>Los archivos no están cifrados: entréguelos solo al estudiante o a su tutor.</translation>
    </message>
    <message>
        <source>{name} is transferred to {school}.</source>
        <translation>{name} se trasladó a {school}.</translation>
    </message>
    <message>
        <source>{name} is given an open record bundle.</source>
        <translation>{name} recibe un expediente abierto.</translation>
    </message>
    <message>
        <source>The record bundle and the transcript are saved in {folder}.</source>
        <translation>El expediente y el certificado se guardaron en {folder}.</translation>
    </message>
    <message>
        <source>The record bundle is saved as {path}.</source>
        <translation>El expediente se guardó como {path}.</translation>
    </message>
    <message>
        <source>The transcript could not be written: {error}</source>
        <translation>No se pudo escribir el certificado: {error}</translation>
    </message>
    <message>
        <source>Transferring {name}</source>
        <translation>Trasladando a {name}</translation>
    </message>
    <message>
        <source>Writing the signed record of {name}…</source>
        <translation>Escribiendo el expediente firmado de {name}…</translation>
    </message>
    <message>
        <source>{done} of {total} steps</source>
        <translation>Paso {done} de {total}</translation>
    </message>
    <message>
        <source>{name}&apos;s record is deleted from this PC; the other PCs of this school delete it as they sync.</source>
        <translation>El expediente de {name} se borró de este PC; los demás PC de esta escuela lo borran al sincronizarse.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {name} to another school</source>
        <translation>Trasladar a {name} a otra escuela</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Trasladar</translation>
    </message>
    <message>
        <source>The school the learner moves to</source>
        <translation>La escuela a la que se traslada el estudiante</translation>
    </message>
    <message>
        <source>School ID: {id}</source>
        <translation>ID de la escuela: {id}</translation>
    </message>
    <message>
        <source>Not known yet (an open record bundle)</source>
        <translation>Aún no se sabe (un expediente abierto)</translation>
    </message>
    <message>
        <source>The first school that imports the bundle takes the record</source>
        <translation>La primera escuela que importe el expediente se queda con el registro</translation>
    </message>
    <message>
        <source>Choose the new school</source>
        <translation>Elija la nueva escuela</translation>
    </message>
    <message>
        <source>Folder to save the record bundle in</source>
        <translation>Carpeta donde guardar el expediente</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the folder, e.g. on a USB stick</source>
        <translation>Elija la carpeta, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <source>Also save the printable &amp;transcript (PDF)</source>
        <translation>Guardar también el &amp;certificado imprimible (PDF)</translation>
    </message>
    <message>
        <source>&amp;Moves to:</source>
        <translation>&amp;Se traslada a:</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Saves {bundle} and {pdf} in that folder.</source>
        <translation>Guarda {bundle} y {pdf} en esa carpeta.</translation>
    </message>
    <message>
        <source>Saves {bundle} in that folder.</source>
        <translation>Guarda {bundle} en esa carpeta.</translation>
    </message>
    <message>
        <source>Choose the school the learner moves to, or “Not known yet”.</source>
        <translation>Elija la escuela a la que se traslada el estudiante, o «Aún no se sabe».</translation>
    </message>
    <message>
        <source>Choose the folder to save the record bundle in.</source>
        <translation>Elija la carpeta donde guardar el expediente.</translation>
    </message>
    <message>
        <source>There is no folder {folder}: choose one that exists.</source>
        <translation>No existe la carpeta {folder}: elija una que exista.</translation>
    </message>
    <message>
        <source>Save the record bundle in</source>
        <translation>Guardar el expediente en</translation>
    </message>
</context>
<context>
    <name>UpdatesDialog</name>
    <message>
        <source>Changes in the original course</source>
        <translation>Cambios en el curso original</translation>
    </message>
    <message>
        <source>These lessons changed in “{course}” since this course was adapted. For each, take the original&apos;s text, keep this course&apos;s, or combine the two.</source>
        <translation>Estas lecciones cambiaron en «{course}» desde que se adaptó este curso. Para cada una, tome el texto del original, conserve el de este curso o combine los dos.</translation>
    </message>
    <message>
        <source>Lessons changed in the original</source>
        <translation>Lecciones cambiadas en el original</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>El original</translation>
    </message>
    <message>
        <source>This course</source>
        <translation>Este curso</translation>
    </message>
    <message>
        <source>Combined (you may edit it)</source>
        <translation>Combinado (puede editarlo)</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Tomar el &amp;suyo</translation>
    </message>
    <message>
        <source>Replace this course&apos;s lesson with the original&apos;s</source>
        <translation>Reemplazar la lección de este curso por la del original</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar el mío</translation>
    </message>
    <message>
        <source>Keep this course&apos;s lesson as it is; the change is no longer listed</source>
        <translation>Conservar la lección de este curso tal como está; el cambio deja de listarse</translation>
    </message>
    <message>
        <source>&amp;Save combined</source>
        <translation>&amp;Guardar combinado</translation>
    </message>
    <message>
        <source>Use the combined text for this course&apos;s lesson</source>
        <translation>Usar el texto combinado para la lección de este curso</translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation>{title} (nueva)</translation>
    </message>
    <message>
        <source>This lesson is new in the original course: Take theirs adds it to this course, Keep mine leaves it out.</source>
        <translation>Esta lección es nueva en el curso original: «Tomar el suyo» la añade a este curso, «Conservar el mío» la deja fuera.</translation>
    </message>
    <message>
        <source>This lesson was changed here too since it was adapted: choose, or combine.</source>
        <translation>Esta lección también se cambió aquí desde que se adaptó: elija o combine.</translation>
    </message>
    <message>
        <source>This lesson was not changed here since it was adapted.</source>
        <translation>Esta lección no se ha cambiado aquí desde que se adaptó.</translation>
    </message>
</context>
<context>
    <name>UsbStickActions</name>
    <message>
        <source>USB stick</source>
        <translation>Memoria USB</translation>
    </message>
    <message>
        <source>For PCs that never share a network. Each PC introduces itself on the stick once; read the other PC&apos;s introduction, compare the verification code by phone and approve it above. Then write packages on one PC and read them on the other.</source>
        <translation>Para equipos que nunca comparten una red. Cada equipo se presenta una vez en la memoria; lea la presentación del otro equipo, compare el código de verificación por teléfono y apruébela arriba. Después escriba paquetes en un equipo y léalos en el otro.</translation>
    </message>
    <message>
        <source>Introduce this PC on the USB stick</source>
        <translation>Presentar este equipo en la memoria USB</translation>
    </message>
    <message>
        <source>Introduction of this PC written to {path}. On the other PC, choose “Read from stick…”, compare the verification code by phone and approve.</source>
        <translation>Presentación de este equipo escrita en {path}. En el otro equipo, elija «Leer de la memoria…», compare el código de verificación por teléfono y apruebe.</translation>
    </message>
    <message>
        <source>Write packages to the USB stick</source>
        <translation>Escribir paquetes en la memoria USB</translation>
    </message>
    <message>
        <source>Link with a PC first: no PC is linked with this one, so there is nothing to write. Introduce both PCs on the stick, read each other&apos;s introduction and approve it; then write packages.</source>
        <translation>Primero enlácese con un equipo: ninguno está enlazado con este, así que no hay nada que escribir. Presente ambos equipos en la memoria, lea la presentación del otro y apruébela; después escriba paquetes.</translation>
    </message>
    <message>
        <source>Write packages</source>
        <translation>Escribir paquetes</translation>
    </message>
    <message>
        <source>Write packages for {names} to {folder}? A package for a PC of this school carries the learner records: keep the stick safe.</source>
        <translation>¿Escribir paquetes para {names} en {folder}? Un paquete para un equipo de esta escuela lleva los expedientes de los estudiantes: guarde la memoria en un lugar seguro.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Writing packages</source>
        <translation>Escribiendo paquetes</translation>
    </message>
    <message>
        <source>Writing packages for {names} to {folder}…</source>
        <translation>Escribiendo paquetes para {names} en {folder}…</translation>
    </message>
    <message>
        <source>{done} of {total} documents</source>
        <translation>{done} de {total} documentos</translation>
    </message>
    <message>
        <source>{name}: {documents} documents, {changes} changes</source>
        <translation>{name}: {documents} documentos, {changes} cambios</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>Paquetes escritos</translation>
    </message>
    <message>
        <source>Written to {folder}:</source>
        <translation>Escritos en {folder}:</translation>
    </message>
    <message>
        <source>On each of those PCs, choose “Read from stick…”.</source>
        <translation>En cada uno de esos equipos, elija «Leer de la memoria…».</translation>
    </message>
    <message>
        <source>Read from the USB stick</source>
        <translation>Leer de la memoria USB</translation>
    </message>
    <message>
        <source>Reading the USB stick</source>
        <translation>Leyendo la memoria USB</translation>
    </message>
    <message>
        <source>Reading the packages in {folder}… Cancel stops after the package being read: each package is taken whole.</source>
        <translation>Leyendo los paquetes de {folder}… Cancelar se detiene tras el paquete que se está leyendo: cada paquete se toma entero.</translation>
    </message>
    <message>
        <source>an unknown PC</source>
        <translation>un equipo desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new changes from {name}.</source>
        <translation>
            <numerusform>Se importó %n cambio nuevo de {name}.</numerusform>
            <numerusform>Se importaron %n cambios nuevos de {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new from {name}: this PC already had all of it.</source>
        <translation>Nada nuevo de {name}: este equipo ya lo tenía todo.</translation>
    </message>
    <message>
        <source>Link request from {name}, verification code {code}: compare it by phone with the admin of that PC, then approve it under “Link requests waiting for you”.</source>
        <translation>Solicitud de enlace de {name}, código de verificación {code}: compárelo por teléfono con el administrador de ese equipo y apruébela en «Solicitudes de enlace pendientes».</translation>
    </message>
    <message>
        <source>Skipped {file} from {name}: {reason}.</source>
        <translation>Se omitió {file} de {name}: {reason}.</translation>
    </message>
    <message>
        <source>Refused {file} from {name}: {reason}.</source>
        <translation>Se rechazó {file} de {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please enter the {what}.</source>
        <translation>Falta un dato: {what}.</translation>
    </message>
    <message>
        <source>The {what} is too long: {count} characters, at most {limit}.</source>
        <translation>Demasiado largo ({what}): {count} caracteres, como máximo {limit}.</translation>
    </message>
    <message>
        <source>The {what} must be one line of text.</source>
        <translation>Este campo ({what}) debe ser una sola línea de texto.</translation>
    </message>
    <message>
        <source>The birth year is a year written with digits, such as {example}.</source>
        <translation>El año de nacimiento se escribe con cifras, como {example}.</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and {this_year}.</source>
        <translation>El año de nacimiento debe estar entre 1900 y {this_year}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code. Use a short code such as en, fr, sw or pt-BR.</source>
        <translation>«{value}» no es un código de idioma. Use un código corto como en, fr, sw o pt-BR.</translation>
    </message>
    <message>
        <source>Please enter the score.</source>
        <translation>Escriba la puntuación.</translation>
    </message>
    <message>
        <source>The score &apos;{value}&apos; is not a number.</source>
        <translation>La puntuación «{value}» no es un número.</translation>
    </message>
    <message>
        <source>Please enter the maximum score.</source>
        <translation>Escriba la puntuación máxima.</translation>
    </message>
    <message>
        <source>The maximum score &apos;{value}&apos; is not a number.</source>
        <translation>La puntuación máxima «{value}» no es un número.</translation>
    </message>
    <message>
        <source>The maximum score must be greater than 0.</source>
        <translation>La puntuación máxima debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>The score cannot be negative.</source>
        <translation>La puntuación no puede ser negativa.</translation>
    </message>
    <message>
        <source>The score {s:g} is higher than the maximum {m:g}.</source>
        <translation>La puntuación {s:g} es mayor que el máximo {m:g}.</translation>
    </message>
    <message>
        <source>Please enter a date (year-month-day, e.g. 2026-03-14).</source>
        <translation>Escriba una fecha (año-mes-día, p. ej. 2026-03-14).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date. Write it as year-month-day, e.g. 2026-03-14.</source>
        <translation>«{value}» no es una fecha. Escríbala como año-mes-día, p. ej. 2026-03-14.</translation>
    </message>
    <message>
        <source>The date {value} is too far in the past or the future.</source>
        <translation>La fecha {value} está demasiado lejos en el pasado o en el futuro.</translation>
    </message>
    <message>
        <source>Time spent must be between 0 and 1440 minutes.</source>
        <translation>El tiempo dedicado debe estar entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <source>Please choose an admin PIN.</source>
        <translation>Elija un PIN de administración.</translation>
    </message>
    <message>
        <source>The admin PIN needs at least 6 characters (6 digits or more).</source>
        <translation>El PIN de administración necesita al menos 6 caracteres (6 dígitos o más).</translation>
    </message>
    <message>
        <source>The admin PIN can have at most 64 characters.</source>
        <translation>El PIN de administración puede tener como máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>The admin PIN can only use letters, digits and symbols (no spaces at either end).</source>
        <translation>El PIN de administración solo puede usar letras, dígitos y símbolos (sin espacios al principio ni al final).</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the new PIN again.</source>
        <translation>Los dos PIN no coinciden. Vuelva a escribir el nuevo PIN.</translation>
    </message>
    <message>
        <source>Please choose a passphrase for the backups.</source>
        <translation>Elija una frase de contraseña para las copias.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters: a short sentence you can remember is best.</source>
        <translation>La frase de contraseña necesita al menos {count} caracteres: lo mejor es una frase corta que pueda recordar.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type the passphrase again.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la frase otra vez.</translation>
    </message>
    <message>
        <source>Please choose a folder on a USB stick or a second disk.</source>
        <translation>Elija una carpeta en una memoria USB o un segundo disco.</translation>
    </message>
</context>
<context>
    <name>WholeClassActions</name>
    <message>
        <source>Select the learners to enrol first.</source>
        <translation>Seleccione primero los estudiantes que quiere inscribir.</translation>
    </message>
    <message>
        <source>There is no course yet: make one on the Courses page.</source>
        <translation>Todavía no hay ningún curso: cree uno en la página Cursos.</translation>
    </message>
    <message numerus="yes">
        <source>%n learners enrolled in {course}.</source>
        <translation>
            <numerusform>%n estudiante inscrito en {course}.</numerusform>
            <numerusform>%n estudiantes inscritos en {course}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already enrolled.</source>
        <translation>
            <numerusform>%n ya estaba inscrito.</numerusform>
            <numerusform>%n ya estaban inscritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importar una lista de clase</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.txt)</source>
        <translation>Listas de clase (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n learners added and enrolled in {course}.</source>
        <translation>
            <numerusform>%n estudiante añadido e inscrito en {course}.</numerusform>
            <numerusform>%n estudiantes añadidos e inscritos en {course}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learners added.</source>
        <translation>
            <numerusform>%n estudiante añadido.</numerusform>
            <numerusform>%n estudiantes añadidos.</numerusform>
        </translation>
    </message>
</context>
</TS>
