import { defineElement } from '../core/define.js';
import { registerBuiltInBackends } from '../backends/index.js';
import { M4aCoverageFaq } from '../elements/coverage-faq/coverage-faq.js';

registerBuiltInBackends();
defineElement('m4a-coverage-faq', M4aCoverageFaq);
