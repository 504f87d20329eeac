/**
 * `npm run demo`: serves the bundled demo draft at its UNODC address, starts Chromium with the
 * freshly built extension on it, and shows Redline at work. Without a display it saves
 * screenshots and prints where; with a display it leaves the browser open until you close it.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchWithExtension } from '../tests/harness/browser.ts';
import { startFixtureServer } from '../tests/harness/fixture-server.ts';

const DEMO_PAGE = 'https://www.unodc.org/unodc/en/cybercrime/ad_hoc_committee/home.html';
const OUTPUT = path.resolve(import.meta.dirname, '../demo-output');

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY) && !process.env.REDLINE_DEMO_HEADLESS;
  const server = await startFixtureServer();
  const browser = await launchWithExtension(server, { headless: !headed });
  const page = await browser.context.newPage();
  await page.goto(DEMO_PAGE);
  const workbench = await browser.openExtensionPage('sidepanel.html');
  await workbench.getByRole('heading', { level: 2 }).first().waitFor();

  if (headed) {
    console.log(`Redline is running on ${DEMO_PAGE}. Close the browser window to stop.`);
    await new Promise((resolve) => browser.context.on('close', resolve));
  } else {
    await mkdir(OUTPUT, { recursive: true });
    const shots = [
      { page, file: path.join(OUTPUT, 'draft-page.png') },
      { page: workbench, file: path.join(OUTPUT, 'workbench.png') },
    ];
    for (const shot of shots) await shot.page.screenshot({ path: shot.file });
    console.log('No display: Redline ran headless. Screenshots saved:');
    for (const shot of shots) console.log(`  ${shot.file}`);
    await browser.close();
  }
  await server.close();
}

main().catch((error) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
