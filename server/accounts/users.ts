/** Console accounts: the store. Emails are kept lower-cased; password hashes and TOTP secrets never leave it. */
import type { Q } from '../db/index.js';
import type { ConsoleUsersTable } from '../db/schema.js';
import type { ConsoleUser } from 'm4a-widgets/shared/schemas/console.js';
import type { Role } from './roles.js';

export type { ConsoleUser };

export type UserRow = ConsoleUsersTable;

export const publicUser = (row: UserRow): ConsoleUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  totp: row.totp_secret !== null,
  disabled: row.disabled_at !== null,
  createdAt: row.created_at,
});

export const normalEmail = (email: string) => email.trim().toLowerCase();

export const userById = (q: Q, id: string) =>
  q.selectFrom('console_users').selectAll().where('id', '=', id).executeTakeFirst();

export const userByEmail = (q: Q, email: string) =>
  q.selectFrom('console_users').selectAll().where('email', '=', normalEmail(email)).executeTakeFirst();

export async function listUsers(q: Q): Promise<ConsoleUser[]> {
  return (await q.selectFrom('console_users').selectAll().orderBy('created_at').orderBy('id').execute()).map(
    publicUser,
  );
}

export async function activeOwners(q: Q): Promise<number> {
  const row = await q
    .selectFrom('console_users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'owner')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const updateUser = (q: Q, id: string, values: Partial<Omit<UserRow, 'id'>>) =>
  q.updateTable('console_users').set(values).where('id', '=', id).execute();
