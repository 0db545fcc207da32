/**
 * Entry of the embed builder page (built to dist/builder/, not part of the drop-in): the five elements, registered
 * from this bundle so the preview shows the real widgets, and `<m4a-embed-builder>` itself.
 */
import '../define/program-explainer.js';
import '../define/coverage-faq.js';
import '../define/signup-form.js';
import '../define/event-list.js';
import '../define/rep-lookup.js';
import '../define/cost-calculator.js';
import { defineElement } from '../core/define.js';
import { M4aEmbedBuilder } from './embed-builder.js';

defineElement('m4a-embed-builder', M4aEmbedBuilder);
