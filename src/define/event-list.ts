import { defineElement } from '../core/define.js';
import { registerBuiltInBackends } from '../backends/index.js';
import { M4aEventList } from '../elements/event-list/event-list.js';

registerBuiltInBackends();
defineElement('m4a-event-list', M4aEventList);
