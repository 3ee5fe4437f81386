// pa11y-ci bundles puppeteer; never download its browser. Checks use Debian's Chromium
// (/usr/bin/chromium, installed by scripts/setup.sh), set in .pa11yci.json.
module.exports = { skipDownload: true };
