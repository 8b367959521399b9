/**
 * `npm run profile -- <workflow.json> [--format text|json|csv] [--hardware …] [--budget …]` (see --help).
 */
import { runCli } from './cli/runCli';

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
