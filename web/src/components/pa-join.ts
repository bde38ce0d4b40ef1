import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { api } from '../api/client.ts';
import type { JoinPreview } from '../api/types.ts';
import { JOIN_CODE_LENGTH, TEAM_NAME_LENGTH } from '../../../server/schema/limits.ts';
import { formatDay } from '../format.ts';
import { navigate } from '../state/router.ts';
import { session } from '../state/session.ts';
import { baseStyles } from '../styles/shared.ts';
import { describedBy, fieldError, NO_ERRORS, subjectPlaces } from './forms/field-errors.ts';
import { formError, onSubmit, radioChoices, textField } from './forms/fields.ts';
import { formStyles } from './forms/form-styles.ts';
import { FormState } from './forms/form-state.ts';

/** The choice "a new team" beside the existing teams' names. */
const NEW_TEAM = '';

/** What people type: lower case, spaces and dashes are forgiven (as by the server). */
const normalizeCode = (value: string) => value.toUpperCase().replace(/[\s-]/g, '');

/**
 * Joining a workshop: the code (typed, or from a link `#/beitreten/<code>`), then the workshop's title and a team
 * to join or found, and an optional name. Also the page a visitor without a session sees on a workshop network.
 */
export class PaJoin extends LitElement {
  static override properties = {
    code: { attribute: false },
    ended: { attribute: false },
    value: { state: true },
    preview: { state: true },
    choice: { state: true },
    team: { state: true },
    name: { state: true },
  };

  /** The code from the link, looked up at once. */
  declare code: string | undefined;
  /** The server ended this browser's session in a workshop: say why the visitor is here again. */
  declare ended: boolean;
  /** The code field. */
  declare value: string;
  declare preview: JoinPreview | undefined;
  /** An existing team's name, NEW_TEAM, or undefined before a choice. */
  declare choice: string | undefined;
  declare team: string;
  declare name: string;

  private readonly form = new FormState(
    this,
    subjectPlaces({ code: 'Der Code', team: 'Der Teamname', name: 'Ihr Name' }),
  );
  /** The code the shown preview belongs to. */
  private previewCode = '';

  constructor() {
    super();
    this.ended = false;
    this.value = '';
    this.team = '';
    this.name = '';
  }

  static override styles = [
    baseStyles,
    formStyles,
    css`
      section {
        margin: 2rem 0;
      }
      form h2 {
        margin: 0;
      }
      .trainers {
        margin-top: 2.5rem;
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) {
      this.value = normalizeCode(this.code);
      void this.lookUp({ focus: false });
    }
  }

  private onCodeInput(value: string, input: HTMLInputElement): void {
    // Upper case as typed, the caret where it was.
    const upper = value.toUpperCase();
    if (upper !== value) {
      const { selectionStart, selectionEnd } = input;
      input.value = upper;
      input.setSelectionRange(selectionStart, selectionEnd);
    }
    this.value = upper;
    if (this.preview && normalizeCode(upper) !== this.previewCode) this.preview = undefined;
  }

  private async lookUp({ focus }: { focus: boolean }): Promise<void> {
    const code = normalizeCode(this.value);
    const errors = new Map<string, string>();
    if (!code) errors.set('code', 'Bitte geben Sie den Code ein.');
    else if (code.length !== JOIN_CODE_LENGTH) {
      errors.set('code', `Der Code hat ${JOIN_CODE_LENGTH} Zeichen, Sie haben ${code.length} eingegeben.`);
    }
    await this.form.submit(errors, async () => {
      this.preview = undefined;
      const preview = await api.joinPreview(code);
      this.previewCode = code;
      this.preview = preview;
      this.choice = preview.teams.length ? undefined : NEW_TEAM;
    });
    // The workshop appeared below: start there (not after a link was opened, where the page heading has it).
    if (focus && this.preview) this.renderRoot.querySelector<HTMLElement>('#workshop-title')?.focus();
  }

  private async join(): Promise<void> {
    const choice = this.choice;
    const team = choice === NEW_TEAM ? this.team.trim().replace(/\s+/g, ' ') : choice;
    const errors = new Map<string, string>();
    if (team === undefined) errors.set('choice', 'Bitte wählen Sie ein Team oder gründen Sie ein neues.');
    else if (team.length < TEAM_NAME_LENGTH.min || team.length > TEAM_NAME_LENGTH.max) {
      errors.set('team', `Der Teamname braucht ${TEAM_NAME_LENGTH.min} bis ${TEAM_NAME_LENGTH.max} Zeichen.`);
    }
    await this.form.submit(errors, async () => {
      const name = this.name.trim();
      await api.join({ code: this.previewCode, team: team ?? '', ...(name ? { name } : {}) });
      await session.reload();
      navigate({ name: 'catalogue' });
    });
  }

  override render() {
    const info = session.info;
    return html`
      <h1 tabindex="-1">Einem Workshop beitreten</h1>
      ${
        this.ended
          ? html`<p class="notice warn" role="alert">
              Sie wurden aus dem Workshop abgemeldet: Die Trainerin oder der Trainer hat Ihr Team oder Ihre Teilnahme
              entfernt, oder Sie haben den Workshop in einem anderen Fenster verlassen.
            </p>`
          : nothing
      }
      ${
        info?.role === 'team'
          ? html`<p class="notice">
              Sie sind im Workshop „${info.workshop.title}“ im Team „${info.team.name}“. Wenn Sie hier beitreten,
              wechseln Sie dorthin. <a href="#/">Zurück zu den Übungen</a>
            </p>`
          : nothing
      }
      <p>Ihre Trainerin oder Ihr Trainer nennt Ihnen den Code des Workshops, als Link, QR-Code oder zum Abtippen.</p>
      <form
        class="stack"
        novalidate
        aria-labelledby="code-heading"
        @submit=${onSubmit(() => this.lookUp({ focus: true }))}
      >
        <h2 id="code-heading">Code eingeben</h2>
        ${textField(this.form.errors, {
          field: 'code',
          label: 'Code des Workshops',
          hint: `${JOIN_CODE_LENGTH} Zeichen aus Großbuchstaben und Ziffern. Der Code enthält kein O und keine 0 (Null), kein I und keine 1 (Eins).`,
          value: this.value,
          autocapitalize: 'characters',
          autocomplete: 'off',
          spellcheck: false,
          maxlength: JOIN_CODE_LENGTH + 4,
          onInput: (value, input) => this.onCodeInput(value, input),
        })}
        ${this.preview ? nothing : formError(this.form.errors)}
        <div class="actions"><button class=${this.preview ? '' : 'primary'}>Code prüfen</button></div>
      </form>
      ${this.preview ? this.renderWorkshop(this.preview) : nothing}
      <p class="trainers">Sie leiten einen Workshop? <a href="#/anmelden">Anmeldung für Trainerinnen und Trainer</a></p>
    `;
  }

  private renderWorkshop(preview: JoinPreview) {
    return html`<section aria-labelledby="workshop-title">
      <h2 id="workshop-title" tabindex="-1">${preview.title}</h2>
      <p class="muted">Workshop am ${formatDay(preview.date)}</p>
      ${
        preview.join_open
          ? this.renderJoinForm(preview.teams)
          : html`<p class="notice warn">
              Dieser Workshop nimmt gerade niemanden neu auf. Bitte fragen Sie Ihre Trainerin oder Ihren Trainer, ob der
              Beitritt wieder geöffnet werden kann.
            </p>`
      }
    </section>`;
  }

  private renderJoinForm(teams: string[]) {
    const { errors } = this.form;
    // A server message about an existing team's name belongs to the choice, not to the (hidden) new name.
    const choiceError = errors.get('choice') ?? (this.choice === NEW_TEAM ? undefined : errors.get('team'));
    const choice = choiceError ? new Map([['choice', choiceError]]) : NO_ERRORS;
    const options = [...teams.map((team) => [team, team] as const), [NEW_TEAM, 'Ein neues Team gründen'] as const];
    return html`<form class="stack" novalidate aria-label="Beitreten" @submit=${onSubmit(() => this.join())}>
      <fieldset class=${choiceError ? 'invalid-group' : ''} aria-describedby=${describedBy(choice, 'choice')}>
        <legend>Ihr Team</legend>
        ${
          teams.length
            ? html`<p class="hint">
                  Treten Sie dem Team bei, mit dem Sie zusammenarbeiten, oder gründen Sie ein neues.
                </p>
                ${radioChoices('team', options, this.choice, (value) => (this.choice = value))}`
            : nothing
        }
        ${fieldError(choice, 'choice')}
        ${
          this.choice === NEW_TEAM
            ? textField(errors, {
                field: 'team',
                label: teams.length ? 'Name des neuen Teams' : 'Name Ihres Teams',
                hint: `${TEAM_NAME_LENGTH.min} bis ${TEAM_NAME_LENGTH.max} Zeichen. Wer denselben Namen eingibt, kommt ins selbe Team.`,
                value: this.team,
                autocomplete: 'off',
                spellcheck: false,
                onInput: (value) => (this.team = value),
              })
            : nothing
        }
      </fieldset>
      ${textField(errors, {
        field: 'name',
        label: 'Ihr Name (freiwillig, für die Teilnahmebescheinigung)',
        value: this.name,
        autocomplete: 'name',
        maxlength: 80,
        spellcheck: false,
        onInput: (value) => (this.name = value),
      })}
      ${formError(errors)}
      <div class="actions"><button class="primary">Beitreten</button></div>
    </form>`;
  }
}

customElements.define('pa-join', PaJoin);

declare global {
  interface HTMLElementTagNameMap {
    'pa-join': PaJoin;
  }
}
