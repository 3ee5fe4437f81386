import QRCode from 'qrcode';

/**
 * A QR code (ISO/IEC 18004) as vector paths, so it prints crisp at any resolution: one filled
 * path of the dark modules, row by row, merged into runs. Error correction M (15 %) survives a
 * smudged or creased card; the version is the smallest that holds the URL. The four-module
 * quiet zone the standard asks for is the caller's white space around the symbol.
 */
export interface QrSymbol {
  /** Modules per side (21 for version 1, 4 more per version). */
  modules: number;
  /** The dark modules as [column, row, run length] runs, row by row. */
  runs: [number, number, number][];
}

const QUIET_ZONE = 4;

export function qrSymbol(url: string): QrSymbol {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const runs: [number, number, number][] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let start = -1;
    for (let column = 0; column <= modules.size; column += 1) {
      const dark = column < modules.size && modules.get(row, column) === 1;
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push([start, row, column - start]);
        start = -1;
      }
    }
  }
  return { modules: modules.size, runs };
}

/** The quiet zone in the symbol's units: free space the symbol needs on every side. */
export function quietZone(symbol: QrSymbol, side: number): number {
  return (QUIET_ZONE * side) / symbol.modules;
}

const round = (value: number) => Number(value.toFixed(3));

/** The symbol's SVG path data, `side` wide with its top-left corner at (left, top), absolute commands only. */
export function qrPath(symbol: QrSymbol, left: number, top: number, side: number): string {
  const module = side / symbol.modules;
  return symbol.runs
    .map(([column, row, length]) => {
      const [x0, y0] = [round(left + column * module), round(top + row * module)];
      const [x1, y1] = [round(left + (column + length) * module), round(top + (row + 1) * module)];
      return `M${x0} ${y0}H${x1}V${y1}H${x0}Z`;
    })
    .join('');
}
