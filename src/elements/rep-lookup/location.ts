/** "Use my location" of <m4a-rep-lookup>: the browser's position, rounded, as a lookup query. */
import type { RepLookupKey } from './messages.en.js';

/** ~10 m: enough to place a street in its district, no more. */
const round = (n: number) => Math.round(n * 1e4) / 1e4;

export function locateVisitor(
  onFound: (query: { lat: number; lng: number }) => void,
  onFailed: (problem: RepLookupKey) => void,
): void {
  navigator.geolocation.getCurrentPosition(
    (pos) => onFound({ lat: round(pos.coords.latitude), lng: round(pos.coords.longitude) }),
    (err) => onFailed(err.code === err.PERMISSION_DENIED ? 'form.location.denied' : 'form.location.failed'),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
  );
}
