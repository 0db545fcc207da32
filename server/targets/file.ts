/**
 * M4A_TARGETS_FILE: read and checked once, when the app is created. Any bad entry stops the server with a message
 * naming each one (index, id, field), as a bad content file does: an organizer deploying the file is there to fix
 * it, and serving a list with the mayor silently missing is worse than not starting.
 */
import { readFileSync, statSync } from 'node:fs';
import { describeTargetProblem, parseLocalTargets, type LocalTargetList } from 'm4a-widgets/shared/schemas/targets.js';

export class TargetsFileError extends Error {
  override name = 'TargetsFileError';
}

/** The file's targets, dated by the file's last change. Throws {@link TargetsFileError} on any problem. */
export function readTargetsFile(path: string): LocalTargetList {
  let raw: unknown;
  let updatedAt: string;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
    updatedAt = statSync(path).mtime.toISOString();
  } catch (err) {
    throw new TargetsFileError(`M4A_TARGETS_FILE ${path} cannot be read as JSON: ${(err as Error).message}`);
  }
  const { targets, problems } = parseLocalTargets(raw);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${describeTargetProblem(p)}`);
    throw new TargetsFileError(`M4A_TARGETS_FILE ${path} has entries that are not valid targets:\n${lines.join('\n')}`);
  }
  return { targets, updatedAt };
}
