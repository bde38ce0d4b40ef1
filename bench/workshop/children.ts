import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface Child {
  process: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Starts a Node child process that sends `{url}` over IPC once it serves. */
export async function startChild(args: string[]): Promise<Child> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => Promise.reject(new Error(`${args.join(' ')} exited with ${code}`))),
  ])) as [{ url: string }];
  return {
    process: child,
    url: message.url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
