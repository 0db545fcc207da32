import type { JobStarter } from '../deps.js';
import { SignupForwarder } from '../forwarding/forwarder.js';

/** Forwards queued signups while the server runs: at once when one is stored, and on a timer for retries. */
export const startSignupForwarding: JobStarter = (deps) => new SignupForwarder(deps).start();
