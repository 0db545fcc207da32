/**
 * Console roles, least privilege first. What each may do is decided by the API (server/routes/console*.ts asks
 * `allows()` on every route), never only by what the UI shows.
 */
import { CONSOLE_ROLES } from 'm4a-widgets/shared/schemas/console.js';

export const ROLES = CONSOLE_ROLES;
export type Role = (typeof ROLES)[number];

/**
 * viewer: counts and charts only, never a visitor's personal data. organizer: people (see, export, mark spam),
 * events, retrying forwarding. owner: also accounts, settings, pausing forwarding, deleting people.
 */
export const allows = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
