/**
 * What jsPDF's optional `html2canvas` and `canvg` imports resolve to in the drop-in builds (vite.config.ts): jsPDF
 * loads them only for its `html()` method and for SVG images, and the letter (letter-pdf.ts) writes text only. Left
 * in, they would add about 95 KB gzip to the all-in-one script and two chunks to dist. Reaching this is a bug.
 */
export default function unused(): never {
  throw new Error('m4a-widgets: jsPDF’s HTML and SVG rendering is not bundled');
}
