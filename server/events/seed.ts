/**
 * Demo events for a Madison, WI chapter, so a fresh `npm start` shows a full event list: a canvass, a town hall,
 * a panel, a rally and an online phone bank, dated from today. Added once, to an empty table, unless
 * M4A_SEED_DEMO=0.
 */
import type { Db } from '../db/index.js';
import type { EventLocation, EventType, M4aEvent } from 'm4a-widgets/shared/schemas/event.js';
import { toZonedIso, wallTimeAt, wallTimeToInstant } from 'm4a-widgets/shared/calendar/time.js';
import { hasAnyEvent } from './store.js';
import { newReferenceSourceId, saveReferenceEvent } from './organizer.js';

const SEEDED_KEY = 'events.demo_seeded_at';

interface Demo {
  title: string;
  type: EventType;
  /** 0 = Sunday … 6 = Saturday, at least `minDays` from today. */
  weekday: number;
  minDays: number;
  start: [number, number];
  minutes: number;
  location?: EventLocation;
  capacity?: number;
  description: string;
  accessibility?: M4aEvent['accessibility'];
}

const DEMOS: Demo[] = [
  {
    title: 'Door-to-door canvass: East Side',
    type: 'canvass',
    weekday: 6,
    minDays: 3,
    start: [10, 0],
    minutes: 180,
    capacity: 40,
    location: {
      venue: 'Goodman Community Center',
      addressLines: ['149 Waubesa St'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53704',
      lat: 43.0958,
      lng: -89.3495,
    },
    description:
      'Talk with neighbors about the Medicare for All Act. Training, scripts and a canvassing partner provided. (Demo event: replace it with your chapter’s own.)',
    accessibility: {
      status: 'accessible',
      notes: 'Step-free entrance; ask about canvassing by phone instead of on foot.',
    },
  },
  {
    title: 'Town hall: what Medicare for All means for Wisconsin',
    type: 'town-hall',
    weekday: 4,
    minDays: 7,
    start: [18, 30],
    minutes: 90,
    capacity: 150,
    location: {
      venue: 'Madison Public Library – Central',
      addressLines: ['201 W Mifflin St'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53703',
      lat: 43.0727,
      lng: -89.388,
    },
    description:
      'A family doctor, a nurse and a small-business owner on what guaranteed healthcare would change. Questions welcome. (Demo event.)',
    accessibility: {
      status: 'accessible',
      notes: 'Elevator to the meeting room; Spanish and ASL interpretation on request.',
    },
  },
  {
    title: 'Panel: single payer and the people who deliver care',
    type: 'panel',
    weekday: 3,
    minDays: 14,
    start: [18, 0],
    minutes: 90,
    location: {
      venue: 'UW Health Sciences Learning Center',
      addressLines: ['750 Highland Ave'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53705',
      lat: 43.0766,
      lng: -89.4318,
    },
    description:
      'Nurses, a hospital economist and a patient advocate discuss how single payer would work at the bedside. (Demo event.)',
  },
  {
    title: 'Rally at the Capitol: healthcare for all',
    type: 'rally',
    weekday: 6,
    minDays: 21,
    start: [12, 0],
    minutes: 90,
    location: {
      venue: 'Wisconsin State Capitol (State St steps)',
      addressLines: ['2 E Main St'],
      locality: 'Madison',
      region: 'WI',
      postalCode: '53703',
      lat: 43.0747,
      lng: -89.3841,
    },
    description: 'Speakers from nurses’ unions, patients and faith leaders. Bring a sign. (Demo event.)',
    accessibility: { status: 'accessible', notes: 'Ramp at the King St entrance.' },
  },
  {
    title: 'Online phone bank: call for Medicare for All',
    type: 'phone-bank',
    weekday: 2,
    minDays: 2,
    start: [18, 0],
    minutes: 120,
    capacity: 25,
    description:
      'Call supporters from home and ask them to call their members of Congress. All you need is a phone or laptop; training at the start. (Demo event.)',
  },
];

/** Adds the demo events when the table is empty and they were never added before. Returns how many were added. */
export async function seedDemoEvents(db: Db, now: Date, timeZone = 'America/Chicago'): Promise<number> {
  if (await hasAnyEvent(db)) return 0;
  // The marker is written first and only once (its key is unique), so of several instances starting together on
  // one database exactly one adds the events.
  const marked = await db.kysely
    .insertInto('meta')
    .values({ key: SEEDED_KEY, value: now.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  if (Number(marked.numInsertedOrUpdatedRows ?? 0) === 0) return 0;
  const today = wallTimeAt(now.getTime(), timeZone);
  const todayWeekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
  for (const demo of DEMOS) {
    const ahead = demo.minDays + ((demo.weekday - todayWeekday - demo.minDays + 7 * 10) % 7);
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + ahead));
    const start = wallTimeToInstant(
      {
        year: day.getUTCFullYear(),
        month: day.getUTCMonth() + 1,
        day: day.getUTCDate(),
        hour: demo.start[0],
        minute: demo.start[1],
      },
      timeZone,
    );
    const event: M4aEvent = {
      id: `reference:${newReferenceSourceId()}`,
      source: 'reference',
      title: demo.title,
      type: demo.type,
      start: toZonedIso(start, timeZone),
      end: toZonedIso(start + demo.minutes * 60_000, timeZone),
      timezone: timeZone,
      online: !demo.location,
      ...(demo.location ? { location: demo.location } : {}),
      description: demo.description,
      rsvp: 'inline',
      ...(demo.capacity !== undefined ? { capacity: demo.capacity } : {}),
      full: false,
      ...(demo.accessibility ? { accessibility: demo.accessibility } : {}),
    };
    await saveReferenceEvent(db, event, now);
  }
  return DEMOS.length;
}
