import { defineElement } from '../core/define.js';
import { registerBuiltInBackends } from '../backends/index.js';
import { M4aRepLookup } from '../elements/rep-lookup/rep-lookup.js';

registerBuiltInBackends();
defineElement('m4a-rep-lookup', M4aRepLookup);
