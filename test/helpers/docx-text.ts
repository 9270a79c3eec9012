/**
 * The text of a .docx as a reader sees it: one string per paragraph (table cells are paragraphs
 * too), in document order. A .docx is a zip; its body is word/document.xml, whose text sits in
 * <w:t> runs inside <w:p> paragraphs. jszip comes with the docx and exceljs libraries.
 */
import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => text!.replace(/&(\w+);/g, (_, name: string) => ENTITIES[name] ?? `&${name};`)).join(''),
  );
}
