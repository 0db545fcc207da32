import { defineElement } from '../core/define.js';
import { M4aRepLookup } from '../elements/rep-lookup/rep-lookup.js';

defineElement('m4a-rep-lookup', M4aRepLookup);
