/**
 * One tooltip per chart, for the point under the pointer or with keyboard focus (not only hover).
 * It shows the point's accessible name, which already says value, what it counts, who claims it
 * and as of when; so the markup carries each point's words once, and screen readers get the same.
 */
class ChartTooltip extends HTMLElement {
  private tip = document.createElement('div');

  connectedCallback() {
    this.tip.className = 'chart-tip';
    this.tip.hidden = true;
    this.tip.setAttribute('aria-hidden', 'true');
    this.append(this.tip);
    const show = (event: Event) => {
      const point = (event.target as Element).closest?.('a.point');
      if (point) this.show(point);
    };
    this.addEventListener('pointerover', show);
    this.addEventListener('focusin', show);
    this.addEventListener('pointerout', () => this.hide());
    this.addEventListener('focusout', () => this.hide());
  }

  private show(point: Element) {
    this.tip.textContent = point.getAttribute('aria-label');
    this.tip.hidden = false;
    const box = this.getBoundingClientRect();
    const mark = point.getBoundingClientRect();
    const left = mark.right - box.left + 6;
    // Flip to the left of the point when the tip would leave the chart.
    const x = left + this.tip.offsetWidth > box.width ? mark.left - box.left - this.tip.offsetWidth - 6 : left;
    this.tip.style.left = `${Math.max(0, x)}px`;
    this.tip.style.top = `${Math.max(0, mark.top - box.top - 8)}px`;
  }

  private hide() {
    this.tip.hidden = true;
  }
}

customElements.define('chart-tooltip', ChartTooltip);
