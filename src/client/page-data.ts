/**
 * The data a script needs from the page: in a JSON script inside `host` (a short timeline), or
 * fetched from the address in `host`'s data attribute (a long one, whose page would otherwise grow
 * with every event). Undefined when there is none, or the fetch failed: the page works without it.
 */
export async function pageData<T>(host: HTMLElement, selector: string, srcKey: string): Promise<T | undefined> {
  const inline = host.querySelector(selector)?.textContent;
  if (inline) return JSON.parse(inline) as T;
  const src = host.dataset[srcKey];
  if (!src) return undefined;
  try {
    const response = await fetch(src);
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}
