/** Local-target server tests: valid and invalid entries, and requests as the admin token or a partner page sends. */
import type { Hono } from 'hono';

export const ADMIN = { Authorization: 'Bearer test-admin-token-0123456789' };

export const entry = (id: string, extra: object = {}) => ({
  id,
  name: `Example ${id}`,
  title: 'Example office',
  level: 'city',
  ...extra,
});

export const MAYOR = entry('mayor', {
  title: { en: 'Mayor', es: 'Alcaldesa' },
  phone: '608-555-0100',
  coverage: { zips: ['53703', '53704'] },
  stance: {
    position: 'supports',
    source: { name: 'Example pledge list', url: 'https://example.org/pledge' },
    asOf: '2026-11-02',
  },
});
export const ALDER = entry('alder-6', {
  coverage: { districts: ['6'], zipToDistrict: { '53703': ['2', '4', '6'] } },
});
export const COUNTY = entry('county-exec', { level: 'county' });

export function put(app: Hono, body: unknown, headers: Record<string, string> = ADMIN, path = '/api/admin/targets') {
  return app.request(path, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export type Problem = { error: { code: string; message: string; fields?: { path: string; message: string }[] } };
