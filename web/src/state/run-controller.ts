import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { api } from '../api/client.ts';
import { ApiRequestError, errorMessage, ServerUnreachableError } from '../api/errors.ts';
import type { PersonalDataFinding, RunEvent, RunRequestInput } from '../api/types.ts';
import { formatPoints } from '../format.ts';
import { guardSentences } from '../lib/guard.ts';
import { expectedResults, totals } from './run-summary.ts';
import { RunStream } from './run-stream.ts';
import { applyEvent, viewFromRun, viewResults, type RunView } from './run-view.ts';

/** Screen readers hear progress at most this often; start and end are always announced. */
const ANNOUNCE_EVERY_MS = 5000;

const FINAL_STATUS: Record<string, string> = {
  done: 'Lauf abgeschlossen',
  cancelled: 'Lauf abgebrochen',
  failed: 'Lauf fehlgeschlagen',
  interrupted: 'Lauf unterbrochen',
  'out-of-budget': 'Lauf beendet: Budget aufgebraucht',
};

/** A run the data guard holds back until the attendee confirms (workshop policy `warn`). */
export interface PendingConfirmation {
  /** The request as it was sent: confirming sends it again, unchanged, with `confirm_personal_data`. */
  input: RunRequestInput;
  /** What was found where, never the values. */
  findings: PersonalDataFinding[];
  /** The API's sentence. */
  message: string;
}

/** The 422 of `warn`: personal data found, the attendee may confirm; anything else is no such question. */
function confirmationAsked(error: unknown, input: RunRequestInput): PendingConfirmation | undefined {
  if (!(error instanceof ApiRequestError) || error.status !== 422 || error.field !== 'confirm_personal_data') {
    return undefined;
  }
  if (input.confirm_personal_data) return undefined;
  const findings = Array.isArray(error.details.findings) ? (error.details.findings as PersonalDataFinding[]) : [];
  return { input, findings, message: error.message };
}

/** The run a workspace shows: start, follow live, reopen from history, cancel; announces progress politely. */
export class RunController implements ReactiveController {
  view?: RunView;
  /** The last start or cancel that failed, as a German sentence. */
  error = '';
  starting = false;
  /** True while the live stream is down and reconnecting. */
  streamDown = false;
  announcement = '';
  /** The last start found personal data and waits for the attendee's confirmation. */
  confirmation?: PendingConfirmation;

  private stream?: RunStream;
  private lastAnnounced = 0;
  /** Bumped on every show/start so late answers for a run no longer shown are dropped. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called once a followed run has ended and its stored state is shown. */
    private readonly onFinished: () => void = () => {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stream?.close();
  }

  get running(): boolean {
    return this.view?.run.status === 'running';
  }

  async start(input: RunRequestInput): Promise<string | undefined> {
    const generation = this.reset();
    this.starting = true;
    this.host.requestUpdate();
    try {
      const run = await api.startRun(input);
      if (generation !== this.generation) return undefined;
      this.view = { run, cells: new Map() };
      const guard = run.guard ? ` Datenschutz: ${guardSentences(run.guard)[0]}` : '';
      this.announce(`Lauf gestartet: ${run.cases.length} Fälle auf ${run.targets.length} Modellen.${guard}`);
      this.follow(run.id);
      return run.id;
    } catch (error) {
      this.confirmation = confirmationAsked(error, input);
      if (!this.confirmation) this.error = errorMessage(error);
      return undefined;
    } finally {
      this.starting = false;
      this.host.requestUpdate();
    }
  }

  /** Shows a stored run; follows it live while it is still running. */
  async show(runId: string): Promise<void> {
    if (this.view?.run.id === runId) return;
    const generation = this.reset();
    try {
      const run = await api.run(runId);
      if (generation !== this.generation) return;
      this.view = viewFromRun(run);
      if (run.status === 'running') this.follow(run.id);
    } catch (error) {
      this.error = errorMessage(error);
    }
    this.host.requestUpdate();
  }

  /** Fetches the shown run again once it has ended: revealed hidden cases arrive with their real ids and outputs. */
  async reload(): Promise<void> {
    const shown = this.view?.run;
    if (!shown || shown.status === 'running') return;
    const generation = this.generation;
    const run = await api.run(shown.id).catch(() => undefined);
    if (!run || generation !== this.generation) return;
    this.view = viewFromRun(run);
    this.host.requestUpdate();
  }

  /** The attendee decided about the pending confirmation: the question is gone either way. */
  dropConfirmation(): PendingConfirmation | undefined {
    const pending = this.confirmation;
    this.confirmation = undefined;
    this.host.requestUpdate();
    return pending;
  }

  async cancel(): Promise<void> {
    const run = this.view?.run;
    if (!run || run.status !== 'running') return;
    try {
      await api.cancelRun(run.id);
      this.announce('Der Lauf wird abgebrochen …');
    } catch (error) {
      // 409: it finished meanwhile; the stream brings the final state.
      if (error instanceof ServerUnreachableError) this.error = errorMessage(error);
    }
    this.host.requestUpdate();
  }

  private reset(): number {
    this.stream?.close();
    this.stream = undefined;
    this.view = undefined;
    this.error = '';
    this.confirmation = undefined;
    this.streamDown = false;
    return ++this.generation;
  }

  private follow(runId: string): void {
    const generation = this.generation;
    this.stream = new RunStream(runId, {
      onEvent: (event) => this.receive(event),
      onConnection: (connected) => {
        this.streamDown = !connected;
        this.host.requestUpdate();
        // Back after a drop: the run may have ended meanwhile (e.g. the server restarted); the store knows.
        if (connected) void this.reconcile(runId, generation);
      },
    });
  }

  private receive(event: RunEvent): void {
    if (!this.view) return;
    this.view = applyEvent(this.view, event);
    if (event.type === 'case-finished') this.announceProgress();
    if (event.type === 'run-finished') {
      this.streamDown = false;
      const { score, passed, count } = totals(viewResults(this.view));
      const scoreText = score === null ? '' : ` Durchschnitt ${formatPoints(score)}, ${passed} von ${count} bestanden.`;
      this.announce(`${FINAL_STATUS[event.status] ?? 'Lauf beendet'}.${scoreText}`);
      void this.reconcile(event.runId, this.generation);
    }
    this.host.requestUpdate();
  }

  /** Replaces the streamed state by the stored run once it has ended: the store is the authority. */
  private async reconcile(runId: string, generation: number): Promise<void> {
    const run = await api.run(runId).catch(() => undefined);
    if (!run || generation !== this.generation || run.status === 'running') return;
    this.stream?.close();
    this.streamDown = false;
    this.view = viewFromRun(run);
    this.host.requestUpdate();
    this.onFinished();
  }

  private announceProgress(): void {
    if (!this.view || Date.now() - this.lastAnnounced < ANNOUNCE_EVERY_MS) return;
    const done = viewResults(this.view).length;
    this.announce(`${done} von ${expectedResults(this.view.run)} Ergebnissen fertig.`);
  }

  private announce(text: string): void {
    this.lastAnnounced = Date.now();
    this.announcement = text;
  }
}
