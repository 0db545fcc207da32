import { expect } from '@open-wc/testing';
import { sanitize, sanitizerReady } from '../../src/core/sanitize.js';
import { descriptionText } from '../../src/elements/event-list/description.js';

const html = (fragment: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(fragment);
  return div.innerHTML;
};

const HOSTILE =
  '<p onclick="alert(1)">Join <b>us</b> <font color="red">Saturday</font><script>alert(1)</script>' +
  '<img src="x" onerror="alert(1)"><style>p{}</style></p><ul><li>one</li></ul><a href="javascript:alert(1)">x</a>';

describe('sanitize (core/sanitize.ts)', () => {
  before(() => sanitizerReady('dompurify'));

  // Chromium has the HTML Sanitizer API; DOMPurify is the fallback for browsers without it. Both must agree.
  for (const engine of ['native', 'dompurify'] as const) {
    it(`keeps only allowed elements and attributes (${engine})`, () => {
      const out = html(sanitize(HOSTILE, { elements: ['p', 'ul', 'li', 'a'], attributes: ['href'] }, engine));
      expect(out).not.to.match(/script|onerror|onclick|<img|<style|javascript:/);
      expect(out).to.contain('<ul><li>one</li></ul>');
    });

    it(`drops active content but keeps the text of other elements (${engine})`, () => {
      const out = html(sanitize(HOSTILE, { dropWithContent: ['style', 'script'] }, engine));
      expect(out).not.to.match(/<script|onerror|onclick|<style|javascript:/);
      expect(out).to.contain('Saturday');
      expect(out).to.contain('<b>us</b>');
    });
  }

  it('reads event descriptions as text, paragraphs and list items kept', () => {
    expect(
      descriptionText(
        '<p>Join <b>us</b>!</p><p>Bring <font>water</font>.</p><ul><li>one</li><li>two</li></ul><script>x</script>',
      ),
    ).to.equal('Join us!\n\nBring water.\n\n• one\n\n• two');
  });
});
