/** Contenido predeterminado del explicador, en español. Mismos ids, íconos y enlaces que la versión en inglés. */
import type { ExplainerContent } from '../schemas/content.js';
import { HOUSE_BILL_URL, review } from './sources.js';

export const explainerEs: ExplainerContent = {
  kind: 'explainer',
  lang: 'es',
  review: review('es'),
  items: [
    {
      id: 'one-program',
      icon: 'shield',
      title: 'Un solo programa público para todos',
      body: 'Medicare para Todos reemplaza el enredo actual de planes de seguro por un solo programa público de salud, administrado por el gobierno federal, que cubre a toda persona residente en Estados Unidos.',
      learnMoreUrl: HOUSE_BILL_URL,
      learnMoreLabel: 'Lea el proyecto de ley (H.R.3069, en inglés)',
    },
    {
      id: 'comprehensive-care',
      icon: 'stethoscope',
      title: 'Toda la atención que necesita',
      body: 'Cubre consultas médicas y hospitalizaciones, medicamentos recetados, salud mental, atención dental, de la vista y del oído, maternidad y cuidados a largo plazo (con el proyecto del Senado, los hogares de ancianos siguen en Medicaid). Usted elige a sus médicos y hospitales: sin redes.',
    },
    {
      id: 'no-bills',
      icon: 'wallet',
      title: 'Se paga con fondos públicos, no en el consultorio',
      body: 'Con el proyecto de la Cámara (H.R.3069), sin primas, copagos, deducibles ni otros cobros por la atención cubierta; el del Senado (S.1506) permite cobros limitados por medicamentos recetados. La atención se paga con impuestos que diseñaría el Congreso.',
      learnMoreUrl: HOUSE_BILL_URL,
      learnMoreLabel: 'Qué cubre el proyecto de la Cámara (H.R.3069, en inglés)',
    },
    {
      id: 'everyone-covered',
      icon: 'people',
      title: 'Todos adentro, automáticamente',
      body: 'Cubre a toda persona residente en Estados Unidos, sin importar su trabajo, ingresos o salud; el Departamento de Salud (HHS) definiría quién cuenta como residente. La inscripción es automática: al nacer o al venir a vivir aquí.',
    },
    {
      id: 'fair-transition',
      icon: 'briefcase',
      title: 'Un cambio por etapas',
      body: 'El proyecto de la Cámara (H.R.3069) pone en marcha el programa en dos años, y el del Senado (S.1506) en cuatro. Una versión anterior del proyecto de la Cámara también reservaba apoyo para los trabajadores de seguros que cambien de empleo.',
      learnMoreUrl: HOUSE_BILL_URL,
      learnMoreLabel: 'Lea el proyecto de la Cámara (H.R.3069, en inglés)',
    },
  ],
};
