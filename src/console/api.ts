/**
 * The console's calls to `/api/console`: same origin, the session cookie sent by the browser, the CSRF token echoed
 * in `X-CSRF-Token` on every change. A 401 tells the app the session ended.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { path: string; message: string }[] = [],
    readonly retryAfter = 0,
  ) {
    super(message);
  }
}

let csrf = '';
let onSignedOut: () => void = () => undefined;

export const setCsrf = (token: string) => {
  csrf = token;
};
export const whenSignedOut = (listener: () => void) => {
  onSignedOut = listener;
};

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`/api/console${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status === 204) return {} as T;
  if (res.ok) return (await res.json()) as T;
  const problem = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string; fields?: [] } };
  const failure = new ApiFailure(
    res.status,
    problem.error?.code ?? 'http',
    problem.error?.message ?? `HTTP ${res.status}`,
    problem.error?.fields ?? [],
    Number(res.headers.get('retry-after') ?? 0),
  );
  if (res.status === 401 && failure.code === 'signed_out') onSignedOut();
  throw failure;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: 'owner' | 'organizer' | 'viewer';
  totp: boolean;
  disabled: boolean;
  createdAt: string;
}

export interface SessionInfo {
  user: User | null;
  csrf: string;
  secondFactorRequired: boolean;
}

/** A query string of the non-empty values. */
export const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return q.size ? `?${q}` : '';
};
