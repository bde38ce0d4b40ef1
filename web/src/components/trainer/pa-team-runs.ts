import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { ProviderInfo, RunSummary, Team } from '../../api/types.ts';
import { formatDateTime, formatPoints } from '../../format.ts';
import { modelLabel } from '../../lib/labels.ts';
import { baseStyles } from '../../styles/shared.ts';
import { deepActiveElement } from './deep-focus.ts';
import { RUN_STATUS } from './labels.ts';
import { dialogStyles, formStyles } from './trainer-styles.ts';

/** A team's attempts at one exercise of the workshop, with their prompts (trainers see them; teams see only their own). */
export class PaTeamRuns extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    exercises: { attribute: false },
    providers: { attribute: false },
    team: { state: true },
    exercise: { state: true },
    runs: { state: true },
    error: { state: true },
  };

  declare workshopId: string;
  /** The workshop's exercises in order, with their titles. */
  declare exercises: { id: string; title: string }[];
  declare providers: ProviderInfo[];
  declare team: Team | undefined;
  declare exercise: string;
  declare runs: RunSummary[] | undefined;
  declare error: string;

  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.exercises = [];
    this.providers = [];
    this.exercise = '';
    this.error = '';
  }

  static override styles = [
    baseStyles,
    formStyles,
    dialogStyles,
    css`
      dialog {
        width: min(50rem, calc(100vw - 1rem));
      }
      header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.5rem 1rem;
        align-items: flex-start;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.75rem;
      }
      li {
        border: 1px solid var(--pa-border);
        border-radius: var(--pa-radius);
        padding: 0.75rem 1rem;
      }
      h3 {
        font-size: 1.05rem;
        margin: 0 0 0.25rem;
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-family: var(--pa-mono);
        font-size: 0.9rem;
        background: var(--pa-bg);
        padding: 0.5rem 0.75rem;
        border-radius: var(--pa-radius);
      }
    `,
  ];

  async open(team: Team): Promise<void> {
    this.opener = deepActiveElement();
    this.team = team;
    this.exercise = this.exercise || (this.exercises[0]?.id ?? '');
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
    await this.load();
  }

  private async load(): Promise<void> {
    if (!this.team || !this.exercise) return;
    this.runs = undefined;
    try {
      this.runs = await trainerApi.teamRuns(this.workshopId, this.team.id, this.exercise);
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    const team = this.team;
    if (!team) return nothing;
    const count = this.runs?.length;
    return html`<dialog aria-labelledby="runs-title" @close=${this.onClose}>
      <header>
        <h2 id="runs-title">Versuche von ${team.name}</h2>
        <button type="button" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>
          Schließen<span class="sr-only"> (Esc)</span>
        </button>
      </header>
      <div class="field">
        <label for="exercise">Übung</label>
        <select
          id="exercise"
          @change=${(event: Event) => {
            this.exercise = (event.target as HTMLSelectElement).value;
            void this.load();
          }}
        >
          ${this.exercises.map((e) => html`<option value=${e.id} ?selected=${e.id === this.exercise}>${e.title}</option>`)}
        </select>
      </div>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <p role="status">${count === undefined ? 'Wird geladen …' : count === 1 ? '1 Versuch' : `${count} Versuche`}</p>
      ${
        this.runs?.length
          ? html`<ol>
              ${this.runs.map((run, i) => this.renderRun(run, this.runs!.length - i))}
            </ol>`
          : nothing
      }
    </dialog>`;
  }

  private renderRun(run: RunSummary, n: number) {
    const { score, passed, results } = run.totals;
    return html`<li>
      <h3>Versuch ${n} <span class="muted">vom ${formatDateTime(run.createdAt)}</span></h3>
      <p>
        ${RUN_STATUS[run.status]}${score === null ? '' : ` · Ø ${formatPoints(score)} · ${passed} von ${results} bestanden`}
        <br /><span class="muted"
          >Modelle: ${run.targets.map((t) => modelLabel(this.providers, t.provider)).join(', ')}</span
        >
      </p>
      <details>
        <summary>Prompt von Versuch ${n} ansehen</summary>
        ${
          run.prompt.system
            ? html`<h4>Systemprompt</h4>
                <pre>${run.prompt.system}</pre>`
            : nothing
        }
        <h4>Nutzerprompt</h4>
        <pre>${run.prompt.user}</pre>
      </details>
    </li>`;
  }

  private readonly onClose = () => {
    this.team = undefined;
    this.runs = undefined;
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
  };
}

customElements.define('pa-team-runs', PaTeamRuns);

declare global {
  interface HTMLElementTagNameMap {
    'pa-team-runs': PaTeamRuns;
  }
}
