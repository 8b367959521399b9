/**
 * Captures the browser downloads a component starts (an object URL clicked through an anchor): jsdom has no
 * `URL.createObjectURL`, and an anchor click would try to navigate.
 */
export interface CapturedDownload {
  name: string;
  type: string;
  text: string;
}

export function captureDownloads() {
  const blobs: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: jest.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:download-${blobs.length}`;
    }),
    revokeObjectURL: jest.fn(),
  });
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return {
    /** The latest download: its file name, type and text. */
    async last(): Promise<CapturedDownload> {
      const anchor = click.mock.contexts[click.mock.contexts.length - 1] as HTMLAnchorElement;
      const blob = blobs[blobs.length - 1]!;
      // jsdom's Blob has no text(): read it the FileReader way.
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(blob);
      });
      return { name: anchor.download, type: blob.type, text };
    },
    count: () => click.mock.calls.length,
    restore: () => click.mockRestore(),
  };
}
