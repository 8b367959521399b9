import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadAgentChain } from '../../../stores/__tests__/workflowFixtures';
import { profileFileName, serializeProfile } from '../exportProfile';
import { renderPanel } from './renderPanel';

describe('profile export', () => {
  it('names files safely', () => {
    expect(profileFileName('Research brief #3')).toBe('profile-Research-brief-3.json');
    expect(profileFileName('../../etc')).toBe('profile-..-..-etc.json');
    expect(profileFileName('###')).toBe('profile-workflow.json');
  });

  it('downloads the complete profile as JSON from the panel', async () => {
    const created: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:profile';
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const { nodes, edges } = loadAgentChain();
    const { store } = renderPanel({ workflowId: 'Research brief', nodes, edges });
    const button = await screen.findByRole('button', { name: 'Export JSON' });
    await waitFor(() => expect(button).toBeEnabled(), { timeout: 5000 });
    await userEvent.click(button);

    expect(click).toHaveBeenCalledTimes(1);
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('profile-Research-brief.json');
    const blob = created[0];
    if (!blob) throw new Error('no blob');
    // jsdom's Blob has no text(): read it the FileReader way.
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    const profile = store.getState().profiles.get('Research brief');
    if (!profile) throw new Error('no profile');
    expect(text).toBe(serializeProfile(profile));
    expect(profile.suggestions).toBeDefined();
    expect(JSON.parse(text).schemaVersion).toBe(1);
    click.mockRestore();
  });
});
