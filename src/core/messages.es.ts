import type en from './messages.en.js';

const es: Record<keyof typeof en, string> = {
  'status.loading': 'Cargando…',
  'status.retry': 'Intentar de nuevo',
  'error.title': 'Algo salió mal',
  'error.config.title': 'Este widget no está configurado correctamente',
  'error.config': 'Revise el ajuste “{field}”.',
  'error.details': 'Detalles',
  'error.offline': 'Parece que no tiene conexión. Revise su conexión e inténtelo de nuevo.',
  'error.timeout': 'El servidor tardó demasiado en responder. Inténtelo de nuevo.',
  'error.http': 'El servidor tuvo un problema (error {status}). Inténtelo de nuevo en un rato.',
  'error.rate-limited': 'Hay demasiadas solicitudes en este momento. Espere un momento e inténtelo de nuevo.',
  'error.validation': 'Hay respuestas que corregir.',
  'error.invalid-response': 'Recibimos datos en un formato que no pudimos leer, así que no se pueden mostrar.',
  'error.unsupported': 'El servidor al que está conectado este widget no puede hacer esto ({feature}).',
  'error.aborted': 'La solicitud fue cancelada.',
  'error.no-backend':
    'Este widget necesita un servidor de datos. Agregue un atributo backend-url o un bloque de configuración en la página.',
};
export default es;
