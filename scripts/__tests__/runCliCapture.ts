/** Test helper: runs the CLI in-process and captures what it prints. */
import { runCli } from '../cli/runCli';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliCapture(argv: readonly string[], cwd?: string): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}
