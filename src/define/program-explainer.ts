import { defineElement } from '../core/define.js';
import { M4aProgramExplainer } from '../elements/program-explainer/program-explainer.js';

defineElement('m4a-program-explainer', M4aProgramExplainer);
