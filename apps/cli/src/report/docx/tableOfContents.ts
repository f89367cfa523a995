import { escapeHtml } from '../escapeHtml.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A table of contents as Word writes one: a TOC field over heading levels 1–2
 * (marked dirty, so Word rebuilds it with page numbers on opening) in a
 * content control, with the section headings already written in as its
 * entries, so a reader that does not update fields (LibreOffice's conversion,
 * a phone) still lists the sections. We write it by hand because the docx
 * package's TableOfContents puts the field code where LibreOffice shows it as
 * text ("TOC \o …").
 */
export function tableOfContents(headings: readonly string[]): string {
  const fieldStart =
    '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>';
  const entries = headings
    .map(
      (heading, index) =>
        `<w:p ${W}><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8840"/></w:tabs></w:pPr>` +
        `${index === 0 ? fieldStart : ''}<w:r><w:t xml:space="preserve">${escapeHtml(heading)}</w:t></w:r></w:p>`,
    )
    .join('');
  const end = `<w:p ${W}>${headings.length === 0 ? fieldStart : ''}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
  return (
    `<w:sdt ${W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>` +
    `<w:sdtContent>${entries}${end}</w:sdtContent></w:sdt>`
  );
}
