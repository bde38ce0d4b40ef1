import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { PASSWORD_MIN_LENGTH } from '../../../server/schema/limits.ts';
import { api } from '../api/client.ts';
import type { InviteInfo } from '../api/types.ts';
import { ApiRequestError, errorMessage } from '../api/errors.ts';
import { ReloadOnReconnect } from '../state/reconnect.ts';
import { navigate, type Route } from '../state/router.ts';
import { session } from '../state/session.ts';
import { baseStyles } from '../styles/shared.ts';
import { NO_ERRORS, subjectPlaces, type FieldErrors } from './forms/field-errors.ts';
import { formError, onSubmit, textField } from './forms/fields.ts';
import { formStyles } from './forms/form-styles.ts';
import { FormState } from './forms/form-state.ts';

function heading(invite: InviteInfo | undefined, gone: string): string {
  if (gone) return 'Einladung nicht gültig';
  if (!invite) return 'Einladung';
  if (invite.kind === 'setup') return 'Trainerzugang einrichten';
  return invite.workshop ? `Einladung zum Workshop „${invite.workshop.title}“` : 'Einladung zum Workshop';
}

/**
 * A one-time link (`#/einladung/<token>`): the set-up of the first trainer account, or a co-trainer's invitation
 * to a workshop, which makes a new account or, for a trainer who is logged in, joins theirs.
 */
export class PaInvite extends LitElement {
  static override properties = {
    token: { attribute: false },
    invite: { state: true },
    gone: { state: true },
    login: { state: true },
    name: { state: true },
    password: { state: true },
    repeat: { state: true },
  };

  declare token: string;
  declare invite: InviteInfo | undefined;
  /** Why the link opens nothing (used, expired, cut off), or the server's error. */
  declare gone: string;
  declare login: string;
  declare name: string;
  declare password: string;
  declare repeat: string;

  private readonly form = new FormState(
    this,
    subjectPlaces({ login: 'Der Anmeldename', name: 'Ihr Name', password: 'Das Passwort' }),
  );

  constructor() {
    super();
    this.gone = '';
    this.login = '';
    this.name = '';
    this.password = '';
    this.repeat = '';
    // Loaded nothing because the server was down: try again once it is back.
    new ReloadOnReconnect(this, () => {
      if (!this.invite) void this.load();
    });
  }

  static override styles = [baseStyles, formStyles];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token')) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.invite = await api.invite(this.token);
      this.gone = '';
    } catch (error) {
      // 400: the link was cut off when it was copied; 404 explains itself (used or expired).
      this.gone =
        error instanceof ApiRequestError && error.status === 400
          ? 'Dieser Link ist unvollständig. Bitte kopieren Sie ihn vollständig aus der Nachricht, die Sie bekommen haben.'
          : errorMessage(error);
    }
  }

  /** Where the new trainer starts: the workshop they were invited to, else their workshops. */
  private destination(): Route {
    const workshop = this.invite?.workshop;
    return workshop ? { name: 'workshop', id: workshop.id } : { name: 'workshops' };
  }

  private async accept(errors: FieldErrors, input?: { login: string; name: string; password: string }) {
    await this.form.submit(errors, async () => {
      await api.acceptInvite(this.token, input);
      await session.reload();
      navigate(this.destination());
    });
  }

  private createAccount(): Promise<void> {
    const login = this.login.trim();
    const name = this.name.trim();
    const errors = new Map<string, string>();
    if (!login) errors.set('login', 'Bitte wählen Sie einen Anmeldenamen.');
    if (!name) errors.set('name', 'Bitte geben Sie Ihren Namen ein.');
    if (this.password.length < PASSWORD_MIN_LENGTH) {
      errors.set('password', `Das Passwort braucht mindestens ${PASSWORD_MIN_LENGTH} Zeichen.`);
    }
    if (this.repeat !== this.password) errors.set('repeat', 'Die beiden Passwörter stimmen nicht überein.');
    return this.accept(errors, { login, name, password: this.password });
  }

  override render() {
    const invite = this.invite;
    return html`
      <h1 tabindex="-1">${heading(invite, this.gone)}</h1>
      ${this.gone ? this.renderGone() : invite ? this.renderInvite(invite) : html`<p>Die Einladung wird geladen …</p>`}
    `;
  }

  private renderGone() {
    return html`<p class="notice error" role="alert">${this.gone}</p>
      <p>
        Bitten Sie die Person, die Sie eingeladen hat, um einen neuen Link. Sie haben schon ein Konto?
        <a href="#/anmelden">Zur Anmeldung für Trainerinnen und Trainer</a>
      </p>`;
  }

  private renderInvite(invite: InviteInfo) {
    if (!invite.new_account) {
      const trainer = session.info?.role === 'trainer' ? session.info.trainer.name : undefined;
      return html`<p>
          ${trainer ? `Sie sind als ${trainer} angemeldet. ` : nothing}Übernehmen Sie den Workshop in Ihr Konto, dann
          leiten Sie ihn mit.
        </p>
        ${formError(this.form.errors)}
        <button class="primary" @click=${() => void this.accept(NO_ERRORS)}>Workshop in mein Konto übernehmen</button>`;
    }
    return html`${
      invite.kind === 'setup'
        ? html`<p>
            Mit diesem Link legen Sie das erste Trainerkonto an. Danach können Sie Workshops anlegen und weitere
            Trainerinnen und Trainer einladen.
          </p>`
        : html`<p>Sie wurden eingeladen, diesen Workshop mitzuleiten. Legen Sie dafür ein Trainerkonto an.</p>
            <p>
              Sie haben schon ein Konto? <a href="#/anmelden">Melden Sie sich zuerst an</a> und öffnen Sie den Link
              danach noch einmal.
            </p>`
    }
    ${this.renderForm()}`;
  }

  private renderForm() {
    const { errors } = this.form;
    return html`<form
      class="stack"
      novalidate
      aria-label="Konto anlegen"
      @submit=${onSubmit(() => this.createAccount())}
    >
      ${textField(errors, {
        field: 'login',
        label: 'Anmeldename',
        hint: '2 bis 60 Zeichen: Kleinbuchstaben, Ziffern, Punkt, Unterstrich, @ oder Bindestrich, z. B. „m.muster“.',
        value: this.login,
        autocomplete: 'username',
        autocapitalize: 'off',
        spellcheck: false,
        onInput: (value) => (this.login = value),
      })}
      ${textField(errors, {
        field: 'name',
        label: 'Ihr Name',
        hint: 'So sehen Sie andere Trainerinnen und Trainer in ihren Workshops.',
        value: this.name,
        autocomplete: 'name',
        spellcheck: false,
        onInput: (value) => (this.name = value),
      })}
      ${textField(errors, {
        field: 'password',
        label: 'Passwort',
        hint: `Mindestens ${PASSWORD_MIN_LENGTH} Zeichen. Ein langer Satz ist sicherer und leichter zu merken als ein Wort.`,
        type: 'password',
        value: this.password,
        autocomplete: 'new-password',
        onInput: (value) => (this.password = value),
      })}
      ${textField(errors, {
        field: 'repeat',
        label: 'Passwort wiederholen',
        type: 'password',
        value: this.repeat,
        autocomplete: 'new-password',
        onInput: (value) => (this.repeat = value),
      })}
      ${formError(this.form.errors)}
      <div class="actions"><button class="primary">Konto anlegen</button></div>
    </form>`;
  }
}

customElements.define('pa-invite', PaInvite);

declare global {
  interface HTMLElementTagNameMap {
    'pa-invite': PaInvite;
  }
}
