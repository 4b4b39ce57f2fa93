/**
 * A d3-geo path context that writes short SVG path data: coordinates rounded to 0.1 unit (or to
 * a coarser `precision`, such as whole units for a small map), relative `l` commands after each
 * absolute `M`, no leading zeros, and points that would land within `minDistance` of the previous
 * one left out. Rounding is done on absolute positions, so the relative steps add up exactly and
 * nothing drifts.
 */
export class CompactPath {
  #out: string[] = [];
  #minDistance: number;
  /** The grid coordinates are rounded to, in tenths of a unit. */
  #grid: number;
  /** Current position and the start of the current subpath, in tenths of a unit. */
  #x = 0;
  #y = 0;
  /** A point skipped for being too close, kept so a line still ends where it should. */
  #pending: [number, number] | null = null;
  #last = '';

  constructor(minDistance = 0, precision = 0.1) {
    this.#minDistance = minDistance * 10;
    this.#grid = Math.max(1, Math.round(precision * 10));
  }

  /** A coordinate on the grid, in tenths. */
  #snap(value: number): number {
    return Math.round((value * 10) / this.#grid) * this.#grid;
  }

  moveTo(x: number, y: number): void {
    this.#flush();
    this.#x = this.#snap(x);
    this.#y = this.#snap(y);
    this.#out.push(`M${tenths(this.#x)}${join(tenths(this.#x), tenths(this.#y))}`);
    this.#last = 'M';
  }

  lineTo(x: number, y: number): void {
    const tx = this.#snap(x);
    const ty = this.#snap(y);
    const dx = tx - this.#x;
    const dy = ty - this.#y;
    if (dx === 0 && dy === 0) return;
    if (Math.hypot(dx, dy) < this.#minDistance) {
      this.#pending = [tx, ty];
      return;
    }
    this.#pending = null;
    this.#step(dx, dy);
    this.#x = tx;
    this.#y = ty;
  }

  closePath(): void {
    this.#pending = null;
    this.#out.push('z');
    this.#last = 'z';
  }

  /** Each geometry starts with this; nothing to do. */
  beginPath(): void {}

  /** Points (`Point` geometries) are not drawn by this context: markers are drawn separately. */
  arc(): void {}

  /** The path data written so far. */
  result(): string {
    this.#flush();
    const text = this.#out.join('');
    this.#out = [];
    this.#last = '';
    return text;
  }

  #flush(): void {
    if (!this.#pending) return;
    const [tx, ty] = this.#pending;
    this.#pending = null;
    this.#step(tx - this.#x, ty - this.#y);
    this.#x = tx;
    this.#y = ty;
  }

  #step(dx: number, dy: number): void {
    const a = tenths(dx);
    const b = tenths(dy);
    // After an `l`, further pairs need no command letter, only a separator before a positive number.
    const head = this.#last === 'l' ? (a.startsWith('-') ? '' : ' ') : 'l';
    this.#out.push(`${head}${a}${join(a, b)}`);
    this.#last = 'l';
  }
}

/** A value in tenths as the shortest decimal: 12 → "1.2", -5 → "-.5", 30 → "3". */
export function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 10);
  const tenth = abs % 10;
  return `${sign}${whole === 0 && tenth !== 0 ? '' : whole}${tenth ? `.${tenth}` : ''}`;
}

/** The separator before `next`: none when its minus sign separates it already. */
function join(_previous: string, next: string): string {
  return next.startsWith('-') ? next : ` ${next}`;
}
