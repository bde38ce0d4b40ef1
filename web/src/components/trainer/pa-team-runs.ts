import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { ProviderInfo, RunSummary, Team } from '../../api/types.ts';
import { dialogStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { attemptNumber, attemptStyles, attemptSummary } from '../attempt.ts';
import { formStyles } from '../forms/form-styles.ts';
import { deepActiveElement } from './deep-focus.ts';

type TeamRef = Pick<Team, 'id' | 'name'>;

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
  declare team: TeamRef | undefined;
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
    attemptStyles,
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
    `,
  ];

  /** Opens at `exercise` (a cell of the live overview), else at the exercise shown last, else the first. */
  async open(team: TeamRef, exercise?: string): Promise<void> {
    this.opener = deepActiveElement();
    this.team = team;
    this.exercise = exercise ?? (this.exercise || (this.exercises[0]?.id ?? ''));
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
          ? html`<ol class="cards">
              ${this.runs.map(
                (run, _, runs) => html`<li>${attemptSummary(run, attemptNumber(runs, run.id), this.providers)}</li>`,
              )}
            </ol>`
          : nothing
      }
    </dialog>`;
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
