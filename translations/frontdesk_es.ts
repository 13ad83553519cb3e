<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>fd::Access</name>
    <message>
        <source>see the schedule</source>
        <translation>ver la agenda</translation>
    </message>
    <message>
        <source>book, move, cancel or confirm appointments</source>
        <translation>reservar, mover, cancelar o confirmar citas</translation>
    </message>
    <message>
        <source>register or edit patients</source>
        <translation>registrar o editar pacientes</translation>
    </message>
    <message>
        <source>mark patients arrived</source>
        <translation>marcar la llegada de pacientes</translation>
    </message>
    <message>
        <source>mark visits completed or missed</source>
        <translation>marcar visitas como completadas o perdidas</translation>
    </message>
    <message>
        <source>book past a clinician&apos;s capacity</source>
        <translation>reservar por encima de la capacidad de un profesional</translation>
    </message>
    <message>
        <source>see reports or export appointments</source>
        <translation>ver informes o exportar citas</translation>
    </message>
    <message>
        <source>change the clinic&apos;s setup</source>
        <translation>cambiar la configuración de la clínica</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>gestionar cuentas</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>back up or restore the clinic</source>
        <translation>hacer o restaurar copias de seguridad de la clínica</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>Recepcionista</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>must be at least 8 characters</source>
        <translation>debe tener al menos 8 caracteres</translation>
    </message>
    <message>
        <source>must be at most 256 characters</source>
        <translation>debe tener como máximo 256 caracteres</translation>
    </message>
    <message>
        <source>must not start or end with a space</source>
        <translation>no debe empezar ni terminar con un espacio</translation>
    </message>
    <message>
        <source>the password library could not start</source>
        <translation>no se pudo iniciar la biblioteca de contraseñas</translation>
    </message>
    <message>
        <source>not enough memory to protect the password</source>
        <translation>no hay memoria suficiente para proteger la contraseña</translation>
    </message>
    <message>
        <source>sign in first: this clinic has accounts (frontdesk-cli takes --user)</source>
        <translation>inicie sesión primero: esta clínica tiene cuentas (frontdesk-cli acepta --user)</translation>
    </message>
    <message>
        <source>the account %1 has been retired</source>
        <translation>la cuenta %1 está dada de baja</translation>
    </message>
    <message>
        <source>a %1 may not %2</source>
        <translation>una cuenta de %1 no puede %2</translation>
    </message>
    <message>
        <source>sign in again: the clinic was restored from a backup</source>
        <translation>vuelva a iniciar sesión: la clínica se restauró desde una copia de seguridad</translation>
    </message>
</context>
<context>
    <name>fd::AccountService</name>
    <message>
        <source>&quot;%1&quot; is not a user name: 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit</source>
        <translation>«%1» no es un nombre de usuario: de 2 a 32 letras, dígitos, puntos, guiones o guiones bajos, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>a clinician&apos;s account names the clinician it belongs to</source>
        <translation>la cuenta de un profesional indica a qué profesional pertenece</translation>
    </message>
    <message>
        <source>there is already an account called %1</source>
        <translation>ya hay una cuenta llamada %1</translation>
    </message>
    <message>
        <source>the clinic&apos;s first account must be a manager&apos;s</source>
        <translation>la primera cuenta de la clínica debe ser de un gerente</translation>
    </message>
    <message>
        <source>there is no account %1</source>
        <translation>no existe la cuenta %1</translation>
    </message>
    <message>
        <source>%1 is the clinic&apos;s last active manager</source>
        <translation>%1 es el último gerente activo de la clínica</translation>
    </message>
    <message>
        <source>must be between 1 and 240 minutes</source>
        <translation>debe estar entre 1 y 240 minutos</translation>
    </message>
    <message>
        <source>cannot write the audit trail: %1</source>
        <translation>no se puede escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>fd::AccountsDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nueva contraseña para %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Contraseña &amp;otra vez:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Dar de &amp;baja</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Lock an idle desk after:</source>
        <translation>&amp;Bloquear un puesto inactivo tras:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>%1 can sign in now.</source>
        <translation>%1 ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>%1 signs in with the new password from now on.</source>
        <translation>%1 inicia sesión con la nueva contraseña a partir de ahora.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Desks lock after %1 idle minutes.</source>
        <translation>Los puestos se bloquean tras %1 minutos de inactividad.</translation>
    </message>
    <message>
        <source>The password %1.</source>
        <translation>La contraseña %1.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Dar de baja a %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in, at any desk. Their records and the audit trail stay. Retire the account?</source>
        <translation>%1 ya no podrá iniciar sesión en ningún puesto. Sus registros y el registro de auditoría se conservan. ¿Dar de baja la cuenta?</translation>
    </message>
</context>
<context>
    <name>fd::AccountsModel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>De baja</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>fd::AppointmentCommand</name>
    <message>
        <source>Cannot undo &quot;%1&quot;: %2</source>
        <translation>No se puede deshacer «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot redo &quot;%1&quot;: %2</source>
        <translation>No se puede rehacer «%1»: %2</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <source>%1. The undo history was cleared.</source>
        <translation>%1. Se ha vaciado el historial para deshacer.</translation>
    </message>
</context>
<context>
    <name>fd::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
</context>
<context>
    <name>fd::AuditWindow</name>
    <message>
        <source>Audit trail — Front Desk</source>
        <translation>Registro de auditoría — Front Desk</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>record number or name</source>
        <translation>número de ficha o nombre</translation>
    </message>
    <message>
        <source>appointment number</source>
        <translation>número de cita</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>&amp;Cita:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Registros de auditoría</translation>
    </message>
    <message>
        <source>&amp;Trail</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportar como CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>is not an appointment number</source>
        <translation>no es un número de cita</translation>
    </message>
    <message>
        <source>no patient matches &quot;%1&quot;</source>
        <translation>ningún paciente coincide con «%1»</translation>
    </message>
    <message>
        <source>several patients match &quot;%1&quot;: type more, or the record number</source>
        <translation>varios pacientes coinciden con «%1»: escriba más, o el número de ficha</translation>
    </message>
    <message>
        <source>The newest %1 records; narrow the filters, or export them all.</source>
        <translation>Los %1 registros más recientes; acote los filtros o expórtelos todos.</translation>
    </message>
    <message>
        <source>%1 records.</source>
        <translation>%1 registros.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation>Se escribieron %1 registros en %2.</translation>
    </message>
</context>
<context>
    <name>fd::Backups</name>
    <message>
        <source>cannot make the backup folder %1</source>
        <translation>no se puede crear la carpeta de copias %1</translation>
    </message>
</context>
<context>
    <name>fd::BookingService</name>
    <message>
        <source>is missing or not a valid time</source>
        <translation>falta o no es una hora válida</translation>
    </message>
    <message>
        <source>give both the insurance carrier and the member id, or neither to mark insurance pending</source>
        <translation>indique la aseguradora y el número de afiliado, o ninguno para marcar el seguro como pendiente</translation>
    </message>
    <message>
        <source>a follow-up needs an existing patient; no patient &quot;%1&quot; has the phone number %2</source>
        <translation>un seguimiento requiere un paciente existente; ningún paciente &quot;%1&quot; tiene el teléfono %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a patient; book a follow-up</source>
        <translation>&quot;%1&quot; ya es paciente; reserve un seguimiento</translation>
    </message>
    <message>
        <source>a patient can be marked no-show only after the start time</source>
        <translation>solo se puede marcar a un paciente como ausente después de la hora de inicio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time like 2026-03-09T07:00</source>
        <translation>&quot;%1&quot; no es una fecha y hora como 2026-03-09T07:00</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>only a booked or confirmed appointment can be rescheduled; this one is %1</source>
        <translation>solo se puede cambiar de hora una cita reservada o confirmada; esta está %1</translation>
    </message>
    <message>
        <source>is where the appointment already is</source>
        <translation>es donde ya está la cita</translation>
    </message>
    <message>
        <source>an appointment cannot be moved back to booked; correct the step entered in error instead</source>
        <translation>una cita no puede volver a reservada; corrija el paso introducido por error</translation>
    </message>
    <message>
        <source>use reschedule or correct for this</source>
        <translation>use cambiar de hora o corregir para esto</translation>
    </message>
    <message>
        <source>say why the change was entered in error</source>
        <translation>diga por qué el cambio se introdujo por error</translation>
    </message>
    <message>
        <source>appointment %1 is already marked entered in error</source>
        <translation>la cita %1 ya está marcada como introducida por error</translation>
    </message>
    <message>
        <source>nothing left to correct</source>
        <translation>no queda nada que corregir</translation>
    </message>
    <message>
        <source>cannot restore the appointment: %1</source>
        <translation>no se puede restaurar la cita: %1</translation>
    </message>
    <message>
        <source>the rescheduled appointment %1 is already %2; correct that first</source>
        <translation>la cita cambiada de hora %1 ya está %2; corrija eso primero</translation>
    </message>
    <message>
        <source>cannot move the appointment back: %1</source>
        <translation>no se puede devolver la cita a su hora: %1</translation>
    </message>
    <message>
        <source>its location or clinician no longer exists</source>
        <translation>su sede o su profesional ya no existe</translation>
    </message>
    <message>
        <source>a patient can be marked %1 only on the day of the visit, %2</source>
        <translation>un paciente solo puede marcarse como %1 el día de la visita, %2</translation>
    </message>
    <message>
        <source>appointment %1 has changed since; look at it again before correcting it</source>
        <translation>la cita %1 ha cambiado desde entonces; revísela antes de corregirla</translation>
    </message>
    <message>
        <source>slot just taken: %1 was booked at that time a moment ago</source>
        <translation>hueco recién ocupado: a %1 le acaban de reservar esa hora</translation>
    </message>
    <message>
        <source>a self-pay booking takes no insurance</source>
        <translation>una reserva de pago particular no lleva seguro</translation>
    </message>
    <message>
        <source>a follow-up uses the insurance on the patient&apos;s record</source>
        <translation>un seguimiento usa el seguro de la ficha del paciente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a patient at %2 and may be the same person: book them, or confirm that &quot;%3&quot; is someone else</source>
        <translation>«%1» ya es paciente en el %2 y puede ser la misma persona: reserve a su nombre o confirme que «%3» es otra persona</translation>
    </message>
    <message>
        <source>only a booked or confirmed visit is confirmed by phone; this one is %1</source>
        <translation>solo se confirma por teléfono una visita reservada o confirmada; esta está %1</translation>
    </message>
    <message>
        <source>no call %1 to withdraw</source>
        <translation>no hay ninguna llamada %1 que retirar</translation>
    </message>
    <message>
        <source>step %1 is not the confirmation call %2 made</source>
        <translation>el paso %1 no es la confirmación que hizo la llamada %2</translation>
    </message>
    <message>
        <source>a clinician marks only their own patients&apos; visits; this one is %1&apos;s</source>
        <translation>un profesional solo marca las visitas de sus propios pacientes; esta es de %1</translation>
    </message>
</context>
<context>
    <name>fd::BreakdownModel</name>
    <message>
        <source>%1 booked of %2 available hours; %3 the period before</source>
        <translation>%1 horas reservadas de %2 disponibles; %3 el período anterior</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Appointments, cancelled and no-shows included</source>
        <translation>Citas, incluidas las canceladas y las ausencias</translation>
    </message>
    <message>
        <source>Appts</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Hours booked by visits that hold their slot</source>
        <translation>Horas reservadas por visitas que ocupan su hueco</translation>
    </message>
    <message>
        <source>Booked h</source>
        <translation>h reserv.</translation>
    </message>
    <message>
        <source>Working hours times capacity, closures and time off taken out</source>
        <translation>Horas de trabajo por capacidad, sin cierres ni ausencias del profesional</translation>
    </message>
    <message>
        <source>Available h</source>
        <translation>h disp.</translation>
    </message>
    <message>
        <source>Booked over available hours</source>
        <translation>Horas reservadas sobre horas disponibles</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Utilization in the period before</source>
        <translation>Ocupación en el período anterior</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
</context>
<context>
    <name>fd::Calendar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clinician: %1</source>
        <translation>Profesional: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Patient %1</source>
        <translation>Paciente %1</translation>
    </message>
</context>
<context>
    <name>fd::CallIntake</name>
    <message>
        <source>&amp;New call</source>
        <translation>&amp;Nueva llamada</translation>
    </message>
    <message>
        <source>Clear the form for the next caller</source>
        <translation>Vaciar el formulario para la siguiente llamada</translation>
    </message>
    <message>
        <source>&amp;Book highlighted slot</source>
        <translation>&amp;Reservar el hueco resaltado</translation>
    </message>
    <message>
        <source>Book the highlighted slot</source>
        <translation>Reservar el hueco resaltado</translation>
    </message>
    <message>
        <source>&amp;Later slots</source>
        <translation>Huecos &amp;posteriores</translation>
    </message>
    <message>
        <source>Suggest slots on later days</source>
        <translation>Proponer huecos en días posteriores</translation>
    </message>
    <message>
        <source>&amp;Earlier slots</source>
        <translation>Huecos &amp;anteriores</translation>
    </message>
    <message>
        <source>Suggest slots from earlier days again</source>
        <translation>Volver a proponer huecos desde hoy</translation>
    </message>
    <message>
        <source>&amp;Patients found</source>
        <translation>Pacientes &amp;encontrados</translation>
    </message>
    <message>
        <source>Go to the matching patients; Enter picks one</source>
        <translation>Ir a los pacientes encontrados; Intro elige uno</translation>
    </message>
    <message>
        <source>&amp;Copy read-back</source>
        <translation>&amp;Copiar el resumen</translation>
    </message>
    <message>
        <source>Copy the read-back to the clipboard</source>
        <translation>Copiar el resumen al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Stop rescheduling</source>
        <translation>&amp;Dejar de cambiar la cita</translation>
    </message>
    <message>
        <source>Leave the appointment where it is</source>
        <translation>Dejar la cita donde está</translation>
    </message>
    <message>
        <source>The read-back is on the clipboard.</source>
        <translation>El resumen está en el portapapeles.</translation>
    </message>
    <message>
        <source>The appointment was left where it was.</source>
        <translation>La cita se ha dejado donde estaba.</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>Read-back for the caller</source>
        <translation>Resumen para quien llama</translation>
    </message>
    <message>
        <source>Patients found (Alt+F), or the read-back after booking:</source>
        <translation>Pacientes encontrados (Alt+F), o el resumen tras reservar:</translation>
    </message>
    <message>
        <source>S&amp;uggested slots</source>
        <translation>H&amp;uecos propuestos</translation>
    </message>
    <message>
        <source>Suggested slots</source>
        <translation>Huecos propuestos</translation>
    </message>
    <message>
        <source>Earlier slots</source>
        <translation>Huecos anteriores</translation>
    </message>
    <message>
        <source>Later slots</source>
        <translation>Huecos posteriores</translation>
    </message>
    <message>
        <source>Copy the read-back</source>
        <translation>Copiar el resumen</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Quien llama</translation>
    </message>
    <message>
        <source>Any part of the name</source>
        <translation>Cualquier parte del nombre</translation>
    </message>
    <message>
        <source>(201) 555-0123</source>
        <translation>(201) 555-0123</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>A cualquier hora</translation>
    </message>
    <message>
        <source>AM</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>PM</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>Serv&amp;icio</translation>
    </message>
    <message>
        <source>Cl&amp;inician</source>
        <translation>P&amp;rofesional</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Insurance carrier</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Número de afiliado</translation>
    </message>
    <message>
        <source>Pendin&amp;g</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Insurance pending</source>
        <translation>Seguro pendiente</translation>
    </message>
    <message>
        <source>Insu&amp;rance carrier</source>
        <translation>Ase&amp;guradora</translation>
    </message>
    <message>
        <source>Mem&amp;ber id</source>
        <translation>N.º de &amp;afiliado</translation>
    </message>
    <message>
        <source>Any location</source>
        <translation>Cualquier sede</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <source>Any clinician</source>
        <translation>Cualquier profesional</translation>
    </message>
    <message>
        <source>Moving %1&apos;s visit of %2. Pick a new slot and press Enter; Esc leaves it where it is.</source>
        <translation>Cambiando la visita de %1 del %2. Elija un hueco nuevo y pulse Intro; Esc la deja donde está.</translation>
    </message>
    <message>
        <source>S&amp;uggested slots: none free for what is asked; change a field or press Page Down</source>
        <translation>H&amp;uecos propuestos: ninguno libre para lo pedido; cambie un campo o pulse Av Pág</translation>
    </message>
    <message>
        <source>S&amp;uggested slots from %1</source>
        <translation>H&amp;uecos propuestos desde el %1</translation>
    </message>
    <message>
        <source>%1 picked: a follow-up visit.</source>
        <translation>%1 elegido: visita de seguimiento.</translation>
    </message>
    <message>
        <source>No slot is highlighted: change what is asked for, or press Page Down for later days.</source>
        <translation>No hay ningún hueco resaltado: cambie lo pedido o pulse Av Pág para días posteriores.</translation>
    </message>
    <message>
        <source>%1 is already registered at this number and may be the same person. Pick them from the patients found (Alt+F), or press Enter again to register a new patient.</source>
        <translation>%1 ya está registrado con este número y puede ser la misma persona. Elíjalo entre los pacientes encontrados (Alt+F) o pulse Intro otra vez para registrar un paciente nuevo.</translation>
    </message>
    <message>
        <source>Book %1, %2</source>
        <translation>reserva de %1, %2</translation>
    </message>
    <message>
        <source>Booked %1, %2.</source>
        <translation>Reservado: %1, %2.</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>cambio de %1 al %2</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 cambiado al %2.</translation>
    </message>
    <message>
        <source>Another desk took that slot a moment ago (%1). The next best slot is highlighted: press Enter to book it.</source>
        <translation>Otro mostrador acaba de ocupar ese hueco (%1). El siguiente mejor hueco está resaltado: pulse Intro para reservarlo.</translation>
    </message>
    <message>
        <source>No patient matches yet: type part of the name, phone or email.</source>
        <translation>Aún no coincide ningún paciente: escriba parte del nombre, el teléfono o el correo.</translation>
    </message>
    <message>
        <source>Days (Alt+D)</source>
        <translation>Días (Alt+D)</translation>
    </message>
    <message>
        <source>S&amp;uggested slots after %1, %2</source>
        <translation>H&amp;uecos propuestos después del %1, %2</translation>
    </message>
    <message>
        <source>This caller is booked. Ctrl+N starts the next call; to book them another visit, change what they ask for first.</source>
        <translation>Esta persona ya tiene su cita. Ctrl+N empieza la siguiente llamada; para reservarle otra visita, cambie antes lo que pide.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>fd::CallListModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Por llamar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>To call (confirmation undone)</source>
        <translation>Por llamar (confirmación deshecha)</translation>
    </message>
</context>
<context>
    <name>fd::CancelDialog</name>
    <message>
        <source>Cancel %1&apos;s visit</source>
        <translation>Cancelar la visita de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This cancellation is less than 24 hours before the visit: it will count as late.</source>
        <translation>Esta cancelación es a menos de 24 horas de la visita: contará como tardía.</translation>
    </message>
    <message>
        <source>This cancellation is 24 hours or more before the visit: it will not count as late.</source>
        <translation>Esta cancelación es a 24 horas o más de la visita: no contará como tardía.</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <source>e.g. feeling better, car trouble</source>
        <translation>p. ej., se encuentra mejor, avería del coche</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Anular la visita</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantener la visita</translation>
    </message>
</context>
<context>
    <name>fd::Clinic</name>
    <message>
        <source>type your user name</source>
        <translation>escriba su nombre de usuario</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>too many wrong passwords: try again in %1 seconds</source>
        <translation>demasiadas contraseñas incorrectas: vuelva a intentarlo en %1 segundos</translation>
    </message>
    <message>
        <source>%1 exists already; a clinic is moved into a new file</source>
        <translation>%1 ya existe; una clínica se traslada a un archivo nuevo</translation>
    </message>
    <message>
        <source>this clinic cannot be copied</source>
        <translation>esta clínica no se puede copiar</translation>
    </message>
    <message>
        <source>%1 is neither a database file nor a postgresql://user@host:port/database address</source>
        <translation>%1 no es un archivo de base de datos ni una dirección postgresql://usuario@servidor:puerto/base</translation>
    </message>
    <message>
        <source>&quot;host=… dbname=…&quot; is not a database file; write the server&apos;s address as postgresql://user@host:port/database</source>
        <translation>&quot;host=… dbname=…&quot; no es un archivo de base de datos; escriba la dirección del servidor como postgresql://usuario@servidor:puerto/base</translation>
    </message>
</context>
<context>
    <name>fd::ClinicConfig</name>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 desconocido: &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>fd::ConfirmationCalls</name>
    <message>
        <source>&amp;Confirmed</source>
        <translation>&amp;Confirmada</translation>
    </message>
    <message>
        <source>The patient confirmed the visit</source>
        <translation>El paciente confirmó la visita</translation>
    </message>
    <message>
        <source>&amp;Left message</source>
        <translation>&amp;Mensaje dejado</translation>
    </message>
    <message>
        <source>A message was left</source>
        <translation>Se dejó un mensaje</translation>
    </message>
    <message>
        <source>&amp;Unreachable</source>
        <translation>&amp;No localizado</translation>
    </message>
    <message>
        <source>Nobody could be reached</source>
        <translation>No se pudo hablar con nadie</translation>
    </message>
    <message>
        <source>Confirmation calls</source>
        <translation>Llamadas de confirmación</translation>
    </message>
    <message>
        <source>Calls for %1: none left (%2 visits).</source>
        <translation>Llamadas para el %1: no queda ninguna (%2 visitas).</translation>
    </message>
    <message>
        <source>Calls for %1: %2 left of %3.</source>
        <translation>Llamadas para el %1: quedan %2 de %3.</translation>
    </message>
    <message>
        <source>Pick a visit in the list first.</source>
        <translation>Elija antes una visita de la lista.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 for %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>fd::ConnectionDialog</name>
    <message>
        <source>Open a clinic</source>
        <translation>Abrir una clínica</translation>
    </message>
    <message>
        <source>A clinic with one front desk keeps its schedule in a file on this computer. When several sites book into one schedule, it lives on a PostgreSQL server that every desk connects to.</source>
        <translation>Una clínica con un solo mostrador guarda su agenda en un archivo de este equipo. Cuando varias sedes reservan en una misma agenda, esta vive en un servidor PostgreSQL al que se conecta cada mostrador.</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>Un arc&amp;hivo en este equipo</translation>
    </message>
    <message>
        <source>A clinic &amp;server (PostgreSQL)</source>
        <translation>Un &amp;servidor de la clínica (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Open a clinic file</source>
        <translation>Abrir el archivo de una clínica</translation>
    </message>
    <message>
        <source>Front Desk clinics (*.db)</source>
        <translation>Clínicas de Front Desk (*.db)</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>de ~/.pgpass si se deja vacía</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Usuar&amp;io:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Cont&amp;raseña:</translation>
    </message>
    <message>
        <source>The password is used while Front Desk runs and never saved.</source>
        <translation>La contraseña se usa mientras Front Desk está abierto y nunca se guarda.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>%1 is needed</source>
        <translation>Hace falta %1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>el usuario</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
</context>
<context>
    <name>fd::CsvReader</name>
    <message>
        <source>line %1 is not valid UTF-8; save the file as UTF-8 or Windows-1252 throughout</source>
        <translation>la línea %1 no es UTF-8 válido; guarde todo el archivo como UTF-8 o como Windows-1252</translation>
    </message>
    <message>
        <source>the quote opened on line %1 is never closed</source>
        <translation>las comillas abiertas en la línea %1 no se cierran nunca</translation>
    </message>
    <message>
        <source>the record on line %1 is longer than a megabyte; this is not a patient list</source>
        <translation>el registro de la línea %1 ocupa más de un megabyte; esto no es una lista de pacientes</translation>
    </message>
</context>
<context>
    <name>fd::Database</name>
    <message>
        <source>no database file given</source>
        <translation>no se indicó ningún archivo de base de datos</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Front Desk (schema version %2; this program knows up to %3). Install the newer Front Desk to open it.</source>
        <translation>%1 fue escrito por una versión más nueva de Front Desk (versión de esquema %2; este programa conoce hasta la %3). Instale la versión más nueva para abrirlo.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded: its records do not fit together</source>
        <translation>no se pudo actualizar %1: sus registros no concuerdan</translation>
    </message>
    <message>
        <source>%1 does not exist; create a clinic there with &quot;frontdesk-cli init --db %1&quot;</source>
        <translation>%1 no existe; cree allí una clínica con «frontdesk-cli init --db %1»</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Front Desk database; it was left as it was</source>
        <translation>%1 no es una base de datos de Front Desk; se ha dejado como estaba</translation>
    </message>
    <message>
        <source>%1 holds no clinic; create one with &quot;frontdesk-cli init --db %1&quot;</source>
        <translation>%1 no contiene ninguna clínica; cree una con «frontdesk-cli init --db %1»</translation>
    </message>
    <message>
        <source>%1 is another program&apos;s database, not Front Desk&apos;s; it was left as it was</source>
        <translation>%1 es la base de datos de otro programa, no de Front Desk; se ha dejado como estaba</translation>
    </message>
    <message>
        <source>the database is busy with another desk&apos;s change; try again</source>
        <translation>la base de datos está ocupada con el cambio de otro mostrador; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved. Free some space and try again</source>
        <translation>el disco está lleno; no se ha guardado nada. Libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the database file is read-only; nothing was saved. Ask whoever manages this computer to make it writable</source>
        <translation>el archivo de la base de datos es de solo lectura; no se ha guardado nada. Pida a quien administra este equipo que permita escribir en él</translation>
    </message>
    <message>
        <source>the disk could not be read or written; nothing was saved. Check the disk and try again</source>
        <translation>no se pudo leer o escribir en el disco; no se ha guardado nada. Revise el disco y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation>el archivo de la base de datos está dañado; restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>the database could not complete the request</source>
        <translation>la base de datos no pudo completar la petición</translation>
    </message>
    <message>
        <source>the database cannot be opened for writing: its disk or folder is read-only, or closed to this user. Ask whoever manages this computer</source>
        <translation>no se puede abrir la base de datos para escribir: su disco o carpeta es de solo lectura o no está permitida a este usuario. Pregunte a quien administra este equipo</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address; write it as postgresql://user@host:port/database</source>
        <translation>%1 no es una dirección de PostgreSQL; escríbala como postgresql://usuario@servidor:puerto/base</translation>
    </message>
    <message>
        <source>this computer lacks Qt&apos;s PostgreSQL driver; install the libqt6sql6-psql package</source>
        <translation>a este equipo le falta el controlador de PostgreSQL de Qt; instale el paquete libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be given the clinic&apos;s schema: %2</source>
        <translation>no se pudo dar a %1 el esquema de la clínica: %2</translation>
    </message>
    <message>
        <source>%1 already holds a clinic; copy into a new, empty one</source>
        <translation>%1 ya contiene una clínica; copie a una nueva y vacía</translation>
    </message>
    <message>
        <source>%1 and %2 are of different schema versions (%3 and %4); open each with this Front Desk first</source>
        <translation>%1 y %2 tienen versiones de esquema distintas (%3 y %4); abra antes cada una con este Front Desk</translation>
    </message>
    <message>
        <source>the database server takes no changes now (a standby or read-only server); nothing was saved</source>
        <translation>el servidor de base de datos no admite cambios ahora (un servidor de reserva o de solo lectura); no se guardó nada</translation>
    </message>
    <message>
        <source>the database server cannot be reached; nothing was saved. Check the network and try again</source>
        <translation>no se puede llegar al servidor de base de datos; no se guardó nada. Compruebe la red y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the copy of %1 does not match what was read (%2 rows read, %3 written, or their contents differ); nothing was kept</source>
        <translation>la copia de %1 no coincide con lo leído (%2 filas leídas, %3 escritas, o su contenido difiere); no se conservó nada</translation>
    </message>
    <message>
        <source>the database server does not allow this account to do that; nothing was saved. Ask whoever manages the server: Front Desk&apos;s account must own its database</source>
        <translation>el servidor de base de datos no permite eso a esta cuenta; no se guardó nada. Pregunte a quien administra el servidor: la cuenta de Front Desk debe ser la dueña de su base de datos</translation>
    </message>
    <message>
        <source>%1: Front Desk does not know the option &quot;%2&quot;; it takes %3</source>
        <translation>%1: Front Desk no conoce la opción &quot;%2&quot;; admite %3</translation>
    </message>
    <message>
        <source>Whoever manages the server creates it first, owned by Front Desk&apos;s account: createdb -O %1 %2</source>
        <translation>Quien administra el servidor debe crearla antes, a nombre de la cuenta de Front Desk: createdb -O %1 %2</translation>
    </message>
</context>
<context>
    <name>fd::DayModel</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Moved to appointment %1</source>
        <translation>Trasladada a la cita %1</translation>
    </message>
    <message>
        <source>Corrected: this booking was entered in error</source>
        <translation>Corregida: esta reserva se introdujo por error</translation>
    </message>
</context>
<context>
    <name>fd::DaySheet</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cancelled late</source>
        <translation>Cancelada tarde</translation>
    </message>
    <message>
        <source>Day sheet for %1</source>
        <translation>Hoja del día: %1</translation>
    </message>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Impresa el %1 a las %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>works %1</source>
        <translation>trabaja %1</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continuación)</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Sin citas.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 citas</translation>
    </message>
    <message>
        <source>Closed on this day.</source>
        <translation>Cerrado este día.</translation>
    </message>
    <message>
        <source>Not working here on this day.</source>
        <translation>No trabaja aquí este día.</translation>
    </message>
    <message>
        <source>cannot write %1: nothing could be painted</source>
        <translation>no se puede escribir %1: no se pudo dibujar nada</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full or the file too large</source>
        <translation>no se puede escribir %1: el disco está lleno o el archivo es demasiado grande</translation>
    </message>
</context>
<context>
    <name>fd::Demo</name>
    <message>
        <source>the database already holds a clinic</source>
        <translation>la base de datos ya contiene una clínica</translation>
    </message>
    <message>
        <source>the demo clinic goes into a new database, without accounts</source>
        <translation>la clínica de demostración va en una base de datos nueva, sin cuentas</translation>
    </message>
</context>
<context>
    <name>fd::FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>fd::FirstManagerDialog</name>
    <message>
        <source>The clinic&apos;s first manager</source>
        <translation>El primer gerente de la clínica</translation>
    </message>
    <message>
        <source>This clinic has no accounts yet. Make the manager&apos;s account first: the manager adds everyone else&apos;s.</source>
        <translation>Esta clínica aún no tiene cuentas. Cree primero la cuenta del gerente: el gerente añade las de los demás.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Password (8 or more characters):</source>
        <translation>&amp;Contraseña (8 caracteres o más):</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Contraseña &amp;otra vez:</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Crear e iniciar sesión</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>fd::Generator</name>
    <message>
        <source>generating failed: %1</source>
        <translation>la generación falló: %1</translation>
    </message>
    <message>
        <source>generating was abandoned</source>
        <translation>la generación se abandonó</translation>
    </message>
    <message>
        <source>generating needs an SQLite database outside any other change</source>
        <translation>generar necesita una base de datos SQLite fuera de cualquier otro cambio</translation>
    </message>
    <message>
        <source>the database already holds a clinic</source>
        <translation>la base de datos ya contiene una clínica</translation>
    </message>
    <message>
        <source>must be between 1 and 50</source>
        <translation>debe estar entre 1 y 50</translation>
    </message>
    <message>
        <source>must be between 1 and 1000</source>
        <translation>debe estar entre 1 y 1000</translation>
    </message>
    <message>
        <source>must be between 0 and 30</source>
        <translation>debe estar entre 0 y 30</translation>
    </message>
</context>
<context>
    <name>fd::HeatMapModel</name>
    <message>
        <source>%1, %2: %3 appointments (%4 the period before)</source>
        <translation>%1, %2: %3 citas (%4 el período anterior)</translation>
    </message>
</context>
<context>
    <name>fd::MainWindow</name>
    <message>
        <source>Front Desk</source>
        <translation>Front Desk</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Ir a hoy (Ctrl+T)</translation>
    </message>
    <message>
        <source>No clinic set up yet: start with --demo, or run &quot;frontdesk-cli init --demo&quot;.</source>
        <translation>Todavía no hay ninguna clínica: inicie con --demo o ejecute &quot;frontdesk-cli init --demo&quot;.</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 citas</translation>
    </message>
    <message>
        <source>%1 is closed on this day.</source>
        <translation>%1 está cerrada este día.</translation>
    </message>
    <message>
        <source>Weekend: no appointments.</source>
        <translation>Fin de semana: no hay citas.</translation>
    </message>
    <message>
        <source>Location of the day shown</source>
        <translation>Sede del día mostrado</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <source>The day and tomorrow&apos;s calls</source>
        <translation>El día y las llamadas de mañana</translation>
    </message>
    <message>
        <source>Confirmation calls</source>
        <translation>Llamadas de confirmación</translation>
    </message>
    <message>
        <source>Confirmation calls (%1 left)</source>
        <translation>Llamadas de confirmación (quedan %1)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Appointment</source>
        <translation>&amp;Cita</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Cambiar de hora…</translation>
    </message>
    <message>
        <source>Move the selected visit: the call form offers new slots</source>
        <translation>Cambiar la visita seleccionada: el formulario propone huecos nuevos</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>C&amp;ancelar…</translation>
    </message>
    <message>
        <source>Cancel the selected visit, with a reason</source>
        <translation>Cancelar la visita seleccionada, con un motivo</translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Llegó</translation>
    </message>
    <message>
        <source>The patient of the selected visit has arrived</source>
        <translation>El paciente de la visita seleccionada ha llegado</translation>
    </message>
    <message>
        <source>C&amp;ompleted</source>
        <translation>C&amp;ompletada</translation>
    </message>
    <message>
        <source>The selected visit is done</source>
        <translation>La visita seleccionada ha terminado</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;No se presentó</translation>
    </message>
    <message>
        <source>The patient of the selected visit did not come</source>
        <translation>El paciente de la visita seleccionada no vino</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Show the location&apos;s day (%1)</source>
        <translation>Mostrar el día de la sede (%1)</translation>
    </message>
    <message>
        <source>Confirmation &amp;calls</source>
        <translation>&amp;Llamadas de confirmación</translation>
    </message>
    <message>
        <source>Show tomorrow&apos;s confirmation calls (%1)</source>
        <translation>Mostrar las llamadas de confirmación de mañana (%1)</translation>
    </message>
    <message>
        <source>Select a visit in the day, or a patient with a next visit, first.</source>
        <translation>Seleccione antes una visita del día o un paciente con una próxima visita.</translation>
    </message>
    <message>
        <source>Cancel %1, %2</source>
        <translation>cancelación de %1, %2</translation>
    </message>
    <message>
        <source>Cancelled %1&apos;s visit; it counts as late.</source>
        <translation>Visita de %1 cancelada; cuenta como tardía.</translation>
    </message>
    <message>
        <source>Cancelled %1&apos;s visit.</source>
        <translation>Visita de %1 cancelada.</translation>
    </message>
    <message>
        <source>Select a visit in the day first.</source>
        <translation>Seleccione antes una visita del día.</translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation>marca de %1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Keys: A arrived, C completed, N no-show; drag a visit to move it</source>
        <translation>Teclas: A llegó, C completada, N no se presentó; arrastre una cita para moverla</translation>
    </message>
    <message>
        <source>Clinician:</source>
        <translation>Profesional:</translation>
    </message>
    <message>
        <source>Clinician whose day and week are shown</source>
        <translation>Profesional cuyo día y semana se muestran</translation>
    </message>
    <message>
        <source>Narrow the day to one clinician, and show their week</source>
        <translation>Muestra el día de un solo profesional, y su semana</translation>
    </message>
    <message>
        <source>The day&apos;s appointments, a column per clinician</source>
        <translation>Las citas del día, una columna por profesional</translation>
    </message>
    <message>
        <source>The clinician&apos;s week, a column per day</source>
        <translation>La semana del profesional, una columna por día</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Show the chosen clinician&apos;s week (%1)</source>
        <translation>Muestra la semana del profesional elegido (%1)</translation>
    </message>
    <message>
        <source>S&amp;how cancelled and no-shows</source>
        <translation>Mostrar &amp;canceladas y ausencias</translation>
    </message>
    <message>
        <source>Cancelled, no-show and corrected visits, muted, in the day and the week (%1)</source>
        <translation>Citas canceladas, ausencias y citas corregidas, atenuadas, en el día y la semana (%1)</translation>
    </message>
    <message>
        <source>&amp;My schedule…</source>
        <translation>&amp;Mi agenda…</translation>
    </message>
    <message>
        <source>Choose the clinician this computer opens on</source>
        <translation>Elija el profesional con cuya agenda se abre este equipo</translation>
    </message>
    <message>
        <source>All clinicians</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 en %2, %3</translation>
    </message>
    <message>
        <source>Choose a clinician above to see their week</source>
        <translation>Elija un profesional arriba para ver su semana</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana de %1</translation>
    </message>
    <message>
        <source>Waiting room: nobody is waiting.</source>
        <translation>Sala de espera: no espera nadie.</translation>
    </message>
    <message>
        <source>&amp;Waiting room (%1):</source>
        <translation>&amp;Quién espera (%1):</translation>
    </message>
    <message>
        <source>%1 was not moved: %2</source>
        <translation>No se ha movido la cita de %1: %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>cambio de %1 al %2</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>%1 pasa a %2.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Day sheet preview</source>
        <translation>Vista previa de la hoja del día</translation>
    </message>
    <message>
        <source>Save day sheet as PDF</source>
        <translation>Guardar la hoja del día como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the day sheet to %1.</source>
        <translation>Hoja del día guardada en %1.</translation>
    </message>
    <message>
        <source>Day s&amp;heet</source>
        <translation>Ho&amp;ja del día</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the day as shown: the location, or the one clinician chosen</source>
        <translation>Imprime el día tal como se ve: la sede, o el profesional elegido</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>See the day sheet&apos;s pages before printing</source>
        <translation>Ver las páginas de la hoja del día antes de imprimir</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the day sheet as a PDF file</source>
        <translation>Guarda la hoja del día en un archivo PDF</translation>
    </message>
    <message>
        <source>P&amp;hone numbers on the sheet</source>
        <translation>&amp;Teléfonos en la hoja</translation>
    </message>
    <message>
        <source>Leave this off for sheets that lie where patients can see them</source>
        <translation>Desactívelo para hojas que queden a la vista de los pacientes</translation>
    </message>
    <message>
        <source>Nobody: this is a front desk</source>
        <translation>Nadie: es un puesto de recepción</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <source>This computer opens on the day of:</source>
        <translation>Este equipo se abre con el día de:</translation>
    </message>
    <message>
        <source>Previous wee&amp;k</source>
        <translation>Semana ante&amp;rior</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>Semana si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>&amp;Ir a la fecha…</translation>
    </message>
    <message>
        <source>Mark %1 arrived</source>
        <translation>llegada de %1</translation>
    </message>
    <message>
        <source>%1 has arrived.</source>
        <translation>%1 ha llegado.</translation>
    </message>
    <message>
        <source>Mark %1&apos;s visit completed</source>
        <translation>cita de %1 completada</translation>
    </message>
    <message>
        <source>%1&apos;s visit is completed.</source>
        <translation>La cita de %1 está completada.</translation>
    </message>
    <message>
        <source>Mark %1 a no-show</source>
        <translation>ausencia de %1</translation>
    </message>
    <message>
        <source>%1 is marked a no-show.</source>
        <translation>%1 queda marcado como ausente.</translation>
    </message>
    <message>
        <source>Ctrl+Z takes it back.</source>
        <translation>Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>%1 works at %2 on this day.</source>
        <translation>%1 trabaja en %2 este día.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>cancelled and no-shows hidden (Ctrl+Shift+H)</source>
        <translation>canceladas y ausencias ocultas (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Figures, utilization and busiest hours for a period; exports for spreadsheets</source>
        <translation>Cifras, ocupación y horas de más actividad de un período; exportaciones para hojas de cálculo</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <source>Des&amp;k</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Hide the schedule until you or someone else signs in</source>
        <translation>Ocultar la agenda hasta que usted u otra persona inicie sesión</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>Who may sign in, as which role; the idle lock</source>
        <translation>Quién puede iniciar sesión y con qué rol; el bloqueo por inactividad</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Quién cambió qué, y cuándo</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad diaria: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aún no hay cuentas</translation>
    </message>
    <message>
        <source>Front Desk is locked</source>
        <translation>Front Desk está bloqueado</translation>
    </message>
    <message>
        <source>%1 was using this desk. Sign in again, or sign in as yourself.</source>
        <translation>%1 estaba usando este puesto. Vuelva a iniciar sesión, o hágalo con su propia cuenta.</translation>
    </message>
    <message>
        <source>Front Desk — locked</source>
        <translation>Front Desk — bloqueado</translation>
    </message>
    <message>
        <source>&amp;Open another clinic…</source>
        <translation>Abrir &amp;otra clínica…</translation>
    </message>
    <message>
        <source>A clinic file on this computer, or a clinic server every site shares</source>
        <translation>Un archivo de clínica en este equipo, o un servidor de clínica que comparten todas las sedes</translation>
    </message>
</context>
<context>
    <name>fd::PatientMatchModel</name>
    <message>
        <source>%1 (self-pay)</source>
        <translation>%1 (pago particular)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Próxima visita</translation>
    </message>
</context>
<context>
    <name>fd::Phone</name>
    <message>
        <source>&quot;%1&quot; is not a valid phone number</source>
        <translation>&quot;%1&quot; no es un número de teléfono válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>&quot;%1&quot; no es una dirección de correo válida</translation>
    </message>
</context>
<context>
    <name>fd::ReadBack</name>
    <message>
        <source>%1, your %2 visit is on %3 at %4.</source>
        <translation>%1, su visita (tipo: %2) es el %3 a las %4.</translation>
    </message>
    <message>
        <source>Where: %1, %2.</source>
        <translation>Dónde: %1, %2.</translation>
    </message>
    <message>
        <source>To change it, call %1.</source>
        <translation>Para cambiarla, llame al %1.</translation>
    </message>
    <message>
        <source>With: %1.</source>
        <translation>Con: %1.</translation>
    </message>
    <message>
        <source>For: %1.</source>
        <translation>Para: %1.</translation>
    </message>
    <message>
        <source>Please bring your insurance card and a photo ID, and come 15 minutes early, or print our new patient forms from the website and fill them out before you come.</source>
        <translation>Traiga su tarjeta del seguro y un documento de identidad con foto, y llegue 15 minutos antes, o imprima los formularios para pacientes nuevos de nuestra web y rellénelos antes de venir.</translation>
    </message>
    <message>
        <source>We still need your insurance details: please send them before the visit.</source>
        <translation>Aún nos faltan los datos de su seguro: envíenoslos antes de la visita.</translation>
    </message>
    <message>
        <source>As a self-pay client, you pay at the visit; no insurance card is needed. Please bring a photo ID and fill out the self-pay client registration before you come.</source>
        <translation>Como paciente de pago directo, paga en la visita; no necesita tarjeta del seguro. Traiga un documento de identidad con foto y rellene el registro de pago directo antes de venir.</translation>
    </message>
    <message>
        <source>Please come 5 minutes early.</source>
        <translation>Llegue 5 minutos antes, por favor.</translation>
    </message>
    <message>
        <source>A cancellation less than 24 hours before the visit counts as late.</source>
        <translation>Una cancelación con menos de 24 horas de antelación cuenta como tardía.</translation>
    </message>
    <message>
        <source>Where: %1.</source>
        <translation>Dónde: %1.</translation>
    </message>
</context>
<context>
    <name>fd::Report</name>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <source>Appointments by status</source>
        <translation>Citas por estado</translation>
    </message>
    <message>
        <source>Appointments by type</source>
        <translation>Citas por tipo</translation>
    </message>
    <message>
        <source>Appointments by starting hour</source>
        <translation>Citas por hora de inicio</translation>
    </message>
    <message>
        <source>Clinician %1</source>
        <translation>Profesional %1</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Sede %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Booked h</source>
        <translation>h reserv.</translation>
    </message>
    <message>
        <source>Available h</source>
        <translation>h disp.</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Utilization by clinician</source>
        <translation>Ocupación por profesional</translation>
    </message>
    <message>
        <source>Utilization by location</source>
        <translation>Ocupación por sede</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Busiest hours</source>
        <translation>Horas de más actividad</translation>
    </message>
    <message>
        <source>Front Desk report</source>
        <translation>Informe de Front Desk</translation>
    </message>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Impreso el %1 a las %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Visits that hold their slot (cancellations and no-shows left out), by the hour they start.</source>
        <translation>Citas que ocupan su hueco (sin cancelaciones ni ausencias), por la hora en que empiezan.</translation>
    </message>
    <message>
        <source>Appts</source>
        <translation>Citas</translation>
    </message>
</context>
<context>
    <name>fd::Reports</name>
    <message>
        <source>the period must end after it starts</source>
        <translation>el periodo debe terminar después de empezar</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>se canceló la exportación</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambio</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Pacientes nuevos</translation>
    </message>
    <message>
        <source>Self-pay visits</source>
        <translation>Citas de pago particular</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Cancelaciones tardías</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>Horas reservadas</translation>
    </message>
    <message>
        <source>Available hours</source>
        <translation>Horas disponibles</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Tasa de ausencias</translation>
    </message>
    <message>
        <source>Late-cancel rate</source>
        <translation>Tasa de cancelaciones tardías</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>sin servicio</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>all clinicians</source>
        <translation>todos los profesionales</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1, beside %2</source>
        <translation>%1, frente a %2</translation>
    </message>
    <message>
        <source>the period compared with must end after it starts</source>
        <translation>el período con el que se compara debe terminar después de empezar</translation>
    </message>
</context>
<context>
    <name>fd::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>C&amp;linicians</source>
        <translation>&amp;Profesionales</translation>
    </message>
    <message>
        <source>L&amp;ocations</source>
        <translation>Sede&amp;s</translation>
    </message>
    <message>
        <source>&amp;Busiest hours</source>
        <translation>Horas de &amp;más actividad</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v de %m filas</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written (Esc)</source>
        <translation>Detener la exportación; no se escribe nada (Esc)</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>No se pudo hacer el informe: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo a medida</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Perí&amp;odo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>The period before (Alt+Left)</source>
        <translation>El período anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The period after (Alt+Right)</source>
        <translation>El período siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Lo&amp;cations</source>
        <translation>S&amp;edes</translation>
    </message>
    <message>
        <source>Cli&amp;nicians</source>
        <translation>Pro&amp;fesionales</translation>
    </message>
    <message>
        <source>Patient t&amp;ypes</source>
        <translation>&amp;Tipos de paciente</translation>
    </message>
    <message>
        <source>Servic&amp;es</source>
        <translation>Servi&amp;cios</translation>
    </message>
    <message>
        <source>Space ticks or unticks; a report counts the ticked ones</source>
        <translation>Espacio marca o desmarca; el informe cuenta los marcados</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>I&amp;nforme</translation>
    </message>
    <message>
        <source>Export appointments as &amp;CSV…</source>
        <translation>Exportar las citas como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export as &amp;Excel workbook…</source>
        <translation>Exportar como libro de &amp;Excel…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>CSV for E&amp;xcel (byte-order mark)</source>
        <translation>CSV para E&amp;xcel (marca de orden de bytes)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>Período &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>Período &amp;siguiente</translation>
    </message>
    <message>
        <source>Tick at least one entry in each list.</source>
        <translation>Marque al menos una entrada en cada lista.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Utilization by clinician</source>
        <translation>Ocupación por profesional</translation>
    </message>
    <message>
        <source>Utilization by location</source>
        <translation>Ocupación por sede</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 appointments</source>
        <translation>%1 · %2 · %3 citas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Wrote %1 (1 row).</source>
        <translation>Se escribió %1 (1 fila).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows).</source>
        <translation>Se escribió %1 (%2 filas).</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>No se pudo escribir %1:
%2</translation>
    </message>
    <message>
        <source>there is no report yet</source>
        <translation>todavía no hay informe</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 (1 page).</source>
        <translation>Se guardó %1 (1 página).</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Se guardó %1 (%2 páginas).</translation>
    </message>
    <message>
        <source>An export is still being written. Stop it and close?</source>
        <translation>Todavía se está escribiendo una exportación. ¿Detenerla y cerrar?</translation>
    </message>
    <message>
        <source>Export appointments as &amp;iCalendar…</source>
        <translation>Exportar las citas como &amp;iCalendar…</translation>
    </message>
    <message>
        <source>De-identi&amp;fied: patients by number, no phone or reasons</source>
        <translation>Anonimi&amp;zado: pacientes por número, sin teléfono ni motivos</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>(No service)</source>
        <translation>(Sin servicio)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>%1, beside %2</source>
        <translation>%1, frente a %2</translation>
    </message>
    <message>
        <source>%1: %2 (before: %3)</source>
        <translation>%1: %2 (antes: %3)</translation>
    </message>
    <message>
        <source>Appointments by status</source>
        <translation>Citas por estado</translation>
    </message>
    <message>
        <source>Appointments by type</source>
        <translation>Citas por tipo</translation>
    </message>
    <message>
        <source>Appointments by starting hour</source>
        <translation>Citas por hora de inicio</translation>
    </message>
</context>
<context>
    <name>fd::ScheduleView</name>
    <message>
        <source>No clinician works here on this day.</source>
        <translation>Ningún profesional trabaja aquí este día.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>No trabaja</translation>
    </message>
    <message>
        <source>%1 at once</source>
        <translation>%1 a la vez</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
</context>
<context>
    <name>fd::SetupService</name>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>zona horaria desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>opening must come before closing</source>
        <translation>la apertura debe ser anterior al cierre</translation>
    </message>
    <message>
        <source>must be between 1 and 240</source>
        <translation>debe estar entre 1 y 240</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>no es una fecha válida</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>debe ser al menos 1</translation>
    </message>
    <message>
        <source>a shift must start before it ends</source>
        <translation>un turno debe empezar antes de terminar</translation>
    </message>
    <message>
        <source>%1 has overlapping shifts on weekday %2</source>
        <translation>%1 tiene turnos superpuestos el día %2 de la semana</translation>
    </message>
    <message>
        <source>must start before it ends</source>
        <translation>debe empezar antes de terminar</translation>
    </message>
    <message>
        <source>must be between 1 and 480</source>
        <translation>debe estar entre 1 y 480</translation>
    </message>
    <message>
        <source>must be between 0 and 120</source>
        <translation>debe estar entre 0 y 120</translation>
    </message>
    <message>
        <source>must be between 1 and 20</source>
        <translation>debe estar entre 1 y 20</translation>
    </message>
    <message>
        <source>must be between 1 and 60 months</source>
        <translation>debe estar entre 1 y 60 meses</translation>
    </message>
</context>
<context>
    <name>fd::SignInDialog</name>
    <message>
        <source>Sign in to Front Desk</source>
        <translation>Iniciar sesión en Front Desk</translation>
    </message>
    <message>
        <source>Sign in with your own account: everything you change is recorded under your name.</source>
        <translation>Inicie sesión con su propia cuenta: todo lo que cambie queda registrado a su nombre.</translation>
    </message>
</context>
<context>
    <name>fd::SignInForm</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>fd::SlotModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
</context>
<context>
    <name>fd::Store</name>
    <message>
        <source>no patient with id %1</source>
        <translation>no hay ningún paciente con id %1</translation>
    </message>
    <message>
        <source>no appointment with id %1</source>
        <translation>no hay ninguna cita con id %1</translation>
    </message>
    <message>
        <source>%1 row %2 points to a missing %3</source>
        <translation>la fila %2 de %1 apunta a un registro de %3 que no existe</translation>
    </message>
    <message>
        <source>not an SQLite connection</source>
        <translation>no es una conexión SQLite</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot write %1: the folder does not exist or cannot be written</source>
        <translation>no se puede escribir %1: la carpeta no existe o no se puede escribir en ella</translation>
    </message>
    <message>
        <source>is the database itself</source>
        <translation>es la propia base de datos</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot back up to %1: %2</source>
        <translation>no se puede hacer la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>the copy does not check clean: %1</source>
        <translation>la copia no pasa las comprobaciones: %1</translation>
    </message>
    <message>
        <source>the disk is full or the file too large</source>
        <translation>el disco está lleno o el archivo es demasiado grande</translation>
    </message>
    <message>
        <source>cannot restore inside a unit of work</source>
        <translation>no se puede restaurar dentro de una unidad de trabajo</translation>
    </message>
    <message>
        <source>%1 was not restored: %2</source>
        <translation>%1 no se restauró: %2</translation>
    </message>
    <message>
        <source>it is not a Front Desk database</source>
        <translation>no es una base de datos de Front Desk</translation>
    </message>
    <message>
        <source>it has schema version %1 and this clinic %2; open it once with &quot;frontdesk-cli init --db FILE&quot; to bring it up to date</source>
        <translation>tiene la versión de esquema %1 y esta clínica la %2; ábrala una vez con «frontdesk-cli init --db ARCHIVO» para actualizarla</translation>
    </message>
    <message>
        <source>it does not check clean: %1</source>
        <translation>no supera la comprobación: %1</translation>
    </message>
    <message>
        <source>the restore from %1 failed: %2</source>
        <translation>falló la restauración desde %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1: the constraint %2 was never checked</source>
        <translation>%1: la restricción %2 nunca se comprobó</translation>
    </message>
    <message>
        <source>a clinic on a PostgreSQL server is restored into a new, empty database: &quot;frontdesk-cli migrate --from BACKUP.db --to postgresql://…&quot;, or with the server&apos;s own pg_restore</source>
        <translation>una clínica en un servidor PostgreSQL se restaura en una base nueva y vacía: &quot;frontdesk-cli migrate --from COPIA.db --to postgresql://…&quot;, o con el propio pg_restore del servidor</translation>
    </message>
    <message>
        <source>years of history are generated into an SQLite file and moved to the server with &quot;frontdesk-cli migrate&quot;</source>
        <translation>los años de historial se generan en un archivo SQLite y se trasladan al servidor con &quot;frontdesk-cli migrate&quot;</translation>
    </message>
</context>
<context>
    <name>fd::Text</name>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>es demasiado largo (como mucho %1 caracteres)</translation>
    </message>
    <message>
        <source>holds bytes that are not text (invalid UTF-8)</source>
        <translation>contiene bytes que no son texto (UTF-8 no válido)</translation>
    </message>
    <message>
        <source>holds control characters or line breaks</source>
        <translation>contiene caracteres de control o saltos de línea</translation>
    </message>
    <message>
        <source>holds text-direction controls</source>
        <translation>contiene controles de dirección del texto</translation>
    </message>
    <message>
        <source>holds only invisible characters</source>
        <translation>solo contiene caracteres invisibles</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
</context>
<context>
    <name>fd::Types</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Self-pay</source>
        <translation>Pago particular</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>Cambiada de hora</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Introducida por error</translation>
    </message>
    <message>
        <source>Left message</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>No localizado</translation>
    </message>
</context>
<context>
    <name>fd::WaitingRoomModel</name>
    <message>
        <source>%1 · %2 min · %3 %4</source>
        <translation>%1 · %2 min · %3 %4</translation>
    </message>
    <message>
        <source>%1 arrived at %2 for %3 with %4.</source>
        <translation>%1 llegó a las %2 para las %3 con %4.</translation>
    </message>
</context>
<context>
    <name>fd::Workbook</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the folder does not exist or cannot be written</source>
        <translation>no se puede escribir %1: la carpeta no existe o no se puede escribir en ella</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Front Desk report</source>
        <translation>Informe de Front Desk</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cancel reason</source>
        <translation>Motivo de cancelación</translation>
    </message>
    <message>
        <source>Late cancel</source>
        <translation>Cancelación tardía</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>N.º de paciente</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full or the file too large</source>
        <translation>no se puede escribir %1: el disco está lleno o el archivo es demasiado grande</translation>
    </message>
</context>
<context>
    <name>fd::cli</name>
    <message>
        <source>Usage: frontdesk-cli COMMAND [OPTIONS]

Front Desk&apos;s scheduling core for scripts and automation.

Commands:
</source>
        <translation>Uso: frontdesk-cli ORDEN [OPCIONES]

El núcleo de agenda de Front Desk para scripts y automatización.

Órdenes:
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run frontdesk-cli --help</source>
        <translation>orden desconocida &quot;%1&quot;; ejecute frontdesk-cli --help</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Mostrar las opciones de esta orden.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: argumento inesperado &quot;%2&quot;</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-03-09</source>
        <translation>&quot;%1&quot; no es una fecha como 2026-03-09</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Base de datos lista: %1</translation>
    </message>
    <message>
        <source>Demo clinic created in %1: %2 locations, %3 clinicians, %4 patients, %5 appointments</source>
        <translation>Clínica de demostración creada en %1: %2 sedes, %3 profesionales, %4 pacientes, %5 citas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of new, follow-up, self-pay</source>
        <translation>&quot;%1&quot; no es uno de new, follow-up, self-pay</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of mon, tue, wed, thu, fri</source>
        <translation>&quot;%1&quot; no es uno de mon, tue, wed, thu, fri</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of am, pm, any</source>
        <translation>&quot;%1&quot; no es uno de am, pm, any</translation>
    </message>
    <message>
        <source>must be a number from 1 to 1000</source>
        <translation>debe ser un número de 1 a 1000</translation>
    </message>
    <message>
        <source>No free slots match.</source>
        <translation>No hay huecos libres que coincidan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appointment id</source>
        <translation>&quot;%1&quot; no es un id de cita</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of confirmed, arrived, completed, no-show (use cancel to cancel)</source>
        <translation>&quot;%1&quot; no es uno de confirmed, arrived, completed, no-show (use cancel para cancelar)</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>No hay citas.</translation>
    </message>
    <message>
        <source>Create or migrate the database; --demo loads the demo clinic.</source>
        <translation>Crear o migrar la base de datos; --demo carga la clínica de demostración.</translation>
    </message>
    <message>
        <source>Load the demo clinic into an empty database.</source>
        <translation>Cargar la clínica de demostración en una base de datos vacía.</translation>
    </message>
    <message>
        <source>List the locations.</source>
        <translation>Listar las sedes.</translation>
    </message>
    <message>
        <source>List the clinicians and their weeks.</source>
        <translation>Listar los profesionales y sus semanas.</translation>
    </message>
    <message>
        <source>List the services.</source>
        <translation>Listar los servicios.</translation>
    </message>
    <message>
        <source>Find the earliest free slots.</source>
        <translation>Buscar los primeros huecos libres.</translation>
    </message>
    <message>
        <source>new, follow-up or self-pay.</source>
        <translation>new, follow-up o self-pay.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>Location id or name.</source>
        <translation>Id o nombre de la sede.</translation>
    </message>
    <message>
        <source>L</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Clinician id or name.</source>
        <translation>Id o nombre del profesional.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Service id or name.</source>
        <translation>Id o nombre del servicio.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>SV</translation>
    </message>
    <message>
        <source>Weekdays, e.g. mon,wed,fri.</source>
        <translation>Días laborables, p. ej. mon,wed,fri.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>am, pm or any.</source>
        <translation>am, pm o any.</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>FRANJA</translation>
    </message>
    <message>
        <source>First day to search (YYYY-MM-DD); default today.</source>
        <translation>Primer día de búsqueda (AAAA-MM-DD); por omisión hoy.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>How many slots.</source>
        <translation>Cuántos huecos.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Book an appointment.</source>
        <translation>Reservar una cita.</translation>
    </message>
    <message>
        <source>The patient&apos;s name.</source>
        <translation>El nombre del paciente.</translation>
    </message>
    <message>
        <source>The patient&apos;s phone number.</source>
        <translation>El teléfono del paciente.</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELÉFONO</translation>
    </message>
    <message>
        <source>The patient&apos;s email address.</source>
        <translation>El correo del paciente.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>Start, local wall time: YYYY-MM-DDTHH:MM.</source>
        <translation>Inicio, hora local: AAAA-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>START</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>Reason for the visit.</source>
        <translation>Motivo de la visita.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>M</translation>
    </message>
    <message>
        <source>New patients: insurance carrier.</source>
        <translation>Pacientes nuevos: aseguradora.</translation>
    </message>
    <message>
        <source>CARRIER</source>
        <translation>ASEGURADORA</translation>
    </message>
    <message>
        <source>New patients: insurance member id.</source>
        <translation>Pacientes nuevos: número de afiliado.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cancel an appointment.</source>
        <translation>Cancelar una cita.</translation>
    </message>
    <message>
        <source>Appointment id.</source>
        <translation>Id de la cita.</translation>
    </message>
    <message>
        <source>Why it is cancelled.</source>
        <translation>Por qué se cancela.</translation>
    </message>
    <message>
        <source>Move an appointment to its next status.</source>
        <translation>Pasar una cita a su siguiente estado.</translation>
    </message>
    <message>
        <source>confirmed, arrived, completed or no-show.</source>
        <translation>confirmed, arrived, completed o no-show.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD).</source>
        <translation>El día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>Generated %1 appointments for %2 patients in %3 s: %4</source>
        <translation>Se generaron %1 citas para %2 pacientes en %3 s: %4</translation>
    </message>
    <message>
        <source>Fill an empty database with years of generated history, for benchmarks.</source>
        <translation>Llenar una base de datos vacía con años de historial generado, para pruebas de rendimiento.</translation>
    </message>
    <message>
        <source>How many locations.</source>
        <translation>Cuántas sedes.</translation>
    </message>
    <message>
        <source>How many clinicians.</source>
        <translation>Cuántos profesionales.</translation>
    </message>
    <message>
        <source>Years of history.</source>
        <translation>Años de historial.</translation>
    </message>
    <message>
        <source>How many patients (0: 15,000 per year).</source>
        <translation>Cuántos pacientes (0: 15.000 por año).</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>setup changed</source>
        <translation>configuración cambiada</translation>
    </message>
    <message>
        <source>Move an appointment to another time, clinician or location.</source>
        <translation>Mover una cita a otra hora, profesional o sede.</translation>
    </message>
    <message>
        <source>New start, local wall time: YYYY-MM-DDTHH:MM.</source>
        <translation>Nuevo inicio, hora local: AAAA-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Clinician id or name (default: the same).</source>
        <translation>Id o nombre del profesional (por omisión: el mismo).</translation>
    </message>
    <message>
        <source>Location id or name (default: the same).</source>
        <translation>Id o nombre de la sede (por omisión: la misma).</translation>
    </message>
    <message>
        <source>Reverse an appointment&apos;s last change, entered in error.</source>
        <translation>Deshacer el último cambio de una cita, introducido por error.</translation>
    </message>
    <message>
        <source>Why the change was an error.</source>
        <translation>Por qué el cambio fue un error.</translation>
    </message>
    <message>
        <source>Print one line per change, from any desk, until interrupted.</source>
        <translation>Imprimir una línea por cambio, de cualquier mostrador, hasta que se interrumpa.</translation>
    </message>
    <message>
        <source>appointments changed: %1</source>
        <translation>citas cambiadas: %1</translation>
    </message>
    <message>
        <source>watching %1</source>
        <translation>vigilando %1</translation>
    </message>
    <message>
        <source>MARK</source>
        <translation>MARCA</translation>
    </message>
    <message>
        <source>must be a mark from an earlier command, 0 or more</source>
        <translation>debe ser una marca de una orden anterior, 0 o más</translation>
    </message>
    <message>
        <source>corrected %1</source>
        <translation>corregido %1</translation>
    </message>
    <message>
        <source>The book as this desk saw it (a mark from &quot;mark&quot;).</source>
        <translation>La agenda tal como la vio este mostrador (una marca de «mark»).</translation>
    </message>
    <message>
        <source>Print where the book stands now, for book or reschedule --seen.</source>
        <translation>Mostrar en qué punto está la agenda, para book o reschedule --seen.</translation>
    </message>
    <message>
        <source>Show an appointment&apos;s status steps, corrected ones included.</source>
        <translation>Mostrar los pasos de estado de una cita, incluidos los corregidos.</translation>
    </message>
    <message>
        <source>no command given; run frontdesk-cli --help</source>
        <translation>no se ha dado ninguna orden; ejecute frontdesk-cli --help</translation>
    </message>
    <message>
        <source>%1: --%2 is given more than once</source>
        <translation>%1: --%2 aparece más de una vez</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>Register a new patient even though a similar name is already registered at the same phone number.</source>
        <translation>Registrar un paciente nuevo aunque ya haya un nombre parecido registrado con el mismo teléfono.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not letter or a4</source>
        <translation>«%1» no es letter ni a4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not portrait or landscape</source>
        <translation>«%1» no es portrait ni landscape</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not pdf or text</source>
        <translation>«%1» no es pdf ni text</translation>
    </message>
    <message>
        <source>needs --format pdf</source>
        <translation>requiere --format pdf</translation>
    </message>
    <message>
        <source>List a day&apos;s appointments, or print them as a day sheet (PDF).</source>
        <translation>Lista las citas de un día, o las imprime como hoja del día (PDF).</translation>
    </message>
    <message>
        <source>text (the default) or pdf, a printable day sheet.</source>
        <translation>text (por defecto) o pdf, una hoja del día para imprimir.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The PDF file to write (with --format pdf).</source>
        <translation>El archivo PDF que se escribe (con --format pdf).</translation>
    </message>
    <message>
        <source>letter (the default) or a4.</source>
        <translation>letter (por defecto) o a4.</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPEL</translation>
    </message>
    <message>
        <source>portrait or landscape (default: landscape when phone numbers are printed).</source>
        <translation>portrait o landscape (por defecto: landscape cuando se imprimen los teléfonos).</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Leave patients&apos; phone numbers off the sheet.</source>
        <translation>No imprime los teléfonos de los pacientes.</translation>
    </message>
    <message>
        <source>printing needs the program&apos;s fonts, which did not start</source>
        <translation>para imprimir hacen falta las fuentes del programa, que no se han podido cargar</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3).</source>
        <translation>Escrito %1 (%2, %3).</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <source>%1 appointments</source>
        <translation>%1 citas</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>is before --from</source>
        <translation>es anterior a --from</translation>
    </message>
    <message>
        <source>the period is longer than five years</source>
        <translation>el periodo dura más de cinco años</translation>
    </message>
    <message>
        <source>Print a period&apos;s figures beside the period before: volumes, new patients, self-pay, utilization, no-shows, late cancellations, busiest hours.</source>
        <translation>Muestra las cifras de un periodo junto a las del periodo anterior: volumen, pacientes nuevos, pago particular, ocupación, ausencias, cancelaciones tardías, horas de más actividad.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Último día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>is for CSV files only</source>
        <translation>solo vale para archivos CSV</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows).</source>
        <translation>Se escribió %1 (%2 filas).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <source>Start the CSV with the byte-order mark Excel wants.</source>
        <translation>Empieza el CSV con la marca de orden de bytes que pide Excel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not csv, xlsx, pdf or ics</source>
        <translation>«%1» no es csv, xlsx, pdf ni ics</translation>
    </message>
    <message>
        <source>is for PDF files only</source>
        <translation>solo es para archivos PDF</translation>
    </message>
    <message>
        <source>Wrote %1 (1 page).</source>
        <translation>Se escribió %1 (1 página).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Se escribió %1 (%2 páginas).</translation>
    </message>
    <message>
        <source>Write a period&apos;s appointments as CSV, an Excel workbook with the period&apos;s figures, or iCalendar for calendar programs; or the period&apos;s report as PDF.</source>
        <translation>Escribe las citas de un período como CSV, un libro de Excel con las cifras del período o iCalendar para programas de calendario; o el informe del período como PDF.</translation>
    </message>
    <message>
        <source>csv, xlsx, pdf or ics.</source>
        <translation>csv, xlsx, pdf o ics.</translation>
    </message>
    <message>
        <source>letter (the default) or a4, for PDF.</source>
        <translation>letter (por omisión) o a4, para PDF.</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The busiest hours are in `report --json` (busiest_hours) and the reports window.</source>
        <translation>Las horas de más actividad están en `report --json` (busiest_hours) y en la ventana de informes.</translation>
    </message>
    <message>
        <source>is for the appointment lists: a report names no patient</source>
        <translation>es para las listas de citas: un informe no nombra a ningún paciente</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 events).</source>
        <translation>Se escribió %1 (%2 eventos).</translation>
    </message>
    <message>
        <source>Name patients by their record&apos;s number, without phone or reasons (CSV, xlsx, ics).</source>
        <translation>Nombra a los pacientes por el número de su ficha, sin teléfono ni motivos (CSV, xlsx, ics).</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad hecha en %1.</translation>
    </message>
    <message>
        <source>The database checks clean.</source>
        <translation>La base de datos pasa las comprobaciones.</translation>
    </message>
    <message>
        <source>1 problem found</source>
        <translation>1 problema encontrado</translation>
    </message>
    <message>
        <source>%1 problems found</source>
        <translation>%1 problemas encontrados</translation>
    </message>
    <message>
        <source>Copy the clinic to a file while desks go on working (owner-only, checked).</source>
        <translation>Copia la clínica a un archivo mientras los puestos siguen trabajando (solo para el propietario, comprobada).</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>El archivo de copia de seguridad que se escribe.</translation>
    </message>
    <message>
        <source>Run the database&apos;s integrity and foreign-key checks.</source>
        <translation>Ejecuta las comprobaciones de integridad y de claves foráneas de la base de datos.</translation>
    </message>
    <message>
        <source>Patient types, comma-separated: new, follow-up, self-pay.</source>
        <translation>Tipos de paciente, separados por comas: new, follow-up, self-pay.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nueva contraseña para %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>La misma contraseña otra vez: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>there is no account called &quot;%1&quot;</source>
        <translation>no hay ninguna cuenta llamada «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not receptionist, clinician or manager</source>
        <translation>«%1» no es receptionist, clinician ni manager</translation>
    </message>
    <message>
        <source>  (retired)</source>
        <translation>  (de baja)</translation>
    </message>
    <message>
        <source>give --retire or --restore</source>
        <translation>indique --retire o --restore</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record number</source>
        <translation>«%1» no es un número de registro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not csv</source>
        <translation>«%1» no es csv</translation>
    </message>
    <message>
        <source>Wrote %1 audit records to %2.</source>
        <translation>Se escribieron %1 registros de auditoría en %2.</translation>
    </message>
    <message>
        <source>is not a number of minutes</source>
        <translation>no es un número de minutos</translation>
    </message>
    <message>
        <source>%1: say what to do: %2</source>
        <translation>%1: indique qué hacer: %2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>Manage accounts: user add|list|edit|password (a manager&apos;s; the first manager of a clinic without accounts).</source>
        <translation>Gestionar cuentas: user add|list|edit|password (de un gerente; el primer gerente de una clínica sin cuentas).</translation>
    </message>
    <message>
        <source>The account&apos;s user name.</source>
        <translation>El nombre de usuario de la cuenta.</translation>
    </message>
    <message>
        <source>receptionist, clinician or manager.</source>
        <translation>receptionist, clinician o manager.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>The name the window shows.</source>
        <translation>El nombre que muestra la ventana.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>A clinician&apos;s account: their clinician record (id or exact name).</source>
        <translation>La cuenta de un profesional: su ficha de profesional (id o nombre exacto).</translation>
    </message>
    <message>
        <source>edit: the account can no longer sign in.</source>
        <translation>edit: la cuenta ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>edit: the retired account can sign in again.</source>
        <translation>edit: la cuenta dada de baja puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>The audit trail, newest first (a manager&apos;s): who changed what, before and after.</source>
        <translation>El registro de auditoría, lo más reciente primero (de un gerente): quién cambió qué, antes y después.</translation>
    </message>
    <message>
        <source>From this day (clinic time).</source>
        <translation>Desde este día (hora de la clínica).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>To this day, inclusive.</source>
        <translation>Hasta este día, incluido.</translation>
    </message>
    <message>
        <source>Only this user&apos;s records.</source>
        <translation>Solo los registros de este usuario.</translation>
    </message>
    <message>
        <source>Only this patient&apos;s records and appointments.</source>
        <translation>Solo los registros de este paciente y de sus citas.</translation>
    </message>
    <message>
        <source>Only this appointment&apos;s records.</source>
        <translation>Solo los registros de esta cita.</translation>
    </message>
    <message>
        <source>csv, written to --out.</source>
        <translation>csv, escrito en --out.</translation>
    </message>
    <message>
        <source>Replace the clinic with a backup, once the backup checks clean (a manager&apos;s).</source>
        <translation>Sustituir la clínica por una copia de seguridad, tras comprobar la copia (de un gerente).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>El archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>Show the clinic&apos;s settings; --idle-lock sets the minutes before an idle window locks (a manager&apos;s).</source>
        <translation>Mostrar los ajustes de la clínica; --idle-lock fija los minutos antes de que se bloquee una ventana inactiva (de un gerente).</translation>
    </message>
    <message>
        <source>Minutes, 1 to 240.</source>
        <translation>Minutos, de 1 a 240.</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTOS</translation>
    </message>
    <message>
        <source>A manager&apos;s booking past the clinician&apos;s capacity, and why (audited).</source>
        <translation>La reserva de un gerente por encima de la capacidad del profesional, y el motivo (queda auditada).</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>only a clinician&apos;s account names a clinician</source>
        <translation>solo la cuenta de un profesional indica un profesional</translation>
    </message>
    <message>
        <source>set %1, or run frontdesk-cli from a terminal</source>
        <translation>defina %1 o ejecute frontdesk-cli desde un terminal</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the clinic as it was is kept in %3.</source>
        <translation>%1 restaurada desde %2; la clínica tal como estaba se guarda en %3.</translation>
    </message>
    <message>
        <source>Idle lock: %1 min. Booking horizon: %2 months.</source>
        <translation>Bloqueo por inactividad: %1 min. Horizonte de reservas: %2 meses.</translation>
    </message>
    <message>
        <source>Sign in as this account (password from FRONTDESK_PASSWORD or the terminal); on a clinic without accounts, the name the audit log records.</source>
        <translation>Iniciar sesión con esta cuenta (contraseña de FRONTDESK_PASSWORD o del terminal); en una clínica sin cuentas, el nombre que registra la auditoría.</translation>
    </message>
    <message>
        <source>
Every command takes --db FILE, --json and --user NAME, before or after its name.
The database is %1 unless --db (or FRONTDESK_DB) names another file or a
postgresql://user@host[:port]/database address; the server&apos;s password comes
from PGPASSFILE, FRONTDESK_DB_PASSWORD or the terminal.
A clinic with accounts needs --user (or FRONTDESK_USER) and that account&apos;s
password, from FRONTDESK_PASSWORD or typed at the terminal.
Run frontdesk-cli COMMAND --help for a command&apos;s options.
Exit codes: 0 success, 1 failure, 2 usage error, 3 refused (a scheduling rule, or
what the user&apos;s role may do).
</source>
        <translation>
Todas las órdenes aceptan --db ARCHIVO, --json y --user NOMBRE, antes o después de su nombre.
La base de datos es %1 salvo que --db (o FRONTDESK_DB) indique otro archivo o una
dirección postgresql://usuario@servidor[:puerto]/base; la contraseña del servidor
viene de PGPASSFILE, FRONTDESK_DB_PASSWORD o se escribe en el terminal.
Una clínica con cuentas necesita --user (o FRONTDESK_USER) y la contraseña de esa
cuenta, de FRONTDESK_PASSWORD o escrita en el terminal.
Ejecute frontdesk-cli ORDEN --help para ver las opciones de una orden.
Códigos de salida: 0 éxito, 1 fallo, 2 error de uso, 3 rechazado (por una regla de
agenda, o por lo que el rol del usuario puede hacer).
</translation>
    </message>
    <message>
        <source>The database file or postgresql:// address (default: FRONTDESK_DB, or %1).</source>
        <translation>El archivo de base de datos o la dirección postgresql:// (por omisión: FRONTDESK_DB, o %1).</translation>
    </message>
    <message>
        <source>Copied to %1; every table&apos;s count and checksum match.</source>
        <translation>Copiada en %1; el recuento y la suma de comprobación de cada tabla coinciden.</translation>
    </message>
    <message>
        <source>Copy the whole clinic, audit trail included, into a new SQLite file or an empty PostgreSQL database, checking each table&apos;s count and checksum (a manager&apos;s).</source>
        <translation>Copia la clínica entera, con el registro de auditoría, a un archivo SQLite nuevo o a una base PostgreSQL vacía, comprobando el recuento y la suma de cada tabla (de un gerente).</translation>
    </message>
    <message>
        <source>The clinic to copy (instead of --db).</source>
        <translation>La clínica que se copia (en lugar de --db).</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>BD</translation>
    </message>
    <message>
        <source>A new file, or postgresql://user@host[:port]/database.</source>
        <translation>Un archivo nuevo, o postgresql://usuario@servidor[:puerto]/base.</translation>
    </message>
</context>
<context>
    <name>fd::rules</name>
    <message>
        <source>is not a valid date</source>
        <translation>no es una fecha válida</translation>
    </message>
    <message>
        <source>has no length</source>
        <translation>no tiene duración</translation>
    </message>
    <message>
        <source>%1 %2 is a weekend day; appointments are Monday to Friday</source>
        <translation>%1 %2 es fin de semana; las citas son de lunes a viernes</translation>
    </message>
    <message>
        <source>%1 is closed on %2</source>
        <translation>%1 está cerrada el %2</translation>
    </message>
    <message>
        <source>%1 is before %2 opens at %3</source>
        <translation>%1 es antes de que %2 abra a las %3</translation>
    </message>
    <message>
        <source>a visit starting at %1 would end at %2, after %3 closes at %4</source>
        <translation>una visita que empieza a las %1 terminaría a las %2, después de que %3 cierre a las %4</translation>
    </message>
    <message>
        <source>%1 is not on the %2-minute slot grid</source>
        <translation>%1 no está en la cuadrícula de %2 minutos</translation>
    </message>
    <message>
        <source>%1 does not offer this service</source>
        <translation>%1 no ofrece este servicio</translation>
    </message>
    <message>
        <source>%1 does not work at %2 on %3 from %4 to %5</source>
        <translation>%1 no trabaja en %2 el %3 de %4 a %5</translation>
    </message>
    <message>
        <source>%1 is off at that time</source>
        <translation>%1 está ausente a esa hora</translation>
    </message>
    <message>
        <source>%1 is in the past</source>
        <translation>%1 ya ha pasado</translation>
    </message>
    <message>
        <source>the patient already has an appointment at that time</source>
        <translation>el paciente ya tiene una cita a esa hora</translation>
    </message>
    <message>
        <source>cannot move an appointment from %1 to %2</source>
        <translation>no se puede pasar una cita de %1 a %2</translation>
    </message>
    <message>
        <source>that slot is already full: %1 has no room at that time</source>
        <translation>ese hueco ya está lleno: %1 no tiene sitio a esa hora</translation>
    </message>
    <message>
        <source>%1 is past the booking horizon: appointments are taken up to %2 months ahead, until %3</source>
        <translation>%1 está más allá del horizonte de reservas: las citas se dan hasta %2 meses vista, hasta el %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Front Desk scheduler</source>
        <translation>Agenda de Front Desk</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Create the demo clinic if the database is empty.</source>
        <translation>Crear la clínica de demostración si la base de datos está vacía.</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>Front Desk</translation>
    </message>
    <message>
        <source>There is no clinic database at %1 yet. Create a new one there?</source>
        <translation>Aún no hay ninguna base de datos de clínica en %1. ¿Crear una nueva allí?</translation>
    </message>
    <message>
        <source>The database file or postgresql:// address (default: FRONTDESK_DB, the last one opened, or %1).</source>
        <translation>El archivo de base de datos o la dirección postgresql:// (por omisión: FRONTDESK_DB, la última abierta, o %1).</translation>
    </message>
</context>
</TS>
