/** Escapes text for XML (and HTML) content and double-quoted attribute values; apostrophes stay as they are, which HTML 4 readers also understand. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (char) => XML_ENTITIES[char]!);
}

const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
