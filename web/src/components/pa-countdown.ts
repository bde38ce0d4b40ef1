import { css, html, LitElement, type PropertyValues } from 'lit';
import type { Countdown } from '../api/types.ts';
import { baseStyles } from '../styles/shared.ts';

/** Minutes left at which screen readers hear the time (not every second: that would drown everything else). */
const SPOKEN_AT = new Set([10, 5, 2, 1]);

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** mm:ss (or h:mm:ss) of whole seconds. */
export function clockText(seconds: number): string {
  const s = Math.max(0, seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = `${twoDigits(m)}:${twoDigits(s % 60)}`;
  return h > 0 ? `${h}:${rest}` : rest;
}

/**
 * The time left in a round. Counts against the server's clock: `serverNow` is the server's time in the same
 * answer as `countdown`, so a device whose clock is off (or a reload) still shows the same time as everyone's.
 * Screen readers hear the time at 10, 5, 2 and 1 minutes and when it is up. Dispatches 'countdown-ended' once.
 */
export class PaCountdown extends LitElement {
  static override properties = {
    countdown: { attribute: false },
    serverNow: { attribute: false },
    large: { type: Boolean, reflect: true },
    left: { state: true },
    spoken: { state: true },
  };

  declare countdown: Countdown | null;
  declare serverNow: number;
  /** The projector's size. */
  declare large: boolean;
  declare left: number;
  declare spoken: string;

  /** Server clock minus this device's clock. */
  private offset = 0;
  private timer?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.countdown = null;
    this.serverNow = 0;
    this.large = false;
    this.left = 0;
    this.spoken = '';
  }

  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
      }
      .clock {
        font-variant-numeric: tabular-nums;
        font-weight: 700;
      }
      :host([large]) .clock {
        font-size: clamp(3rem, 9vw, 8rem);
        line-height: 1;
      }
      .up {
        color: var(--pa-bad);
      }
    `,
  ];

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('serverNow') && this.serverNow > 0) this.offset = this.serverNow - Date.now();
    if (changed.has('countdown') || changed.has('serverNow')) {
      this.spoken = '';
      this.tick(false);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => this.tick(true), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  private tick(speak: boolean): void {
    if (!this.countdown) return;
    const before = this.left;
    this.left = Math.max(0, Math.ceil((this.countdown.ends_at - (Date.now() + this.offset)) / 1000));
    if (!speak || before === this.left) return;
    if (this.left === 0 && before > 0) {
      this.spoken = 'Die Zeit ist um.';
      this.dispatchEvent(new Event('countdown-ended', { bubbles: true, composed: true }));
    } else if (this.left % 60 === 0 && SPOKEN_AT.has(this.left / 60)) {
      this.spoken = this.left === 60 ? 'Noch 1 Minute.' : `Noch ${this.left / 60} Minuten.`;
    }
  }

  override render() {
    if (!this.countdown) return html``;
    const label = this.countdown.label ?? 'Verbleibende Zeit';
    return html`<span class="label">${label}:</span>
      <span class="clock ${this.left === 0 ? 'up' : ''}"
        >${this.left === 0 ? 'Zeit ist um' : clockText(this.left)}</span
      >
      <span class="sr-only" role="status">${this.spoken}</span>`;
  }
}

customElements.define('pa-countdown', PaCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'pa-countdown': PaCountdown;
  }
}
