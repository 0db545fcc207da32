/**
 * The all-in-one classic script (`dist/m4a-widgets.all.iife.js`), for hosts that take `<script src>` but cannot serve
 * the chunk files next to it: every element, both languages and the schema library in one file, defined at once.
 * (Hosts that can serve a folder use the classic loader `m4a-widgets.iife.js`: src/index.ts as a classic script.)
 * If another copy of the library is already running, this one stays out of the way.
 */
import { installNamespace } from './core/namespace.js';
import { defineAll } from './elements.js';
import { registerBuiltInBackends } from './backends/index.js';

registerBuiltInBackends();
if (installNamespace(async () => undefined)) defineAll();
