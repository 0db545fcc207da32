import type en from './messages.en.js';

const es: Record<keyof typeof en, string> = {
  intro:
    'Encuentre a sus miembros del Congreso y de la legislatura estatal, vea su postura sobre Medicare para Todos y llámelos.',

  'form.label': 'Encuentre a sus legisladores',
  'form.zip.label': 'Código postal (ZIP)',
  'form.zip.hint': '5 dígitos, por ejemplo 53703.',
  'form.address.label': 'Dirección (opcional)',
  'form.address.hint':
    'Da una respuesta exacta cuando su código postal está dividido entre distritos y permite encontrar a sus legisladores estatales. Solo se usa para esta búsqueda; nunca se guarda.',
  'form.submit': 'Buscar a mis legisladores',
  'form.location': 'Usar mi ubicación',
  'form.location.busy': 'Buscando su ubicación…',
  'form.location.denied': 'Su navegador no compartió su ubicación. Escriba su código postal.',
  'form.location.failed': 'No pudimos obtener su ubicación. Escriba su código postal.',
  'form.error.required': 'Escriba su código postal, o una dirección con la ciudad y el estado.',
  'form.error.zip': 'Escriba un código postal de 5 dígitos, por ejemplo 53703.',
  'form.error.address-short': 'Escriba una dirección con la ciudad y el estado, o un código postal.',
  'form.error.address-long':
    'La dirección puede tener como máximo {max} caracteres. Acórtela o escriba solo su código postal.',
  'form.error.location': 'No se pudo usar esa ubicación. Escriba su código postal.',

  'lookup.feature': 'buscar legisladores',
  'lookup.loading': 'Buscando a sus legisladores…',
  'lookup.found.one': 'Encontramos {count} legislador.',
  'lookup.found.other': 'Encontramos {count} legisladores.',
  'lookup.not-found.title': 'No encontramos legisladores',
  'lookup.not-found.zip':
    'No encontramos ese código postal. Revíselo, o escriba su dirección con la ciudad y el estado.',
  'lookup.not-found.zip-only': 'No encontramos ese código postal. Revíselo e inténtelo de nuevo.',
  'lookup.not-found.address':
    'No encontramos esa dirección. Revise cómo está escrita, o escriba solo su código postal.',
  'lookup.not-found.coordinates': 'No encontramos legisladores para su ubicación. Escriba su código postal.',

  'split.title.one': 'Su código postal está dividido entre {count} distritos del Congreso',
  'split.title.other': 'Su código postal está dividido entre {count} distritos del Congreso',
  'split.body':
    'Cada distrito tiene su propio representante y no vamos a adivinar cuál es el suyo. Agregue su dirección para saberlo.',

  'title.Senator': 'senador(a)',
  'title.Representative': 'representante',
  'title.Delegate': 'delegado(a)',
  'title.Resident Commissioner': 'comisionado(a) residente',
  'title.State Senator': 'senador(a) estatal',
  'title.Representative to the Assembly': 'representante en la Asamblea',

  'stance.bill-fallback': 'Medicare para Todos',

  'script.name-placeholder': '[su nombre]',
  'script.place-zip': 'el código postal {zip}',
  'script.place-unknown': 'el distrito',

  'stats.count.one': 'Esta semana se hizo {n} llamada',
  'stats.count.other': 'Esta semana se hicieron {n} llamadas',
};
export default es;
