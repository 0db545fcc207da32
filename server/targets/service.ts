/**
 * Local targets for the routes: the list answered by `GET /api/targets` (with its ETag) and organizers' writes,
 * checked entry by entry with the shared schema so a rejected write names every bad entry and field. One service per
 * app: M4A_TARGETS_FILE is read once, when the first route asks for it (at app creation), so a bad file stops start-up.
 */
import { createHash } from 'node:crypto';
import type { AppDeps } from '../deps.js';
import { Conflict } from '../errors.js';
import { parseLocalTargets, type LocalTargetList, type TargetProblem } from 'm4a-widgets/shared/schemas/targets.js';
import { readTargetsFile } from './file.js';
import { targetsFile } from './settings.js';
import { replaceTargets, storedTargets } from './store.js';

export interface TargetsResponse {
  list: LocalTargetList;
  body: string;
  etag: string;
}

export type TargetsWrite = { ok: true; saved: TargetsResponse } | { ok: false; problems: TargetProblem[] };

const respond = (list: LocalTargetList): TargetsResponse => {
  const body = JSON.stringify(list);
  return { list, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
};

export class TargetsService {
  private readonly fromFile: TargetsResponse | undefined;

  constructor(private readonly deps: AppDeps) {
    const file = targetsFile(deps.config);
    this.fromFile = file ? respond(readTargetsFile(file)) : undefined;
  }

  /** Whether the list comes from M4A_TARGETS_FILE (and writes are refused). */
  get readOnly(): boolean {
    return this.fromFile !== undefined;
  }

  /** Read from the database on every request: another instance's write shows at once. */
  async current(): Promise<TargetsResponse> {
    return this.fromFile ?? respond(await storedTargets(this.deps.database, this.deps.log));
  }

  /** Replaces the list when every entry is valid; otherwise nothing is saved and each problem is returned. */
  async replace(input: unknown): Promise<TargetsWrite> {
    if (this.fromFile) {
      throw new Conflict(
        'targets_from_file',
        'The local targets come from the file M4A_TARGETS_FILE names on this server: edit that file instead.',
      );
    }
    const { targets, problems } = parseLocalTargets(input);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, saved: respond(await replaceTargets(this.deps.database, targets, this.deps.now())) };
  }
}

const services = new WeakMap<AppDeps, TargetsService>();

/** The app's one service (the public route, the admin route and the console share it). */
export function targetsService(deps: AppDeps): TargetsService {
  let service = services.get(deps);
  if (!service) services.set(deps, (service = new TargetsService(deps)));
  return service;
}
