/**
 * Las cartas predeterminadas en español, una por tipo de mensaje (shared/schemas/letters.ts), con los mismos campos
 * de combinación que los guiones de llamada. La frase propia del visitante y su firma siguen al cuerpo.
 */
import type { LetterTemplate, MessageKind } from '../schemas/letters.js';

export const lettersEs: Record<MessageKind, LetterTemplate> = {
  thank: {
    subject: 'Gracias por apoyar Medicare para Todos ({bill})',
    body: `Estimado(a) {legislatorTitle} {legislatorName}:

Vivo en {place} y le escribo para agradecerle su apoyo a {bill}, la Ley de Medicare para Todos. Tener atención médica garantizada para todas las personas, sin primas, deducibles ni copagos, haría una gran diferencia aquí.

Le pido que siga impulsando su aprobación y que sume a más colegas.`,
  },
  cosponsor: {
    subject: 'Le pido que copatrocine Medicare para Todos ({bill})',
    body: `Estimado(a) {legislatorTitle} {legislatorName}:

Vivo en {place} y le escribo para pedirle que copatrocine {bill}, la Ley de Medicare para Todos. Tener atención médica garantizada para todas las personas, sin primas, deducibles ni copagos, haría una gran diferencia aquí.

¿Va a sumarse como copatrocinador(a)?`,
  },
  support: {
    subject: 'Le pido que apoye Medicare para Todos',
    body: `Estimado(a) {legislatorTitle} {legislatorName}:

Vivo en {place} y le escribo para pedirle que apoye Medicare para Todos ({bill}): atención médica garantizada para todas las personas, sin primas, deducibles ni copagos.

Le pido que me diga cuál es su postura y que apoye a las personas que representa.`,
  },
  reintroduce: {
    subject: 'Le pido que copatrocine Medicare para Todos cuando se vuelva a presentar',
    body: `Estimado(a) {legislatorTitle} {legislatorName}:

Vivo en {place}. La Ley de Medicare para Todos aún no se ha vuelto a presentar en este Congreso. Le escribo para pedirle que la copatrocine en cuanto se presente. Tener atención médica garantizada para todas las personas, sin primas, deducibles ni copagos, haría una gran diferencia aquí.`,
  },
};
