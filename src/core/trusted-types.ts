/**
 * The library's Trusted Types policy, `m4a`. Lit (`lit-html`) and DOMPurify (`dompurify`) bring their own; this one
 * covers the only other sink the widgets write to: the text of JSON data blocks (the FAQ's schema.org JSON-LD),
 * which a page that requires Trusted Types refuses as a plain string even though it never runs.
 * A partner whose CSP has `require-trusted-types-for 'script'` lists `trusted-types lit-html dompurify m4a`.
 */

interface ScriptPolicy {
  createScript(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (input: string) => string }): ScriptPolicy;
}

/** Undefined until first needed; null without Trusted Types; `refused` when the page's CSP does not allow `m4a`. */
let policy: ScriptPolicy | null | 'refused' | undefined;

function scriptPolicy(): ScriptPolicy | null | 'refused' {
  if (policy !== undefined) return policy;
  // The classic loader made `m4a` already (vite.config.ts), with the same createScript rule, and left it on the
  // namespace: a page whose CSP allows `m4a` once would refuse a second policy of that name.
  const made = window.M4A?.__policy as ScriptPolicy | undefined;
  if (typeof made?.createScript === 'function') return (policy = made);
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    // Only JSON passes: the policy can never turn anything into code.
    policy = factory?.createPolicy('m4a', { createScript: (input) => (JSON.parse(input), input) }) ?? null;
  } catch {
    policy = 'refused';
  }
  return policy;
}

/**
 * `json` ready to be the text of a data block (`<script type="application/ld+json">`): a TrustedScript where the
 * browser has Trusted Types, else the string. Typed as a string because that is what the DOM typings accept; the
 * browser takes the TrustedScript as is. Undefined when the page refused the `m4a` policy: a plain string would be
 * refused too, so the caller leaves the block out. Throws if `json` is not JSON.
 */
export function jsonScriptText(json: string): string | undefined {
  const p = scriptPolicy();
  if (p === 'refused') return undefined;
  return p ? (p.createScript(json) as string) : json;
}
