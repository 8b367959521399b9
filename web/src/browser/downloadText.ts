/**
 * Starts a browser download of `text` as a file. Shared by the host editor (workflow export, kept saved data)
 * and the profiler (profile, runs, calibration); neither owns the other's code, so it lives here.
 */
export function downloadText(fileName: string, text: string, mimeType = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
