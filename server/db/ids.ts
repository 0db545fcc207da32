/**
 * Row ids: UUID version 7 (RFC 9562), time-ordered, so "ORDER BY received_at, id" keeps the order rows were written
 * in on either engine (SQLite's rowid gave that before; PostgreSQL has no rowid). Within one process ids only grow:
 * the 12 bits after the millisecond count up when several ids share a millisecond.
 */
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

export function newId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = randomBytes(2).readUInt16BE() & 0x3ff;
  } else if (++counter > 0xfff) {
    // More than 4096 ids in one millisecond: borrow the next one so the order still holds.
    lastMs++;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
