import { contentStringsEs } from '../../core/content-strings.es.js';
import type en from './messages.en.js';

const es: Record<keyof typeof en, string> = {
  ...contentStringsEs,
  'learn-more': 'Más información',
  'learn-more.about': 'sobre “{title}”',
  empty: 'Todavía no hay nada que mostrar aquí.',
};
export default es;
