/** A problem with a file or value the user gave: reported on stderr with exit code 2, no stack trace. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
