/** Registers all five elements (side effect). npm users who want one can import `m4a-widgets/define/<name>.js`. */
import { defineAll } from './elements.js';

defineAll();
