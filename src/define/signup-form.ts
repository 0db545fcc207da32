import { defineElement } from '../core/define.js';
import { M4aSignupForm } from '../elements/signup-form/signup-form.js';

defineElement('m4a-signup-form', M4aSignupForm);
