import type en from './rsvp-messages.en.js';

const es: Record<keyof typeof en, string> = {
  'feature.rsvp': 'confirmar asistencia aquí',

  'rsvp.form.label': 'Confirmar asistencia a {title}',
  'rsvp.firstName': 'Nombre',
  'rsvp.lastName': 'Apellido (opcional)',
  'rsvp.email': 'Correo electrónico',
  'rsvp.zip': 'Código postal',
  'rsvp.phone': 'Teléfono (opcional)',
  'rsvp.submit': 'Enviar confirmación',
  'rsvp.sending': 'Enviando…',
  'rsvp.errors.title': 'Hay un problema',
  'rsvp.error.prefix': 'Error:',
  'rsvp.error.firstName': 'Escriba su nombre',
  'rsvp.error.lastName': 'Escriba un apellido de 100 caracteres o menos',
  'rsvp.error.email': 'Escriba un correo electrónico, como nombre@ejemplo.org',
  'rsvp.error.zip': 'Escriba un código postal de 5 dígitos, como 53703',
  'rsvp.error.phone': 'Escriba un teléfono de 10 dígitos, como 608-555-0123',
  'rsvp.sent': '¡Gracias! Su asistencia quedó confirmada.',
  'rsvp.queued':
    'Parece que no tiene conexión. Guardamos su confirmación en este dispositivo y se enviará automáticamente cuando vuelva a tener conexión.',
  'rsvp.queued.memory':
    'Parece que no tiene conexión. Mantenga esta página abierta: su confirmación se enviará en cuanto vuelva la conexión.',
};
export default es;
