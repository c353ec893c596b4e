// lighthouse.mjs runs Lighthouse, in its default mobile mode, on each page
// of a plan, with one Chromium for all of them, and prints one JSON line
// per page: its category scores, the weighted audits that fell short,
// Lighthouse's CPU benchmark index and the CPU slowdown used. TestLighthouse
// calls it:
//
//   node lighthouse.mjs NODE_MODULES PLAN
//
// where PLAN is JSON: {categories, skipAudits, chromeFlags, pages: [{url,
// cpuSlowdownMultiplier}]}; a multiplier of 0 keeps Lighthouse's default.
// The Chromium binary comes from $CHROME_PATH.
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

const [modules, planJSON] = process.argv.slice(2);
const plan = JSON.parse(planJSON);
const load = (file) => import(pathToFileURL(join(modules, file)).href);
const {default: lighthouse} = await load('lighthouse/core/index.js');
const chromeLauncher = await load('chrome-launcher/dist/index.js');

const chrome = await chromeLauncher.launch({chromeFlags: plan.chromeFlags});
try {
  for (const {url, cpuSlowdownMultiplier} of plan.pages) {
    const flags = {port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: plan.categories, skipAudits: plan.skipAudits};
    if (cpuSlowdownMultiplier) flags.throttling = {cpuSlowdownMultiplier};
    const {lhr} = await lighthouse(url, flags);
    const page = {url, scores: {}, failing: {}, benchmarkIndex: lhr.environment.benchmarkIndex,
      cpuSlowdownMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier,
      error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : ''};
    for (const [id, category] of Object.entries(lhr.categories)) {
      page.scores[id] = category.score;
      page.failing[id] = category.auditRefs
        .map((ref) => ({ref, audit: lhr.audits[ref.id]}))
        .filter(({ref, audit}) => ref.weight > 0 && audit.score !== null && audit.score < 1)
        .map(({ref, audit}) => `${audit.title} (${ref.id}): ${audit.score} ${audit.displayValue || ''}`.trim());
    }
    console.log(JSON.stringify(page));
  }
} finally {
  await chrome.kill();
}
