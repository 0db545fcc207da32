import { defineElement } from '../core/define.js';
import { M4aEventList } from '../elements/event-list/event-list.js';

defineElement('m4a-event-list', M4aEventList);
