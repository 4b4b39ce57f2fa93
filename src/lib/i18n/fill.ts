/**
 * Fills "{name}" placeholders of a template string, for strings the browser completes. A module
 * of its own: browser scripts import it without pulling in every edition's strings.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
