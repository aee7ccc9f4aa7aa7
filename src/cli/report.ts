/** How the CLI prints diagnostics: one line each, `file:line:col: severity: message`. */
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';

export function printDiagnostics(diagnostics: Diagnostic[], stream: NodeJS.WritableStream = process.stderr): void {
  for (const d of diagnostics) stream.write(`${formatDiagnostic(d)}\n`);
}
