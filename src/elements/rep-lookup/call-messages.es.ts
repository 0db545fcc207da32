import type en from './call-messages.en.js';

/** Textos del panel de llamada, en español. */
export default {
  'call.heading': 'Llamar a {name}, {title}',
  'call.name.label': 'Su nombre (opcional)',
  'call.name.hint': 'Solo se usa para completar el guion de abajo. No se envía a ninguna parte.',
  'call.script': 'Qué decir',
  'call.dial': 'Llamar al {phone}',
  'call.no-phone': 'Esta oficina no tiene un teléfono publicado. Use su formulario de contacto.',
  'call.outcome': '¿Cómo le fue?',
  'call.saving': 'Guardando…',
  'call.thanks': '¡Gracias! Contamos su llamada a {name}.',
  'call.thanks.uncounted': '¡Gracias por llamar a {name}!',
  'call.thanks.queued':
    '¡Gracias! Su llamada a {name} está guardada en este dispositivo y se contará cuando vuelva a tener conexión.',
  'call.skipped': 'Omitió a {name}.',
  'call.next': 'Siguiente: llamar a {name}',
  'call.done': 'Ya llamó a todas las personas de su lista. ¡Gracias por hacer oír su voz!',
  'call.close': 'Cerrar',
  'call.feature': 'registrar llamadas',
  'script.thank':
    'Hola, me llamo {visitorName} y vivo en {place}. Llamo por Medicare para Todos. Quiero agradecerle a {legislatorName}, {legislatorTitle}, por apoyar {bill}. Le pido que siga impulsando su aprobación y que sume a más colegas. ¡Muchas gracias!',
  'script.cosponsor':
    'Hola, me llamo {visitorName} y vivo en {place}. Llamo por Medicare para Todos. Le pido a {legislatorName}, {legislatorTitle}, que copatrocine {bill}. Tener atención médica garantizada para todas las personas, sin primas, deducibles ni copagos, haría una gran diferencia aquí. ¿Va a copatrocinarlo? Muchas gracias.',
  'script.support':
    'Hola, me llamo {visitorName} y vivo en {place}. Llamo por Medicare para Todos. Le pido a {legislatorName}, {legislatorTitle}, que apoye {bill}: atención médica garantizada para todas las personas, sin primas, deducibles ni copagos. Muchas gracias.',
  'script.reintroduce':
    'Hola, me llamo {visitorName} y vivo en {place}. Llamo por Medicare para Todos. La Ley de Medicare para Todos aún no se ha vuelto a presentar en este Congreso. Le pido a {legislatorName}, {legislatorTitle}, que la copatrocine en cuanto se vuelva a presentar. Tener atención médica garantizada para todas las personas, sin primas, deducibles ni copagos, haría una gran diferencia aquí. Muchas gracias.',
} satisfies Record<keyof typeof en, string>;
