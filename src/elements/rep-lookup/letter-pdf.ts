/** The downloadable letter: a US Letter PDF made with jsPDF, itself imported only when the visitor asks for it. */
import type { Printable } from './write-types.js';

const MARGIN = 72;
const LINE = 15;

export async function letterPdf(p: Printable): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: 'letter' });
  const width = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  const bottom = doc.internal.pageSize.getHeight() - MARGIN;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(11);
  let y = MARGIN;
  const write = (text: string, gapAfter = LINE) => {
    const lines: string[] = doc.splitTextToSize(text, width);
    for (const line of lines) {
      if (y > bottom) {
        doc.addPage();
        y = MARGIN;
      }
      doc.text(line, MARGIN, y);
      y += LINE;
    }
    y += gapAfter - LINE;
  };
  for (const line of p.sender) write(line);
  y += LINE;
  write(p.date, 2 * LINE);
  for (const line of p.recipient) write(line);
  // No address in the data: room for the visitor to write one in.
  y += p.recipient.length > 1 ? LINE : 3 * LINE;
  doc.setFont('helvetica', 'bold');
  write(p.subject, 2 * LINE);
  doc.setFont('helvetica', 'normal');
  for (const paragraph of p.body.split('\n\n')) write(paragraph, 2 * LINE);
  return doc.output('blob');
}
