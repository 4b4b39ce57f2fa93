import type { Page } from 'playwright-core';

/** The timeline's filter is one compact control, closed until the reader opens it: open it, as a reader would. */
export async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('details.filters__panel');
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) await page.locator('.filters__summary').click();
}

/** Chooses one value of the filter (opening the control first). */
export async function chooseFilter(page: Page, kind: string, id: string): Promise<void> {
  await openFilters(page);
  await page.locator(`a[data-filter-kind=${kind}][data-filter-id=${id}]`).click();
}
