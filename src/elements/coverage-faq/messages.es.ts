import { contentStringsEs } from '../../core/content-strings.es.js';
import type en from './messages.en.js';

const es: Record<keyof typeof en, string> = {
  ...contentStringsEs,
  'search.label': 'Buscar en las preguntas',
  'category.label': 'Tema',
  'category.all': 'Todos los temas',
  'category.cost': 'Costo y financiamiento',
  'category.coverage': 'Qué cubre',
  'category.doctors': 'Médicos y hospitales',
  'category.current-coverage': 'Su cobertura actual',
  'category.workers': 'Empleos y trabajadores',
  'category.eligibility': 'Quién tiene cobertura',
  'category.how-it-works': 'Cómo funciona',
  'expand-all': 'Abrir todas',
  'collapse-all': 'Cerrar todas',
  'results.one': '{count} pregunta coincide',
  'results.other': '{count} preguntas coinciden',
  'no-results': 'Ninguna pregunta coincide con “{query}”.',
  'no-results.category': 'Ninguna pregunta de “{category}” coincide con “{query}”.',
  'clear-search': 'Borrar la búsqueda',
  'copy-link': 'Copiar enlace',
  'copy-link.about': 'a “{question}”',
  copied: 'Enlace copiado',
  'copy-fallback': 'Copie este enlace',
  sources: 'Fuentes',
  'review.date': 'Respuestas revisadas por última vez el {date}, con estos textos:',
  empty: 'Todavía no hay preguntas aquí.',
};
export default es;
