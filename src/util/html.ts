/**
 * Escaping for job summaries (GitHub-flavoured Markdown with inline HTML): text from an image, a
 * server or a user goes into a summary only through these, so it can neither open a tag nor break
 * out of a code span or a table cell.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '|': '&#124;', '`': '&#96;', '\\': '&#92;' };

/** Text for HTML or a Markdown table cell: tags, quotes, pipes and backticks become entities; newlines spaces. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'|`\\]/g, (c) => ENTITIES[c]!).replace(/\r?\n|\r/g, ' ');
}

/** Text as inline code, escaped (a Markdown code span could be closed by a backtick in the text). */
export function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}
