/** El modelo de costos predeterminado, en español: las mismas cifras (figures.ts) con la redacción en español. */
import { defaultModel } from './default-model.js';

export const costModelEs = defaultModel('es', {
  title: 'Una opción de financiamiento: “Options to finance Medicare for All” (Sen. Sanders, abril de 2019)',
  financing:
    'Los proyectos de ley de Medicare para Todos de 2025 (H.R.3069 y S.1506) no dicen cómo se paga el programa; este resultado usa una opción que propuso su autor en el Senado en 2019.',
  employerNote:
    'La mayoría de los economistas espera que lo que pagan los empleadores por la cobertura médica vuelva a los trabajadores como salario, así que un empleador que paga menos podría pagarle más. Esta calculadora no suma ese aumento a su lado.',
  sourceLabels: {
    sanders: 'Sen. Bernie Sanders, “Options to finance Medicare for All” (en inglés)',
    poverty: 'Pautas de pobreza del HHS para 2019, Federal Register (en inglés)',
    kff: 'KFF, Encuesta de Beneficios de Salud de Empleadores 2025 (en inglés)',
    bill: 'Texto de H.R.3069, Ley de Medicare para Todos de 2025 (119.º Congreso), congress.gov (en inglés)',
  },
  descriptions: {
    householdRate: 'Prima según los ingresos que pagan los hogares: 4% de los ingresos por encima de la exención.',
    householdExemption: 'Ingresos exentos de la prima del hogar para una familia de cuatro.',
    exemptionHouseholdSize: 'El tamaño del hogar para el que se indica la exención de $29,000.',
    exemptionScaleFirstPerson:
      'Pauta de pobreza para una persona, usada para ajustar la exención a otros tamaños de hogar.',
    exemptionScaleEachAdditional: 'Pauta de pobreza que se suma por cada persona más, usada para la misma escala.',
    employerRate: 'Prima según la nómina que pagan los empleadores: 7.5% de la nómina por encima de la exención.',
    employerPayrollExemption: 'Nómina exenta de la prima del empleador, para proteger a las pequeñas empresas.',
    coveredCareCosts: 'Primas, deducibles y copagos por la atención cubierta según el proyecto de la Cámara: ninguno.',
    averageFamilyPremium: 'Prima anual promedio nacional de la cobertura familiar del trabajo.',
    averageFamilyWorkerPremium: 'Lo que pagan en promedio los trabajadores de la prima familiar.',
    averageSinglePremium: 'Prima anual promedio nacional de la cobertura individual del trabajo.',
    averageSingleWorkerPremium: 'Lo que pagan en promedio los trabajadores de la prima individual.',
    averageSingleDeductible: 'Deducible individual promedio nacional, para quienes tienen un plan con deducible.',
  },
  assumptions: [
    'La fuente indica la exención solo para una familia de cuatro ($29,000). Para otros tamaños la ajustamos como las pautas de pobreza de 2019: $29,000 × (12,490 + 4,420 × (personas − 1)) ÷ 25,750, unos $14,066 para una persona y $19,044 para dos.',
    'Tomamos los ingresos del hogar que usted indica como los ingresos sobre los que se cobra la prima.',
    'Los ingresos por mes se multiplican por 12; por hora, por 2,080 (40 horas a la semana, 52 semanas).',
    'Un monto que deje vacío cuenta como el promedio nacional indicado a su lado, para la cobertura del trabajo; para otra cobertura cuenta como $0.',
    'Para un hogar de dos o más personas con cobertura del trabajo usamos los promedios familiares; el único deducible promedio que tenemos es el de la cobertura individual, y los deducibles familiares suelen ser más altos.',
    'Según el modelo no paga deducibles ni copagos por la atención cubierta; también se cubren la atención dental, la vista y los medicamentos. Esto sigue el proyecto de la Cámara (H.R.3069); el del Senado (S.1506) permite algunos copagos por medicamentos recetados, que el modelo no cuenta.',
    'Solo se cuenta la prima del hogar de esta opción. Sus otras fuentes de ingresos (tasas más altas del impuesto sobre la renta para ingresos altos, impuestos a la riqueza, las herencias y las ganancias de capital, un cargo a los grandes bancos) no se incluyen, así que los hogares de ingresos altos pagarían más de lo que se muestra.',
    'La exención de $29,000 es la cifra de 2019, sin ajustar por la inflación desde entonces; las cifras de 2019 y 2025 se usan tal como las indican sus fuentes.',
    'El lado del empleador supone que todos sus ingresos son salario de un empleador con una nómina de más de $2 millones; un empleador más pequeño pagaría menos o nada.',
  ],
});
