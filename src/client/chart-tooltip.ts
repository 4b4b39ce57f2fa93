import { tipBeside } from '../lib/tip-position.ts';
import { placeTip } from './place-tip.ts';

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
    // To the right of the point, or to its left where it would leave the chart.
    placeTip(this.tip, this, point, tipBeside);
  }

  private hide() {
    this.tip.hidden = true;
  }
}

customElements.define('chart-tooltip', ChartTooltip);
