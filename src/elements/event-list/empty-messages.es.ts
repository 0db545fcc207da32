import type en from './empty-messages.en.js';

const es: Record<keyof typeof en, string> = {
  'empty.title': 'No hay próximos eventos que coincidan con su búsqueda.',
  'empty.none': 'Por ahora no hay próximos eventos. Vuelva a consultar pronto.',
  'empty.searched': 'Usted buscó: {criteria}.',
  'criteria.near': 'a menos de {radius} millas de {zip}',
  'criteria.online': 'eventos en línea',
  'criteria.in-person': 'eventos presenciales',
  'criteria.from': 'desde el {date}',
  'criteria.to': 'hasta el {date}',
  'empty.wider': 'Buscar a menos de {count} millas',
  'empty.online': 'Ver eventos en línea',
};
export default es;
