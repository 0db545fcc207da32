/**
 * The all-in-one classic script (`dist/m4a-widgets.iife.js`) for CMSs that only take `<script src>`: every element
 * is defined at once. If another copy of the library is already running, this one stays out of the way.
 */
import { installNamespace } from './core/namespace.js';
import { defineAll } from './elements.js';
import { registerBuiltInBackends } from './backends/index.js';

registerBuiltInBackends();
if (installNamespace(async () => undefined)) defineAll();
