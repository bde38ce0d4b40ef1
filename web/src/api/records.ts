import { request, send, workshopPath } from './client.ts';
import type { LibrarySelection, LibraryView, TrainingRecords } from './types.ts';

/** The files a workshop's trainers can download (the browser sends the session cookie along). */
export type ExportFile =
  'results.csv' | 'results.json' | 'training-record.csv' | 'training-record.json' | 'library.md' | 'library.zip';

/** After a workshop: its results, the participants' training records and the prompt library (trainers only). */
export const recordsApi = {
  exportUrl: (id: string, file: ExportFile) => `${workshopPath(id)}/export/${file}`,
  trainingRecords: (id: string) => request<TrainingRecords>(`${workshopPath(id)}/export/training-record.json`),
  library: (id: string) => request<LibraryView>(`${workshopPath(id)}/library`),
  saveLibrary: (id: string, selection: LibrarySelection) =>
    send<LibraryView>('PUT', `${workshopPath(id)}/library`, selection),
};
