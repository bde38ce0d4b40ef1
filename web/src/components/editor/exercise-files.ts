import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ExerciseFiles } from '../../api/types.ts';
import { FILE_PATHS, readFile, type FileName } from './editor-model.ts';

/** Which of the two files a text is: the test case file names its exercise and has cases. */
function fileOf(text: string): FileName {
  const read = readFile(text);
  return read.ok && ('cases' in read.data || 'exercise' in read.data) ? 'evals' : 'prompt';
}

/**
 * The two files of an exercise from what a trainer picked: both YAML files (in any order, whatever their names),
 * or one ZIP with `prompts/<id>.yaml` and `evals/<id>.yaml`. A German sentence when that is not what was picked.
 */
export async function readUpload(picked: readonly File[]): Promise<ExerciseFiles | string> {
  let texts: string[];
  if (picked.length === 1 && /\.zip$/i.test(picked[0]!.name)) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(new Uint8Array(await picked[0]!.arrayBuffer()));
    } catch {
      return 'Die ZIP-Datei lässt sich nicht öffnen.';
    }
    texts = Object.entries(entries)
      .filter(([name]) => /(^|\/)(prompts|evals)\/[^/]+\.ya?ml$/i.test(name))
      .map(([, bytes]) => strFromU8(bytes));
  } else {
    texts = await Promise.all(picked.map((file) => file.text()));
  }
  if (texts.length !== 2) {
    return 'Bitte wählen Sie genau zwei YAML-Dateien (prompts/<id>.yaml und evals/<id>.yaml) oder eine ZIP-Datei mit ihnen.';
  }
  const [first, second] = texts as [string, string];
  const firstIs = fileOf(first);
  if (firstIs === fileOf(second)) {
    return 'Die zwei Dateien müssen eine Übungsdatei (mit „task“ und „starter“) und eine Testfalldatei (mit „cases“) sein.';
  }
  return firstIs === 'prompt' ? { prompt: first, evals: second } : { prompt: second, evals: first };
}

/** Both files in one ZIP, in the folders the catalogue and `promptathon validate` expect. */
export function downloadZip(id: string, files: ExerciseFiles): void {
  const zip = zipSync({
    [FILE_PATHS.prompt(id)]: strToU8(files.prompt),
    [FILE_PATHS.evals(id)]: strToU8(files.evals),
  });
  const url = URL.createObjectURL(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${id}.zip`;
  link.click();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
