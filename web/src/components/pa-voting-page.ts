import { css, html, LitElement, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ApiRequestError, errorMessage } from '../api/errors.ts';
import { galleryApi } from '../api/gallery.ts';
import type { Ballot, VoteChoice } from '../api/types.ts';
import { caseTitle } from '../lib/labels.ts';
import { ReloadOnReconnect } from '../state/reconnect.ts';
import { session } from '../state/session.ts';
import { backLinkStyles } from '../styles/blocks.ts';
import { baseStyles } from '../styles/shared.ts';
import './pa-gallery-case.ts';
import './pa-markdown.ts';

type OpenBallot = Extract<Ballot, { status: 'open' }>;

const CHOICES: readonly [VoteChoice, string][] = [
  ['a', 'A ist besser'],
  ['b', 'B ist besser'],
  ['equal', 'Gleich gut'],
  ['both-poor', 'Beide schwach'],
];

/** The vote as this page knows it: which one, and whether it runs (a change means: ask for the ballot again). */
const votingKey = () => JSON.stringify(session.team?.workshop.round.voting ?? null);

/**
 * The blind vote for attendees (`#/abstimmen`): two answers of other teams to the same case, without names and in
 * random order, and four ways to judge them. The server keeps the pending pair, so a reload shows the same one.
 * After each vote the focus goes to the next pair's heading (or the thanks), and screen readers hear that it was
 * saved. Opening and closing reach the page as a new session (the app reloads it on `workshop-changed`).
 */
export class PaVotingPage extends LitElement {
  static override properties = {
    ballot: { state: true },
    error: { state: true },
    announcement: { state: true },
  };

  declare ballot: Ballot | undefined;
  declare error: string;
  declare announcement: string;

  private voting = votingKey();
  private sending = false;
  /** Bumped per load: an older answer never replaces a newer one. */
  private generation = 0;

  constructor() {
    super();
    this.error = '';
    this.announcement = '';
    new ReloadOnReconnect(this, () => void this.load());
  }

  static override styles = [
    baseStyles,
    backLinkStyles,
    css`
      h2 {
        margin-top: 1.5rem;
      }
      progress {
        width: min(100%, 24rem);
        height: 0.75rem;
        accent-color: var(--pa-primary);
      }
      section.case {
        margin: 1.5rem 0;
      }
      .answers {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
        gap: 1rem;
        align-items: start;
      }
      .answer {
        border: 2px solid var(--pa-border-strong);
        border-radius: var(--pa-radius);
        background: var(--pa-surface);
        padding: 0.75rem 1rem;
        overflow-wrap: anywhere;
        min-width: 0;
      }
      .choices {
        margin-top: 1.5rem;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
    `,
  ];

  private readonly onSession = () => {
    const key = votingKey();
    if (key === this.voting) return;
    this.voting = key;
    void this.load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    session.addEventListener('change', this.onSession);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    session.removeEventListener('change', this.onSession);
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const workshop = session.team?.workshop.id;
    if (!workshop) {
      this.ballot = { status: 'closed' };
      return;
    }
    try {
      const ballot = await galleryApi.ballot(workshop);
      if (generation !== this.generation) return;
      this.ballot = ballot;
      this.error = '';
    } catch (error) {
      if (generation === this.generation) this.error = errorMessage(error);
    }
  }

  private async vote(ballot: OpenBallot, choice: VoteChoice): Promise<void> {
    const workshop = session.team?.workshop.id;
    if (this.sending || !workshop) return;
    this.sending = true;
    try {
      this.ballot = await galleryApi.vote(workshop, ballot.id, choice);
      this.error = '';
      this.announcement = 'Ihre Bewertung ist gespeichert.';
    } catch (error) {
      // Judged already (another tab, a double click): the server knows the next pair.
      if (error instanceof ApiRequestError && error.status === 409) await this.load();
      else this.error = errorMessage(error);
    } finally {
      this.sending = false;
    }
    // The buttons are gone with the pair: the focus goes to what came instead.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#next')?.focus();
  }

  override render() {
    return html`
      <a class="back" href="#/">← Alle Übungen</a>
      <h1 tabindex="-1">Abstimmen</h1>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <p class="sr-only" role="status">${this.announcement}</p>
      ${this.renderBallot()}
    `;
  }

  private renderBallot() {
    const { ballot } = this;
    switch (ballot?.status) {
      case undefined:
        return this.error ? nothing : html`<p>Wird geladen …</p>`;
      case 'closed':
        return html`<p class="notice">
          Die Abstimmung ist geschlossen. Sobald Ihre Trainerin oder Ihr Trainer eine Abstimmung öffnet, erscheint sie
          hier von selbst.
        </p>`;
      case 'done':
        return html`<h2 id="next" tabindex="-1">Danke, Sie haben alle Paare bewertet.</h2>
          <p>
            Sie haben ${ballot.voted === 1 ? 'ein Paar' : `${ballot.voted} Paare`} zu „${ballot.title}“ bewertet. Die
            Ergebnisse zeigt Ihre Trainerin oder Ihr Trainer.
          </p>`;
      case 'open':
        return keyed(ballot.id, this.renderPair(ballot));
    }
  }

  private renderPair(ballot: OpenBallot) {
    return html`
      <p>
        Übung: <strong>${ballot.title}</strong>. Sie sehen zwei Antworten anderer Teams auf denselben Fall, ohne Namen
        und in zufälliger Reihenfolge. Welche erfüllt die Aufgabe besser?
      </p>
      <h2 id="next" tabindex="-1">Paar ${ballot.voted + 1} von ${ballot.total}</h2>
      <p id="progress-text">${ballot.voted} von ${ballot.total} Paaren bewertet</p>
      <progress max=${ballot.total} .value=${ballot.voted} aria-labelledby="progress-text"></progress>
      <section class="case" aria-labelledby="case-heading">
        <h3 id="case-heading">Fall: ${caseTitle(ballot.case)}</h3>
        <pa-gallery-case .case=${ballot.case}></pa-gallery-case>
      </section>
      <div class="answers">
        ${this.renderAnswer('a', 'Antwort A', ballot.a)} ${this.renderAnswer('b', 'Antwort B', ballot.b)}
      </div>
      <div class="choices" role="group" aria-labelledby="choice-heading">
        <h3 id="choice-heading">Ihre Bewertung</h3>
        <div class="buttons">
          ${CHOICES.map(
            ([choice, label]) =>
              html`<button
                type="button"
                class=${choice === 'a' || choice === 'b' ? 'primary' : ''}
                @click=${() => void this.vote(ballot, choice)}
              >
                ${label}
              </button>`,
          )}
        </div>
      </div>
    `;
  }

  private renderAnswer(id: string, title: string, text: string) {
    return html`<section class="answer" aria-labelledby=${`answer-${id}`}>
      <h3 id=${`answer-${id}`}>${title}</h3>
      <pa-markdown heading-offset="3" .source=${text}></pa-markdown>
    </section>`;
  }
}

customElements.define('pa-voting-page', PaVotingPage);

declare global {
  interface HTMLElementTagNameMap {
    'pa-voting-page': PaVotingPage;
  }
}
