/**
 * The Medicare for All Act's numbers per Congress: the shipped server/reps/bills.json, with an operator's entries
 * (M4A_BILLS_FILE, a file in the same format, or M4A_BILLS, the same JSON inline) laid over it, so the 120th's
 * numbers are added without a release. Validated by the shared schema; a bad entry stops the start with its path.
 */
import { readFileSync } from 'node:fs';
import { BillsFile, mergeBills, parseBillLabel, type BillEntry } from 'm4a-widgets/shared/reps/bills.js';
import type { BillConfig } from './billstatus.js';

export const SHIPPED_BILLS_FILE = new URL('./bills.json', import.meta.url);

export function parseBillsFile(raw: unknown, origin: string): BillEntry[] {
  const r = BillsFile.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`${origin}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data.bills;
}

function readJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${origin}: not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

export interface BillsSettings {
  M4A_BILLS_FILE?: string | undefined;
  M4A_BILLS?: string | undefined;
}

/** The configured bills: shipped defaults, then the file, then the inline JSON. */
export function configuredBills(settings: BillsSettings = {}): BillEntry[] {
  let bills = parseBillsFile(readJson(readFileSync(SHIPPED_BILLS_FILE, 'utf8'), 'bills.json'), 'bills.json');
  if (settings.M4A_BILLS_FILE) {
    const f = settings.M4A_BILLS_FILE;
    bills = mergeBills(bills, parseBillsFile(readJson(readFileSync(f, 'utf8'), f), f));
  }
  if (settings.M4A_BILLS)
    bills = mergeBills(bills, parseBillsFile(readJson(settings.M4A_BILLS, 'M4A_BILLS'), 'M4A_BILLS'));
  return bills;
}

/** The form the BILLSTATUS readers take. */
export function billConfig(entry: BillEntry): BillConfig {
  const p = parseBillLabel(entry.bill);
  return { congress: entry.congress, type: p.type, number: p.number, chamber: p.chamber };
}
