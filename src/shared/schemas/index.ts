/** Every domain schema, for partners who validate their own backend against the contract. */
export * from './common.js';
export * from './content.js';
export * from './cost-model.js';
export * from './event.js';
export * from './signup.js';
export * from './representative.js';
export * from './letters.js';
export * from './targets.js';
