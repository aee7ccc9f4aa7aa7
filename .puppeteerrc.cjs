// Puppeteer must never download a browser: the machines this runs on have no route to the
// download hosts. Briefsmith finds a system Chromium instead (src/render/find-browser.ts).
module.exports = { skipDownload: true };
