/**
 * Demo local targets for the Madison, WI chapter the demo events belong to, so a fresh `npm start` shows the rep
 * lookup's "Local officials" heading: the mayor, one alder covered through a ZIP → district table, and the Dane County
 * executive. Saved once, to a server where no list was ever saved, unless M4A_SEED_DEMO=0 or M4A_TARGETS_FILE is set.
 *
 * EXAMPLE DATA. The offices are real; the people, phone numbers (555-01xx, reserved for fiction), email and web
 * addresses (example.org), postal addresses, stances and the alder district table are invented for the demo and must
 * never be shown as facts: a partner replaces the whole list with its own.
 */
import type { Db } from '../db/index.js';
import type { LocalTarget } from 'm4a-widgets/shared/schemas/targets.js';
import { replaceTargets, targetsEverSaved } from './store.js';

const AS_OF = '2026-11-02';
const EXAMPLE_SOURCE = { name: 'Example pledge list (demo data)', url: 'https://example.org/m4a-pledge' };

/** Real Madison ZIP codes (all in Wisconsin's 2nd congressional district), for the city- and county-wide targets. */
const MADISON_ZIPS = ['53703', '53704', '53705', '53706', '53711', '53713', '53714', '53715', '53716', '53717'];
const DANE_ZIPS = [...MADISON_ZIPS, '53718', '53719', '53726'];

export const DEMO_TARGETS: LocalTarget[] = [
  {
    id: 'madison-mayor',
    name: 'Example Mayor',
    title: { en: 'Mayor of Madison (demo example)', es: 'Alcaldía de Madison (ejemplo de demostración)' },
    level: 'city',
    phone: '608-555-0100',
    email: 'mayor@example.org',
    contactUrl: 'https://example.org/madison/mayor',
    address: ['Office of the Mayor (example)', '100 Example Plaza', 'Madison, WI 53703'],
    coverage: { zips: MADISON_ZIPS },
    stance: {
      position: 'supports',
      label: { en: 'Signed the example pledge', es: 'Firmó el compromiso de ejemplo' },
      source: EXAMPLE_SOURCE,
      asOf: AS_OF,
    },
  },
  {
    id: 'madison-alder-6',
    name: 'Example Alder',
    title: { en: 'Alder, District 6 (demo example)', es: 'Concejal, distrito 6 (ejemplo de demostración)' },
    level: 'city',
    phone: '608-555-0106',
    email: 'district6@example.org',
    address: ['Common Council Office (example)', '100 Example Plaza', 'Madison, WI 53703'],
    // An invented table: 53703 spans several example districts, so the alder shows as one of the candidates.
    coverage: { districts: ['6'], zipToDistrict: { '53703': ['2', '4', '6'], '53704': ['6', '12'], '53714': ['15'] } },
    stance: { position: 'unknown', asOf: AS_OF },
  },
  {
    id: 'dane-county-executive',
    name: 'Example County Executive',
    title: {
      en: 'Dane County Executive (demo example)',
      es: 'Ejecutivo del condado de Dane (ejemplo de demostración)',
    },
    level: 'county',
    phone: '608-555-0150',
    contactUrl: 'https://example.org/dane-county/executive',
    address: ['Office of the County Executive (example)', '200 Example Plaza', 'Madison, WI 53703'],
    coverage: { zips: DANE_ZIPS },
    stance: { position: 'opposes', source: EXAMPLE_SOURCE, asOf: AS_OF },
  },
];

/** Saves the demo list when no list was ever saved (an organizer's empty list stays empty). Returns how many. */
// Two instances starting together on an empty database both save this same list: the outcome is the same.
export async function seedDemoTargets(db: Db, now: Date): Promise<number> {
  if (await targetsEverSaved(db)) return 0;
  await replaceTargets(db, DEMO_TARGETS, now);
  return DEMO_TARGETS.length;
}
