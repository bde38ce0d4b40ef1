import type { Catalogue } from '../exercises/catalogue.ts';
import type { RunScope, RunSpace, SessionRecord } from '../store/records.ts';

/**
 * Who is asking: nobody yet (`none`), the one person of the open sandbox (`open`), a logged-in trainer, or a
 * member of a workshop team. Resolved once per request from the session cookie (sessions/middleware.ts).
 */
export type Viewer =
  | { role: 'none' }
  | { role: 'open' }
  | Extract<SessionRecord, { role: 'trainer' }>
  | Extract<SessionRecord, { role: 'team' }>;

export type TeamViewer = Extract<Viewer, { role: 'team' }>;

/** Hono's environment of the app: every handler reads the viewer from `c.var.viewer`. */
export interface AppEnv {
  Variables: {
    viewer: Viewer;
    /** The exercises as they are now (library and published own ones), read once per request when needed. */
    catalogue: () => Promise<Catalogue>;
    /** The stamp of trainers' own exercises, if the session lookup brought it (it does with every session). */
    authoredStamp: string | undefined;
  };
}

/** The runs a viewer lists as "mine": a team's, a trainer's own try-outs, or the open sandbox's. */
export function scopeOf(viewer: Viewer): RunScope {
  if (viewer.role === 'team') return { teamId: viewer.team.id };
  if (viewer.role === 'trainer') return { trainerId: viewer.trainer.id };
  return { open: true };
}

/** Where a run the viewer starts belongs. */
export function spaceOf(viewer: Viewer): RunSpace {
  if (viewer.role === 'team') {
    return {
      workshopId: viewer.workshop.id,
      teamId: viewer.team.id,
      trainerId: null,
      participantId: viewer.participant.id,
    };
  }
  return {
    workshopId: null,
    teamId: null,
    trainerId: viewer.role === 'trainer' ? viewer.trainer.id : null,
    participantId: null,
  };
}
