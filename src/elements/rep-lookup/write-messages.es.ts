import type en from './write-messages.en.js';

/** Textos del panel para escribir, en español. */
export default {
  'write.heading': 'Escribir a {name}, {title}',
  'write.intro':
    'Complete sus datos, agregue una frase propia, revise la carta y luego envíela de la forma que le resulte más cómoda.',
  'write.errors.title': 'Hay un problema',
  'write.name.label': 'Su nombre',
  'write.name.hint': 'Firma la carta. Nunca lo enviamos a ningún lado.',
  'write.name.missing': 'Escriba su nombre: firma la carta',
  'write.address.label': 'Su dirección postal (opcional)',
  'write.address.hint':
    'Las oficinas responden a las personas que representan: su dirección muestra que usted es una de ellas.',
  'write.personal.label': 'Por qué esto le importa',
  'write.personal.label.optional': 'Por qué esto le importa (opcional)',
  'write.personal.hint':
    'Una o dos frases con sus propias palabras. Las oficinas prestan más atención a las cartas que no son todas iguales.',
  'write.personal.missing': 'Escriba una frase sobre por qué esto le importa',
  'write.counter': 'Quedan {left} de {max} caracteres',
  'write.counter.over': 'Sobran {over} caracteres: acórtelo a {max}',
  'write.preview': 'Su carta',
  'write.subject': 'Asunto: {subject}',
  'write.send': 'Enviarla',
  'write.channel.email': 'Enviar un correo a la oficina',
  'write.channel.email.long': 'Copiar la carta y enviar un correo a la oficina',
  'write.channel.form': 'Copiar la carta y abrir el formulario de contacto',
  'write.channel.website': 'Copiar la carta y abrir el sitio web oficial',
  'write.channel.print': 'Imprimir la carta',
  'write.channel.pdf': 'Descargar un PDF',
  'write.channel.handoff': 'Escribir en la página de la campaña',
  'write.no-form': 'Esta oficina no publica un formulario de contacto; el botón abre su sitio web oficial.',
  'write.no-address':
    'Los datos no incluyen la dirección postal de esta oficina: escríbala en la carta antes de enviarla por correo.',
  'write.note.email': 'Su programa de correo se abre con la carta en un mensaje nuevo. Revísela y pulse Enviar.',
  'write.note.email.long':
    'La carta es demasiado larga para un enlace de correo, así que la copiamos: en el mensaje nuevo, péguela en el cuerpo (Ctrl+V, o ⌘V en una Mac) y pulse Enviar.',
  'write.note.form':
    'Copiamos la carta y abrimos el formulario de contacto de la oficina en una pestaña nueva: pegue la carta en el campo del mensaje y el asunto, «{subject}», en el campo del asunto si lo tiene.',
  'write.note.website':
    'Copiamos la carta y abrimos el sitio web oficial de la oficina en una pestaña nueva: busque su página de contacto y pegue allí la carta.',
  'write.note.copy-failed':
    'Su navegador no nos dejó copiar la carta: selecciónela en la vista previa de arriba y cópiela usted.',
  'write.note.print':
    'El diálogo de impresión muestra solo la carta. Fírmela, agregue la dirección si falta y envíela por correo.',
  'write.note.pdf': 'El PDF se descargó: imprímalo, fírmelo y envíelo por correo.',
  'write.note.handoff': 'La página de la campaña se abrió en una pestaña nueva: envíe allí su carta.',
  'write.outcome': '¿La envió?',
  'write.sent': 'La envié',
  'write.not-now': 'Ahora no',
  'write.saving': 'Guardando…',
  'write.thanks': '¡Gracias! Contamos su carta a {name}.',
  'write.thanks.uncounted': '¡Gracias por escribir a {name}!',
  'write.thanks.queued':
    '¡Gracias! Su carta a {name} está guardada en este dispositivo y se contará cuando vuelva a tener conexión.',
  'write.later': 'No hay problema: puede volver a escribir a {name} cuando quiera.',
  'write.close': 'Cerrar',
  'write.feature': 'registrar cartas',
  'letter.closing': 'Atentamente,',
  'letter.re': 'Asunto: {subject}',
  'letter.office': 'Oficina de {name}, {title}',
} satisfies Record<keyof typeof en, string>;
