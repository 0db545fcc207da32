/**
 * Preguntas frecuentes predeterminadas, en español. Mismos ids, categorías y fuentes que la versión en inglés;
 * describen la Ley de Medicare para Todos de 2025 (H.R.3069) y señalan en qué difiere el proyecto del Senado (S.1506).
 */
import type { FaqContent } from '../schemas/content.js';
import { review, sources, sourceUrl } from './sources.js';

export const faqEs: FaqContent = {
  kind: 'faq',
  lang: 'es',
  review: review('es'),
  items: [
    {
      id: 'cost-to-me',
      category: 'cost',
      question: '¿Cuánto me costaría Medicare para Todos?',
      answer:
        '<p>Con el proyecto de la Cámara (H.R.3069), <strong>nada al recibir atención</strong>: sin primas, deducibles, copagos ni otros cobros por la atención cubierta. El proyecto del Senado (S.1506) es igual, salvo que permite cobros por los medicamentos recetados, con un tope de 200 dólares al año.</p>' +
        '<p>Esa atención igual se paga, con impuestos en lugar de primas y facturas. El proyecto de la Cámara no dice qué impuestos: los diseñaría el Congreso. El senador Sanders ha publicado opciones de financiamiento para versiones anteriores de su proyecto, como primas según los ingresos pagadas por los hogares y por los empleadores, e impuestos más altos a los ingresos más altos y a las grandes fortunas.</p>' +
        '<p>Un estudio publicado en <em>The Lancet</em> (Galvani y otros, 2020), que analizó el proyecto del Senado de 2017, estimó que todo el sistema podría pagarse con menos de lo que hoy pagan empleadores y hogares en primas, sumado a lo que los gobiernos ya gastan en salud, y que los hogares de menores ingresos serían los más beneficiados.</p>',
      sources: sources('es', 'houseBill', 'senateBill', 'galvani2020'),
    },
    {
      id: 'how-paid-for',
      category: 'cost',
      question: '¿Cómo se pagaría?',
      answer:
        '<p>El proyecto de la Cámara (H.R.3069) crea un Fondo Fiduciario Universal de Medicare. Allí va el dinero que el gobierno federal ya gasta en programas como Medicare y Medicaid, y el Congreso aporta el resto. El proyecto no fija impuestos nuevos; quienes lo presentan proponen cubrir el resto con impuestos según la capacidad de pago de cada quien.</p>' +
        '<p>Un solo programa público también significa mucho menos papeleo. Un estudio sobre 2017 concluyó que la administración se llevó el <strong>34.2%</strong> del gasto en salud de Estados Unidos, frente al 17.0% en el sistema de pagador único de Canadá.</p>',
      sources: sources('es', 'houseBill', 'himmelstein2020'),
    },
    {
      id: 'national-cost',
      category: 'cost',
      question: '¿Cubrir a todos no le costaría más al país?',
      answer:
        '<p>Estados Unidos ya gasta en salud más por persona que cualquier otro país. Lo que costaría un solo programa público depende de cómo se diseñe:</p>' +
        '<ul><li>La Oficina de Presupuesto del Congreso (CBO) estudió en diciembre de 2020 cinco diseños ilustrativos de pagador único; no son H.R.3069 ni S.1506. En 2030, el gasto nacional en salud iría desde 0.7 billones de dólares menos hasta 0.3 billones más que con las leyes actuales.</li>' +
        '<li>La parte del gobierno federal crecería mucho: la CBO proyecta que el apoyo federal a la salud (gasto más beneficios fiscales por la cobertura médica) sería entre 1.5 y 3.0 billones de dólares más alto en 2030, así que el gobierno federal pagaría una parte mucho mayor del gasto en salud del país.</li>' +
        '<li>Un estudio publicado en <em>The Lancet</em>, que analizó el proyecto del Senado de 2017, estimó un ahorro de cerca del 13% del gasto nacional en salud, más de 450 mil millones de dólares al año (en dólares de 2017).</li></ul>' +
        '<p>En el análisis de la CBO, el mayor ahorro viene de pagar tarifas más bajas a los proveedores y de menores costos administrativos; el mayor costo adicional viene de que se use más atención.</p>',
      sources: sources('es', 'cbo2020', 'galvani2020'),
    },
    {
      id: 'whats-covered',
      category: 'coverage',
      question: '¿Qué cubriría?',
      answer:
        '<p>Toda la atención médicamente necesaria, por ejemplo:</p>' +
        '<ul><li>consultas médicas, atención hospitalaria y de emergencia</li>' +
        '<li>atención primaria y preventiva</li>' +
        '<li>medicamentos recetados y dispositivos médicos</li>' +
        '<li>salud mental y tratamiento de adicciones</li>' +
        '<li>análisis de laboratorio y estudios de diagnóstico</li>' +
        '<li>atención reproductiva, de maternidad y del recién nacido, y atención de afirmación de género</li>' +
        '<li>atención dental, de la vista y del oído</li>' +
        '<li>rehabilitación y cuidados a largo plazo</li></ul>',
      sources: sources('es', 'houseBill', 'senateBill'),
    },
    {
      id: 'dental-vision-hearing',
      category: 'coverage',
      question: '¿Cubre la atención dental, de la vista y del oído?',
      answer:
        '<p>Sí. La atención dental, de la vista y del oído está cubierta, sin primas, deducibles ni copagos. Hoy, el Medicare tradicional deja fuera la mayor parte de esta atención; con Medicare para Todos forma parte de la cobertura básica de todas las personas.</p>',
      sources: sources('es', 'houseBill'),
    },
    {
      id: 'mental-health',
      category: 'coverage',
      question: '¿Cubre la salud mental?',
      answer:
        '<p>Sí. La atención de salud mental y el tratamiento de adicciones se cubren como cualquier otra atención, sin copagos. Puede acudir a cualquier profesional calificado que participe en el programa, así que no tiene que buscar un terapeuta “dentro de la red”.</p>',
      sources: sources('es', 'houseBill'),
    },
    {
      id: 'prescriptions',
      category: 'coverage',
      question: '¿Y los medicamentos recetados?',
      answer:
        '<p>Los medicamentos recetados están cubiertos. El Departamento de Salud y Servicios Humanos negociaría los precios con las farmacéuticas para todo el país.</p>' +
        '<p>El proyecto de la Cámara (H.R.3069) no cobra nada por los medicamentos. El del Senado (S.1506) permite cobros por los medicamentos recetados, con un tope de 200 dólares al año (una cantidad que se ajusta con el tiempo), y nada para las personas de bajos ingresos.</p>',
      sources: sources('es', 'houseBill', 'senateBill'),
    },
    {
      id: 'long-term-care',
      category: 'coverage',
      question: '¿Cubre los cuidados a largo plazo?',
      answer:
        '<p>Sí. El proyecto de la Cámara cubre los cuidados a largo plazo para personas mayores y personas con discapacidad, dando prioridad a la atención en casa y en la comunidad, sin costo para el paciente.</p>' +
        '<p>El proyecto del Senado cubre los cuidados a largo plazo en casa y en la comunidad, mientras que la atención en hogares de ancianos sigue a cargo de Medicaid.</p>',
      sources: sources('es', 'houseBill', 'senateBill'),
    },
    {
      id: 'reproductive-care',
      category: 'coverage',
      question: '¿Cubre la atención reproductiva?',
      answer:
        '<p>Sí. Cubre la atención reproductiva, de maternidad y del recién nacido de forma integral, incluidos los anticonceptivos y el aborto, sin gastos de su bolsillo.</p>',
      sources: sources('es', 'houseBill', 'senateBill'),
    },
    {
      id: 'not-covered',
      category: 'coverage',
      question: '¿Hay algo que no cubra?',
      answer:
        '<p>No cubre la atención que no es médicamente necesaria, como la cirugía puramente estética. Las aseguradoras y los empleadores pueden seguir ofreciendo cobertura para esos extras, siempre que no duplique lo que cubre Medicare para Todos.</p>',
      sources: sources('es', 'houseBill'),
    },
    {
      id: 'choose-doctor',
      category: 'doctors',
      question: '¿Puedo elegir a mi médico y mi hospital?',
      answer:
        '<p>Sí. Puede ir a cualquier médico, hospital, clínica u otro proveedor que participe en el programa. Como todos están en el mismo programa, <strong>no hay redes</strong>: nunca tendrá que revisar si un médico está “dentro de la red” ni perder a su médico al cambiar de trabajo.</p>',
      sources: sources('es', 'houseBill'),
    },
    {
      id: 'wait-times',
      category: 'doctors',
      question: '¿Tendría que esperar más para recibir atención?',
      answer:
        '<p>Hoy algunas personas esperan o se quedan sin atención por el costo o por las reglas de su seguro. Medicare para Todos elimina esas barreras de costo y de red.</p>' +
        '<p>La Oficina de Presupuesto del Congreso (CBO), que estudió diseños ilustrativos de pagador único y no estos proyectos, prevé que la gente use más atención cuando el costo deje de ser un obstáculo, y que la oferta de atención también crezca, porque los proveedores dedicarían menos tiempo y dinero a la administración. Calcula que aun así la demanda crecería más rápido que la oferta, con <strong>más congestión: demoras y atención que algunas personas dejarían de recibir</strong>, a menos que la oferta de atención crezca más de lo que la CBO prevé.</p>',
      sources: sources('es', 'cbo2020'),
    },
    {
      id: 'employer-insurance',
      category: 'current-coverage',
      question: '¿Qué pasa con el seguro que tengo por mi trabajo?',
      answer:
        '<p>Cuando el programa empiece, los empleadores y las aseguradoras no podrán ofrecer cobertura que lo duplique. En su lugar, usted queda cubierto por Medicare para Todos, y su cobertura sigue igual si cambia de trabajo, pierde su empleo, abre un negocio o se jubila.</p>' +
        '<p>Los empleadores y las aseguradoras pueden seguir ofreciendo cobertura adicional para lo que el programa no cubre.</p>',
      sources: sources('es', 'houseBill'),
    },
    {
      id: 'medicare-now',
      category: 'current-coverage',
      question: 'Ya tengo Medicare. ¿Qué cambia para mí?',
      answer:
        '<p>Con el proyecto de la Cámara (H.R.3069), el Medicare actual, incluidos los planes Medicare Advantage, termina cuando Medicare para Todos esté en marcha, y quienes lo tienen pasan al nuevo programa. Los adultos de 55 años o más pueden inscribirse después de su primer año.</p>' +
        '<p>No pagaría primas, deducibles ni copagos por la atención cubierta, y ganaría atención dental, de la vista, del oído y cuidados a largo plazo, sin huecos que llenar con planes adicionales.</p>',
      sources: sources('es', 'houseBill'),
    },
    {
      id: 'medicaid-chip',
      category: 'current-coverage',
      question: '¿Qué pasa con las personas que tienen Medicaid o CHIP?',
      answer:
        '<p>Pasan a Medicare para Todos con los mismos beneficios completos que los demás. La cobertura ya no depende de sus ingresos, de las reglas de cada estado ni de trámites para seguir inscritas.</p>' +
        '<p>Con el proyecto del Senado, Medicaid sigue pagando la atención en hogares de ancianos.</p>',
      sources: sources('es', 'houseBill', 'senateBill'),
    },
    {
      id: 'veterans-ihs',
      category: 'current-coverage',
      question: '¿Qué pasa con la atención del VA y el Servicio de Salud Indígena?',
      answer:
        '<p>Se mantienen. Ambos proyectos dejan en pie la cobertura del Departamento de Asuntos de Veteranos (VA) y del Servicio de Salud Indígena (IHS), así que los veteranos, los indígenas americanos y los nativos de Alaska pueden seguir usándolos; como residentes, además quedan cubiertos por Medicare para Todos.</p>' +
        '<p>TRICARE, el programa de salud de las familias militares, depende del proyecto: el del Senado (S.1506) lo conserva, y el de la Cámara (H.R.3069) no lo menciona.</p>',
      sources: sources('es', 'houseBill', 'senateBill'),
    },
    {
      id: 'insurance-workers',
      category: 'workers',
      question: '¿Qué pasa con quienes trabajan en los seguros médicos?',
      answer:
        '<p>Las aseguradoras ya no podrían vender cobertura que duplique Medicare para Todos, así que muchos empleos de facturación y de reclamos de seguros cambiarían o desaparecerían.</p>' +
        '<p>La versión de 2019 del proyecto de la Cámara (H.R.1384) reservaba fondos durante los primeros cinco años del programa para apoyar a estos trabajadores, con reemplazo de salario, beneficios de jubilación, capacitación laboral y educación. El resumen oficial del proyecto de 2025 (H.R.3069) no describe ese apoyo, así que consulte el texto del proyecto para saber qué ofrece ahora.</p>',
      sources: sources('es', 'houseBill', 'houseBill2019', 'houseBillText'),
    },
    {
      id: 'who-is-covered',
      category: 'eligibility',
      question: '¿Quién tendría cobertura?',
      answer:
        '<p>Toda persona residente en Estados Unidos. La inscripción es automática, al nacer o al venir a vivir aquí. No hay formularios para calificar, ni límites de ingresos, ni huecos en la cobertura cuando su vida cambia.</p>',
      sources: sources('es', 'houseBill'),
    },
    {
      id: 'non-citizens',
      category: 'eligibility',
      question: '¿Están cubiertos los inmigrantes y quienes no son ciudadanos?',
      answer:
        '<p>Ambos proyectos cubren a toda persona <strong>residente</strong> en Estados Unidos, no solo a los ciudadanos. El proyecto de la Cámara (H.R.3069, sección 102) deja en manos del Departamento de Salud y Servicios Humanos las reglas sobre quién cuenta como residente, y no menciona la situación migratoria.</p>' +
        '<p>Por eso el proyecto en sí no dice si están cubiertas las personas sin estatus legal: eso dependería de las reglas que escriba el Departamento.</p>',
      sources: sources('es', 'houseBill', 'houseBillText'),
    },
    {
      id: 'public-option',
      category: 'how-it-works',
      question: '¿En qué se diferencia de una “opción pública”?',
      answer:
        '<p>Una opción pública agrega un plan del gobierno a los planes privados que la gente compra hoy. Usted seguiría pagando primas, deducibles y copagos, las redes seguirían existiendo y quienes no pudieran pagar un plan podrían quedarse sin cobertura.</p>' +
        '<p>Medicare para Todos cubre a <strong>todas las personas</strong> en un solo programa, sin primas y, con el proyecto de la Cámara, sin gastos de bolsillo. En el análisis de diseños de pagador único de la Oficina de Presupuesto del Congreso, el mayor ahorro viene de menores costos administrativos y de tarifas más bajas para los proveedores.</p>',
      sources: sources('es', 'houseBill', 'himmelstein2020', 'cbo2020'),
    },
    {
      id: 'doctors-paid',
      category: 'how-it-works',
      question: '¿Cómo se les pagaría a los médicos y hospitales?',
      answer:
        '<p>El programa les paga directamente, así que los pacientes no reciben facturas por la atención cubierta. Los hospitales, los hogares de ancianos y otras instituciones reciben un presupuesto anual para funcionar; los médicos y otros profesionales cobran según una sola tarifa nacional. Un solo conjunto de reglas reemplaza los sistemas de facturación de cientos de aseguradoras.</p>',
      sources: sources('es', 'houseBill'),
    },
    {
      id: 'transition-time',
      category: 'how-it-works',
      question: '¿Cuánto tardaría el cambio?',
      answer:
        '<p>Con el proyecto de la Cámara (H.R.3069), <strong>dos años</strong>:</p>' +
        '<ul><li>Después del primer año, pueden inscribirse los niños y jóvenes de hasta 18 años y los adultos de 55 años o más; el resto de las personas puede comprar su cobertura.</li>' +
        '<li>Después de dos años, todos quedan cubiertos.</li></ul>' +
        '<p>El proyecto del Senado (S.1506) tarda <strong>cuatro años</strong>: baja la edad de Medicare paso a paso, a 55, luego a 45 y luego a 35, con los niños cubiertos desde el primer año y todas las personas en el cuarto.</p>',
      sources: sources('es', 'houseBill', 'senateBill'),
    },
    {
      id: 'is-it-law',
      category: 'how-it-works',
      question: '¿Medicare para Todos ya es ley?',
      answer:
        `<p>Todavía no. La Ley de Medicare para Todos se presentó el 29 de abril de 2025 como <a href="${sourceUrl('houseBill')}">H.R.3069</a> en la Cámara de Representantes, por la representante Pramila Jayapal con la representante Debbie Dingell como coautora principal, y como <a href="${sourceUrl('senateBill')}">S.1506</a> en el Senado, por el senador Bernie Sanders. Para ser ley, debe aprobarse en ambas cámaras del Congreso y firmarla el presidente.</p>` +
        '<p>Lo más útil que puede hacer es pedirles a su representante y a sus senadores que la copatrocinen.</p>',
      sources: sources('es', 'houseBill', 'senateBill'),
    },
  ],
};
