import { css, html } from 'lit';
import type { FileProblem } from '../../api/types.ts';

export const TABS = [
  ['task', 'Aufgabe'],
  ['docs', 'Dokumente'],
  ['starter', 'Vorlage'],
  ['settings', 'Einstellungen'],
  ['cases', 'Testfälle'],
  ['checks', 'Prüfungen'],
  ['check', 'Testfälle prüfen'],
  ['versions', 'Versionen'],
  ['yaml', 'Experten (YAML)'],
] as const;

export type TabId = (typeof TABS)[number][0];

const PROMPT_TABS: Record<string, TabId> = {
  id: 'task',
  title: 'task',
  level: 'task',
  tags: 'task',
  task: 'task',
  context: 'docs',
  starter: 'starter',
  settings: 'settings',
};

/** The tab whose form shows the field a problem names; the YAML tab for what no form shows. */
export function tabOf(problem: FileProblem): TabId {
  const field = problem.field ?? '';
  const top = field.split(/[.[]/)[0] ?? '';
  if (problem.file === 'prompt') return PROMPT_TABS[top] ?? 'yaml';
  if (top === 'exercise') return 'task';
  if (['defaults', 'pass', 'judge'].includes(top) || /^cases\[\d+\]\.assert/.test(field)) return 'checks';
  return top === 'cases' ? 'cases' : 'yaml';
}

/**
 * The tab list (WAI-ARIA tabs: arrow keys, Home and End move between tabs and show them, Tab leaves the list).
 * `problems` counts what is wrong per tab, so the trainer sees where to look.
 */
export function tabList(active: TabId, problems: readonly FileProblem[], choose: (tab: TabId, focus: boolean) => void) {
  const counts = new Map<TabId, number>();
  for (const p of problems) counts.set(tabOf(p), (counts.get(tabOf(p)) ?? 0) + 1);
  const onKey = (event: KeyboardEvent) => {
    const at = TABS.findIndex(([id]) => id === active);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    choose(TABS[(next + TABS.length) % TABS.length]![0], true);
  };
  return html`<div class="tabs" role="tablist" aria-label="Teile der Übung" @keydown=${onKey}>
    ${TABS.map(([id, label]) => {
      const count = counts.get(id) ?? 0;
      return html`<button
        type="button"
        role="tab"
        id="tab-${id}"
        aria-controls="panel-${id}"
        aria-selected=${id === active ? 'true' : 'false'}
        tabindex=${id === active ? 0 : -1}
        @click=${() => choose(id, false)}
      >
        ${label}${
          count
            ? html`<span class="count" aria-hidden="true">${count}</span
                ><span class="sr-only">, ${count === 1 ? 'ein Problem' : `${count} Probleme`}</span>`
            : ''
        }
      </button>`;
    })}
  </div>`;
}

export const tabStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 2px solid var(--pa-border-strong);
    margin: 1rem 0 1.25rem;
  }
  [role='tab'] {
    border-radius: var(--pa-radius) var(--pa-radius) 0 0;
    border-color: transparent;
    border-bottom: 0;
    color: var(--pa-text);
    font-weight: 600;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--pa-border-strong);
    background: var(--pa-surface);
    color: var(--pa-primary);
    box-shadow: inset 0 -4px 0 var(--pa-primary);
  }
  .count {
    display: inline-block;
    min-width: 1.4rem;
    padding: 0 0.35rem;
    border-radius: 999px;
    background: var(--pa-bad);
    color: #fff;
    font-size: 0.85rem;
    text-align: center;
  }
`;
