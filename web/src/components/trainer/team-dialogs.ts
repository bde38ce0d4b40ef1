import { TEAM_NAME_LENGTH } from '../../../../server/schema/limits.ts';
import { ApiRequestError } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { Team } from '../../api/types.ts';
import type { DialogRequest } from './pa-action-dialog.ts';
import { memberLabel, type Member } from './pa-teams-table.ts';

/** What the dialogs need from the workshop page: the workshop, and what to do once something changed. */
export interface TeamDialogContext {
  workshopId: string;
  /** Reloads the page's data and says what happened (politely, in the live region). */
  done: (announcement: string) => Promise<void>;
  /** Where the focus goes when the removed row's button is gone. */
  teamsHeading: () => HTMLElement | null | undefined;
}

export const renameTeamDialog = (ctx: TeamDialogContext, team: Team): DialogRequest => ({
  heading: `Team „${team.name}“ umbenennen`,
  text: ['Die Mitglieder sehen den neuen Namen sofort.'],
  confirm: 'Umbenennen',
  input: {
    label: 'Neuer Teamname',
    value: team.name,
    hint: `${TEAM_NAME_LENGTH.min} bis ${TEAM_NAME_LENGTH.max} Zeichen.`,
    maxlength: TEAM_NAME_LENGTH.max,
  },
  action: async (value) => {
    const name = value.trim();
    try {
      await trainerApi.renameTeam(ctx.workshopId, team.id, name);
    } catch (error) {
      // Names are unique regardless of case and spaces: say so, as "Team Nord" and "teamnord" look different.
      if (error instanceof ApiRequestError && error.status === 409) {
        throw new ApiRequestError(
          `${error.message} Bitte wählen Sie einen anderen Namen; Groß- und Kleinschreibung und Leerzeichen zählen dabei nicht.`,
          409,
          error.field,
        );
      }
      throw error;
    }
    await ctx.done(`Das Team heißt jetzt „${name}“.`);
  },
});

export const removeTeamDialog = (ctx: TeamDialogContext, team: Team): DialogRequest => ({
  heading: `Team „${team.name}“ entfernen?`,
  text: [
    'Alle Mitglieder dieses Teams werden sofort abgemeldet und können in diesem Team nicht weiterarbeiten.',
    'Die Versuche des Teams bleiben für die Auswertung gespeichert.',
  ],
  confirm: 'Team entfernen',
  danger: true,
  action: async () => {
    await trainerApi.removeTeam(ctx.workshopId, team.id);
    await ctx.done(`Das Team „${team.name}“ ist entfernt.`);
  },
  fallbackFocus: ctx.teamsHeading,
});

export const removeMemberDialog = (ctx: TeamDialogContext, team: Team, member: Member): DialogRequest => {
  const who = memberLabel(team, member);
  return {
    heading: `${who} aus „${team.name}“ entfernen?`,
    text: [
      `${who} wird sofort abgemeldet. Das Team arbeitet weiter; seine Versuche bleiben gespeichert.`,
      'Solange der Beitritt offen ist, kann die Person mit dem Code wieder beitreten.',
    ],
    confirm: 'Person entfernen',
    danger: true,
    action: async () => {
      await trainerApi.removeParticipant(ctx.workshopId, member.id);
      await ctx.done(`${who} ist aus „${team.name}“ entfernt.`);
    },
    fallbackFocus: ctx.teamsHeading,
  };
};
