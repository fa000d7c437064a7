// A story's views per hour as a small SVG bar chart, drawn on the server (no chart library in the newsroom).

/** Text and attribute values escaped for XML. */
function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const WIDTH = 480;
const HEIGHT = 120;
const PAD = { top: 8, right: 4, bottom: 18, left: 32 };

/**
 * Bars of views per hour, oldest on the left, the highest value on the axis; `label` is the
 * chart's accessible name (in the editor's language) and `tick(at)` the text under every sixth bar.
 */
export function viewsChartSvg(
  hours: readonly { at: string; views: number }[],
  label: string,
  tick: (at: string) => string,
): string {
  const max = Math.max(1, ...hours.map((h) => h.views));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const step = hours.length > 0 ? innerW / hours.length : innerW;
  const bar = Math.max(1, step - 1);
  const parts: string[] = [];
  hours.forEach((h, i) => {
    const height = (h.views / max) * innerH;
    const x = PAD.left + i * step;
    if (h.views > 0)
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${(PAD.top + innerH - height).toFixed(1)}" width="${bar.toFixed(1)}" height="${height.toFixed(1)}" fill="#0b3d6e"><title>${escapeXml(`${tick(h.at)}: ${h.views}`)}</title></rect>`,
      );
    if (i % 6 === 0)
      parts.push(
        `<text x="${x.toFixed(1)}" y="${HEIGHT - 4}" font-size="10" fill="#555">${escapeXml(tick(h.at))}</text>`,
      );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeXml(label)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<line x1="${PAD.left}" y1="${PAD.top + innerH}" x2="${WIDTH - PAD.right}" y2="${PAD.top + innerH}" stroke="#999"/>`,
    `<text x="${PAD.left - 4}" y="${PAD.top + 8}" font-size="10" fill="#555" text-anchor="end">${max}</text>`,
    `<text x="${PAD.left - 4}" y="${PAD.top + innerH}" font-size="10" fill="#555" text-anchor="end">0</text>`,
    ...parts,
    '</svg>',
  ].join('');
}
