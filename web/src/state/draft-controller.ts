import type { ReactiveControllerHost } from 'lit';
import type { ExerciseDetail, Prompt, ProviderInfo } from '../api/types.ts';
import { defaultModels } from '../lib/models.ts';
import { draftKey, loadDraft, saveDraft, type Draft } from './drafts.ts';

/** The draft of one exercise: saved on every change, and a prompt taken over from a run can be undone. */
export class DraftController {
  draft: Draft = { system: '', user: '', models: [] };
  /** The draft before a prompt was taken over from a run, and where that prompt came from. */
  undo?: { draft: Draft; source: string };
  private key = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The saved draft of this exercise (the team's, in a workshop), else its starter prompt and default models. */
  open(exercise: ExerciseDetail, providers: ProviderInfo[], teamId?: string): void {
    this.key = draftKey(exercise.id, teamId);
    this.draft = loadDraft(this.key) ?? {
      system: exercise.starter.system ?? '',
      user: exercise.starter.user,
      models: defaultModels(providers),
    };
    this.host.requestUpdate();
  }

  update(part: Partial<Draft>): void {
    this.draft = { ...this.draft, ...part };
    saveDraft(this.key, this.draft);
    this.host.requestUpdate();
  }

  adopt(prompt: Prompt, source: string): void {
    this.undo = { draft: this.draft, source };
    this.update({ system: prompt.system ?? '', user: prompt.user });
  }

  restore(): void {
    if (!this.undo) return;
    const { system, user } = this.undo.draft;
    this.undo = undefined;
    this.update({ system, user });
  }
}
