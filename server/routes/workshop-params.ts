import { z } from '@hono/zod-openapi';
import { idParam } from './schemas.ts';

export const workshopParams = z.object({ id: idParam('id', '0f8fad5b-d9cb-469f-a165-70867728950e') });

export const teamParams = workshopParams.extend({ team: idParam('team', '7c9e6679-7425-40de-944b-e07fc1f90ae7') });

export const participantParams = workshopParams.extend({
  participant: idParam('participant', '16fd2706-8baf-433b-82eb-8c7fada847da'),
});
