/**
 * Registers all five elements and the built-in backend types (side effect). npm users who want one element can
 * import `m4a-widgets/define/<name>.js`.
 */
import { defineAll } from './elements.js';
import { registerBuiltInBackends } from './backends/index.js';

registerBuiltInBackends();
defineAll();
