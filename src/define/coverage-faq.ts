import { defineElement } from '../core/define.js';
import { M4aCoverageFaq } from '../elements/coverage-faq/coverage-faq.js';

defineElement('m4a-coverage-faq', M4aCoverageFaq);
