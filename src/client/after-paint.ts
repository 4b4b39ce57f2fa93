/**
 * Runs `work` in a task of its own once the browser has painted the next frame: what the reader
 * asked for shows first, and measuring there finds the page laid out (no layout forced mid-frame).
 */
export function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work));
}
