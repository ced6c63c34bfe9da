// Builds the two store packages at the repository's top-level dist/:
// minuku-chrome.zip and minuku-firefox.zip. Both hold exactly src/ (one
// manifest serves both browsers); web-ext builds them, so what is zipped is
// what `web-ext lint` checked.
//   npm run package
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import webExt from "web-ext";

const sourceDir = fileURLToPath(new URL("../src/", import.meta.url));
const artifactsDir = fileURLToPath(new URL("../../dist/", import.meta.url));

for (const browser of ["chrome", "firefox"]) {
  const filename = `minuku-${browser}.zip`;
  await rm(artifactsDir + filename, { force: true });
  const { extensionPath } = await webExt.cmd.build(
    { sourceDir, artifactsDir, filename, overwriteDest: true },
    { shouldExitProgram: false },
  );
  console.log(`built ${extensionPath}`);
}
