import type { AccountStore } from './accounts.ts';
import type { AuthoredStore } from './authored.ts';
import type { BallotStore } from './ballots.ts';
import type { EntryStore } from './entries.ts';
import type { ProviderSettingsStore } from './provider-settings.ts';
import type { RunStore } from './runs.ts';
import type { WorkshopEventStore } from './workshop-events.ts';
import type { WorkshopStore } from './workshops.ts';

export type { StoredRun } from './runs.ts';

/**
 * All persistence, async so that SQLite (Node) and D1 (Workers) share it: one interface per concept, one
 * drizzle implementation over both databases.
 */
export interface Store
  extends
    RunStore,
    AccountStore,
    WorkshopStore,
    EntryStore,
    BallotStore,
    AuthoredStore,
    WorkshopEventStore,
    ProviderSettingsStore {}
