/** The Spanish of content-source.ts's views (contentStringsEn), for the widgets' Spanish catalogs. */
import type { ContentKey } from './content-strings.en.js';

export const contentStringsEs: Record<ContentKey, string> = {
  'content.invalid.title': 'Este contenido no se puede mostrar',
  'content.invalid.src': 'El archivo indicado en “src” tiene un problema en el campo “{field}”.',
  'content.invalid.page': 'El HTML escrito dentro de este widget tiene un problema en el campo “{field}”.',
  'content.invalid.backend': 'El contenido que envió el servidor tiene un problema en el campo “{field}”.',
  'content.unreadable.src': 'El archivo indicado en “src” no es un archivo de contenido en formato JSON.',
  'content.unreadable.page': 'No se pudo leer el HTML escrito dentro de este widget.',
  'content.unreadable.backend': 'El servidor no envió el contenido en formato JSON.',
};
