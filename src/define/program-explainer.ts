import { defineElement } from '../core/define.js';
import { registerBuiltInBackends } from '../backends/index.js';
import { M4aProgramExplainer } from '../elements/program-explainer/program-explainer.js';

registerBuiltInBackends();
defineElement('m4a-program-explainer', M4aProgramExplainer);
