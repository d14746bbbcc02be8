/** --speak: say Alexa's words aloud through espeak-ng when it is installed; otherwise nothing. */
import { spawn, spawnSync } from 'node:child_process';

const VOICES: Record<string, string> = { 'en-US': 'en-us', 'en-GB': 'en-gb' };

export function espeakSpeaker(locale: string): ((text: string) => Promise<void>) | undefined {
  const probe = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) return undefined;
  const voice = VOICES[locale] ?? 'en';
  return (text) =>
    new Promise((done) => {
      const child = spawn('espeak-ng', ['-v', voice, text], { stdio: 'ignore' });
      child.once('exit', () => done());
      child.once('error', () => done());
    });
}
