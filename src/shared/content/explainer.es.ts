/** Contenido predeterminado del explicador, en español. Mismos ids e íconos que la versión en inglés. */
import type { ExplainerContent } from '../schemas/content.js';
import { HOUSE_BILL_URL } from './sources.js';

export const explainerEs: ExplainerContent = {
  kind: 'explainer',
  lang: 'es',
  items: [
    {
      id: 'one-program',
      icon: 'shield',
      title: 'Un solo programa público para todos',
      body:
        'Medicare para Todos reemplaza el enredo actual de planes de seguro por un solo programa público de salud, administrado por el gobierno federal, que cubre a todas las personas que viven en Estados Unidos.',
      learnMoreUrl: HOUSE_BILL_URL,
      learnMoreLabel: 'Lea el proyecto de ley (H.R.3069, en inglés)',
    },
    {
      id: 'comprehensive-care',
      icon: 'stethoscope',
      title: 'Toda la atención que necesita',
      body:
        'Cubre consultas médicas y hospitalizaciones, medicamentos recetados, salud mental, atención dental, de la vista y del oído, maternidad y cuidados a largo plazo. Usted elige a sus médicos y hospitales: sin redes.',
    },
    {
      id: 'no-bills',
      icon: 'wallet',
      title: 'Gratis al recibir atención',
      body:
        'Sin primas, copagos, deducibles ni facturas sorpresa, nunca. La atención se paga con fondos públicos, y quienes presentan el proyecto proponen financiarla con impuestos según la capacidad de pago de cada quien.',
    },
    {
      id: 'everyone-covered',
      icon: 'people',
      title: 'Todos adentro, automáticamente',
      body:
        'Cubre a toda persona residente en Estados Unidos, sin importar su trabajo, ingresos, salud o ciudadanía. La inscripción es automática: al nacer o al venir a vivir aquí.',
    },
    {
      id: 'fair-transition',
      icon: 'briefcase',
      title: 'Una transición justa para los trabajadores',
      body:
        'El proyecto de la Cámara pone en marcha el programa en dos años. Quienes trabajan en empleos que cambian, como la facturación de seguros, reciben apoyo con su salario, su jubilación y su capacitación laboral.',
    },
  ],
};
