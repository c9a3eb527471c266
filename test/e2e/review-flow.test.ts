/**
 * The whole review flow in a real browser against the real host process: see the pair and its flags, fix
 * segments, review them as editor, export, switch the UI language, then restart the host and find it all there.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_SOURCE } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';
import { launchChromium } from './browser';
import { startHostProcess, type HostProcess } from './host-process';
import { WorkbenchPage } from './pages/workbench-page';

const tempDir = useTempDir();
const SCREENSHOT_DIR = process.env.COTEJO_SCREENSHOT_DIR ?? join(ROOT, 'test-results');

describe('e2e: review flow in Chromium against the browser host', () => {
  let browser: Browser;
  let host: HostProcess | null = null;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
  });

  it('opens the sample, flags, corrects, reviews, exports, translates the UI, and keeps it all across a host restart', async () => {
    const dataDir = tempDir();
    host = await startHostProcess(dataDir);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', acceptDownloads: true });
    context.setDefaultTimeout(10_000);
    const page = new WorkbenchPage(await context.newPage());
    await page.open(host.url);

    // Step 2: source and MT side by side, one row per paragraph.
    const sourceParagraphs = readFileSync(SAMPLE_SOURCE, 'utf8').split('\n').filter((l) => l.trim() !== '');
    await expect.poll(() => page.rows.count()).toBe(sourceParagraphs.length);
    await expect.poll(() => page.row(1).locator('.cell-source').textContent()).toContain('Contactos secretos');
    await expect.poll(() => page.row(1).locator('.cell-target').textContent()).toContain('Secret contacts');

    // Step 3: the two flags the product exists for, on the right words, linked to their source words.
    const nameRow = await page.rowWithFlag('name-as-word');
    await expect.poll(() => nameRow.locator('mark[data-check="name-as-word"]').allTextContents()).toContain('Hair');
    const idiomRow = await page.rowWithFlag('literal-idiom');
    expect((await idiomRow.locator('.cell-target mark[data-check="literal-idiom"]').textContent()) ?? '').toContain('blisters');
    expect(await idiomRow.locator('.cell-source mark[data-check="literal-idiom"]').textContent()).toContain('ampollas');
    await nameRow.locator('.cell-target mark[data-check="name-as-word"]').hover();
    await expect.poll(() => nameRow.locator('.cell-source mark.active').textContent()).toBe('Cabello');
    expect(await page.rowsWithFlag('space-before-punctuation').count()).toBeGreaterThan(0);

    // Step 4: apply the suggestion; the word diff against the MT shows it; the revision is saved.
    await page.select(nameRow);
    await expect.poll(() => page.inspector.textContent()).toContain('Diosdado Cabello');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.page.screenshot({ path: join(SCREENSHOT_DIR, 'workbench.png') });
    await page.applySuggestion('Cabello');
    await expect.poll(() => page.editor(nameRow).inputValue()).toContain('a Cabello envoy');
    await expect.poll(() => page.inspector.getByTestId('diff').locator('del').allTextContents()).toEqual(['Hair']);
    expect(await page.inspector.getByTestId('diff').locator('ins').allTextContents()).toEqual(['Cabello']);
    await expect.poll(() => page.inspector.getByTestId('history').locator('li').count()).toBe(2);
    expect(await page.state(nameRow).getAttribute('data-state')).toBe('edited');

    // ... and type a correction by hand.
    await page.select(idiomRow);
    const corrected = (await page.editor(idiomRow).inputValue()).replace('raised blisters in', 'caused unease at');
    await page.typeAndSave(idiomRow, corrected);
    await expect.poll(() => page.state(idiomRow).getAttribute('data-state')).toBe('edited');
    await expect.poll(() => idiomRow.locator('mark[data-check="literal-idiom"]').count()).toBe(0);

    // Step 5: the editor approves one segment and rejects another (a comment is required).
    await page.setRole('editor');
    await page.select(nameRow);
    await page.review('approve');
    await expect.poll(() => page.state(nameRow).getAttribute('data-state')).toBe('approved');
    await page.select(idiomRow);
    await page.review('reject');
    await expect.poll(() => page.inspector.getByRole('alert').textContent()).toContain('comment is required');
    expect(await page.state(idiomRow).getAttribute('data-state')).toBe('edited');
    await page.review('reject', 'Say "at the State Department", not "in".');
    await expect.poll(() => page.state(idiomRow).getAttribute('data-state')).toBe('rejected');
    await expect.poll(() => page.page.getByTestId('count-approved').textContent()).toContain('1');

    // Step 6: export the clean translation with the original paragraph layout.
    const exported = await page.exportTranslation();
    expect(exported.name).toBe('es.en.txt');
    expect(exported.content).toContain('This last meeting was attended by a Cabello envoy');
    expect(exported.content).toContain('have caused unease at the State Department');
    expect(exported.content.split('\n').length).toBe(readFileSync(SAMPLE_SOURCE, 'utf8').split('\n').length);
    expect(exported.content).toContain('\n  • Donald Trump\n');

    // Step 7: the UI speaks Spanish, then English again.
    await page.setLanguage('es');
    await expect.poll(() => page.page.getByTestId('export').textContent()).toBe('Exportar traducción');
    expect(await page.grid.getByRole('columnheader').allTextContents()).toContain('Original');
    expect(await page.state(nameRow).textContent()).toContain('Aprobado');
    await page.setLanguage('en');
    await expect.poll(() => page.page.getByTestId('export').textContent()).toBe('Export translation');

    // The work survives a restart of the host.
    await host.stop();
    host = await startHostProcess(dataDir);
    await page.open(host.url);
    const reopenedName = page.rows.filter({ hasText: 'a Cabello envoy' });
    await expect.poll(() => reopenedName.count()).toBe(1);
    expect(await page.state(reopenedName).getAttribute('data-state')).toBe('approved');
    const reopenedIdiom = page.rows.filter({ hasText: 'caused unease at the State Department' });
    expect(await page.state(reopenedIdiom).getAttribute('data-state')).toBe('rejected');
    await page.select(reopenedIdiom);
    await expect.poll(() => page.inspector.getByTestId('history').textContent()).toContain('Say "at the State Department", not "in".');
    await context.close();
  }, 120_000);
});
