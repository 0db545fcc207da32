/**
 * Calendar feeds give a place as one line of text ("Madison Public Library, 201 W Mifflin St, Madison, WI 53703,
 * USA"). This splits the usual US shapes into the event schema's fields, and leaves anything else as the venue.
 */
import { EVENT_LIMITS, type EventLocation } from 'm4a-widgets/shared/schemas/event.js';
import { clip } from 'm4a-widgets/shared/calendar/text.js';

const COUNTRY = /^(usa|us|united states( of america)?|estados unidos)$/i;
const STATE_ZIP = /^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/;
const STATE_ONLY = /^[A-Z]{2}$/;

/** Words that mark a place as online rather than a venue. */
export const ONLINE_PLACE =
  /\b(online|virtual|zoom|google meet|meet\.google\.com|microsoft teams|webinar|livestream|en l[ií]nea|videollamada)\b|https?:\/\//i;

export function parsePlace(text: string): EventLocation {
  const parts = text
    .split(/\s*[,\n]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  while (parts.length && COUNTRY.test(parts.at(-1)!)) parts.pop();
  const line = (s: string) => clip(s, EVENT_LIMITS.addressLine);
  let region: string | undefined;
  let postalCode: string | undefined;
  const last = parts.at(-1);
  const stateZip = last ? STATE_ZIP.exec(last) : null;
  if (stateZip) {
    region = stateZip[1];
    postalCode = stateZip[2];
    parts.pop();
  } else if (last && STATE_ONLY.test(last) && parts.length > 1) {
    region = last;
    parts.pop();
  }
  if (!region) return { venue: line(text.replace(/\s+/g, ' ')), addressLines: [] };
  const locality = parts.length > 1 ? parts.pop() : undefined;
  let venue: string | undefined;
  if (parts.length && !/^\d/.test(parts[0]!) && (parts.length > 1 || !/\d/.test(parts[0]!))) venue = parts.shift();
  return {
    ...(venue ? { venue: line(venue) } : {}),
    addressLines: parts.slice(0, EVENT_LIMITS.addressLines).map(line),
    ...(locality ? { locality: clip(locality, 100) } : {}),
    region,
    ...(postalCode ? { postalCode } : {}),
  };
}
