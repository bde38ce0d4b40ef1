import { html, LitElement } from 'lit';
import { api } from '../api/client.ts';
import { navigate } from '../state/router.ts';
import { session } from '../state/session.ts';
import { baseStyles } from '../styles/shared.ts';
import { subjectPlaces } from './forms/field-errors.ts';
import { formError, onSubmit, textField } from './forms/fields.ts';
import { formStyles } from './forms/form-styles.ts';
import { FormState } from './forms/form-state.ts';

/** Trainers log in here (`#/anmelden`); without a login name the first account, "trainer", is meant. */
export class PaLogin extends LitElement {
  static override properties = {
    login: { state: true },
    password: { state: true },
  };

  declare login: string;
  declare password: string;

  // A wrong password is the whole form's error (it might be the name): only the name's own problems go there.
  private readonly form = new FormState(this, subjectPlaces({ login: 'Der Anmeldename' }));

  constructor() {
    super();
    this.login = '';
    this.password = '';
  }

  static override styles = [baseStyles, formStyles];

  private async submit(): Promise<void> {
    const login = this.login.trim();
    const errors = new Map<string, string>();
    if (!this.password) errors.set('password', 'Bitte geben Sie Ihr Passwort ein.');
    await this.form.submit(errors, async () => {
      await api.trainerLogin(login ? { login, password: this.password } : { password: this.password });
      await session.reload();
      navigate({ name: 'workshops' });
    });
  }

  override render() {
    return html`
      <h1 tabindex="-1">Anmeldung für Trainerinnen und Trainer</h1>
      <p>
        Hier melden sich Trainerinnen und Trainer an, um Workshops vorzubereiten und zu leiten. Sie nehmen an einem
        Workshop teil? <a href="#/beitreten">Dann geben Sie hier den Code ein.</a>
      </p>
      <form class="stack" novalidate aria-label="Anmelden" @submit=${onSubmit(() => this.submit())}>
        ${textField(this.form.errors, {
          field: 'login',
          label: 'Anmeldename',
          hint: 'Das erste Konto heißt „trainer“. Bleibt das Feld leer, melden Sie sich mit diesem an.',
          value: this.login,
          autocomplete: 'username',
          autocapitalize: 'off',
          spellcheck: false,
          onInput: (value) => (this.login = value),
        })}
        ${textField(this.form.errors, {
          field: 'password',
          label: 'Passwort',
          type: 'password',
          value: this.password,
          autocomplete: 'current-password',
          onInput: (value) => (this.password = value),
        })}
        ${formError(this.form.errors)}
        <div class="actions"><button class="primary">Anmelden</button></div>
      </form>
    `;
  }
}

customElements.define('pa-login', PaLogin);

declare global {
  interface HTMLElementTagNameMap {
    'pa-login': PaLogin;
  }
}
