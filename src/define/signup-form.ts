import { defineElement } from '../core/define.js';
import { registerBuiltInBackends } from '../backends/index.js';
import { M4aSignupForm } from '../elements/signup-form/signup-form.js';

registerBuiltInBackends();
defineElement('m4a-signup-form', M4aSignupForm);
