/**
 * `npm run profile -- <workflow.json> [--format text|json|csv] [--hardware …] [--budget …]` (see --help).
 */
import { runCli } from './cli/runCli';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
