import { defineElement } from '../core/define.js';
import { registerBuiltInBackends } from '../backends/index.js';
import { M4aCostCalculator } from '../elements/cost-calculator/cost-calculator.js';

registerBuiltInBackends();
defineElement('m4a-cost-calculator', M4aCostCalculator);
