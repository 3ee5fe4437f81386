import { loadAllCharters, loadAllEasyReads } from './src/model/load-charter.ts';
import { checkEasyRead, formatFinding } from './src/checks/easy-read.ts';
const charters = loadAllCharters();
try {
  for (const doc of loadAllEasyReads(charters)) {
    const f = checkEasyRead(doc, doc.id);
    console.log(doc.id, 'errors', f.filter(x => x.severity === 'error').length, 'warnings', f.filter(x => x.severity === 'warning').length);
    f.filter(x => x.severity === 'error').slice(0, 8).forEach(x => console.log('  ' + formatFinding(x)));
  }
} catch (e) { console.log(String(e.message).slice(0, 3000)); }
