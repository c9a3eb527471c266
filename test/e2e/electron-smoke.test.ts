import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.mjs';
import { ROOT } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const binary = electronBinary();

if (!binary) {
  console.warn('SKIPPED electron smoke test: no Electron binary in node_modules/electron (it is fetched on the first `npm start` where the network allows)');
}

describe('electron smoke', () => {
  it.skipIf(!binary)('electron smoke: the desktop window opens on the built-in sample with its flags (skipped where the Electron binary is missing)', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      env: { ...process.env, COTEJO_DATA_DIR: tempDir() } as Record<string, string>,
    });
    try {
      const window = await app.firstWindow();
      await window.getByRole('grid').locator('[data-segment-id]').first().waitFor();
      expect(await window.locator('mark[data-check="name-as-word"]').count()).toBeGreaterThan(0);
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
