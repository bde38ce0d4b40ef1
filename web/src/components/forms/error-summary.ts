import { html, nothing } from 'lit';
import type { FieldErrors } from './field-errors.ts';

/** The first element with `data-field="<field>"`, looking into the shadow roots below `root`. */
export function findField(root: ParentNode, field: string): HTMLElement | null {
  const hit = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  if (hit) return hit;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && findField(element.shadowRoot, field);
    if (inner) return inner;
  }
  return null;
}

function focusField(root: ParentNode, field: string): void {
  const target = findField(root, field);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

/**
 * The list of all errors above a long form (role="alert"; FormState focuses it), each a button to its field.
 * `label` names the fields as the form does; `root` is where the fields are searched.
 */
export function errorSummary(errors: FieldErrors, label: (field: string) => string, root: ParentNode) {
  if (errors.size === 0) return nothing;
  return html`<div class="notice error summary" role="alert" tabindex="-1">
    <h2>Bitte prüfen Sie Ihre Eingaben</h2>
    <ul>
      ${[...errors].map(([field, message]) =>
        field
          ? html`<li>
              <button type="button" class="link" @click=${() => focusField(root, field)}>
                ${label(field)}: ${message}
              </button>
            </li>`
          : html`<li>${message}</li>`,
      )}
    </ul>
  </div>`;
}
