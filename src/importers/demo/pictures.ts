// Pictures of the demo archive, drawn by this code as SVG (skylines, wind farms, charts, rails, pitches, circuits, posters) in each rubric's colours.

import type { EditionCode } from '../../domain/editions.js';
import type { FocalPoint } from '../../domain/cover.js';
import type { DemoRubric } from './rubrics.js';

export const PICTURE_WIDTH = 1200;
export const PICTURE_HEIGHT = 675;
const W = PICTURE_WIDTH;
const H = PICTURE_HEIGHT;

/** The credit every demo picture carries. */
export const DEMO_CREDIT = 'Lede demo';

type Theme = 'skyline' | 'wind' | 'chart' | 'rails' | 'pitch' | 'poster' | 'circuit' | 'globe';

const THEMES: Record<DemoRubric, Theme> = {
  foreignPolicy: 'skyline',
  society: 'skyline',
  world: 'globe',
  economy: 'chart',
  energy: 'wind',
  transport: 'rails',
  sport: 'pitch',
  culture: 'poster',
  technology: 'circuit',
};

/** Each rubric's colours: sky or ground from light to dark, and an accent. */
const COLOURS: Record<DemoRubric, [string, string, string, string]> = {
  foreignPolicy: ['#f6c28b', '#d9785a', '#2d3559', '#f2e6c9'],
  society: ['#bde0f2', '#6fa8d6', '#24415f', '#ffd166'],
  world: ['#0d2b45', '#1f5f8b', '#8fd3c1', '#f4a259'],
  economy: ['#eef3f8', '#c9d7e6', '#0b3d6e', '#2a9d8f'],
  energy: ['#cfe8f7', '#8cc7e8', '#3b7d4f', '#ffffff'],
  transport: ['#ffd7a8', '#f08a5d', '#3a3042', '#c9c9c9'],
  sport: ['#2f8f46', '#257a3a', '#ffffff', '#f4d35e'],
  culture: ['#f7ede2', '#f28482', '#84a59d', '#f6bd60'],
  technology: ['#0f1b2d', '#16324f', '#3ddc97', '#7fdbff'],
};

/** Alt text of each kind of drawing, in each edition's language. */
const ALT: Record<Theme, Record<EditionCode, string>> = {
  skyline: {
    az: 'Rəsm: axşam səmasının fonunda şəhər binalarının siluetləri',
    ru: 'Рисунок: силуэты городских зданий на фоне вечернего неба',
    en: 'Drawing: city buildings in silhouette against an evening sky',
  },
  globe: {
    az: 'Rəsm: meridianları və marşrut xətləri olan qlobus',
    ru: 'Рисунок: глобус с меридианами и линиями маршрутов',
    en: 'Drawing: a globe with meridians and route lines',
  },
  chart: {
    az: 'Rəsm: artan sütunlu diaqram və xətti qrafik',
    ru: 'Рисунок: столбчатая диаграмма и линия графика',
    en: 'Drawing: a bar chart with a line graph over it',
  },
  wind: {
    az: 'Rəsm: təpələrdə külək turbinləri',
    ru: 'Рисунок: ветровые турбины на холмах',
    en: 'Drawing: wind turbines on rolling hills',
  },
  rails: {
    az: 'Rəsm: üfüqə uzanan dəmir yolu xətləri',
    ru: 'Рисунок: железнодорожные пути, уходящие к горизонту',
    en: 'Drawing: railway tracks running to the horizon',
  },
  pitch: {
    az: 'Rəsm: yuxarıdan görünən futbol meydançası və top',
    ru: 'Рисунок: футбольное поле и мяч, вид сверху',
    en: 'Drawing: a football pitch and a ball seen from above',
  },
  poster: {
    az: 'Rəsm: dairələr və qövslərdən ibarət abstrakt afişa',
    ru: 'Рисунок: абстрактная афиша из кругов и дуг',
    en: 'Drawing: an abstract poster of circles and arcs',
  },
  circuit: {
    az: 'Rəsm: mikrosxem lövhəsinin yolları və qovşaqları',
    ru: 'Рисунок: дорожки и узлы печатной платы',
    en: 'Drawing: the tracks and nodes of a circuit board',
  },
};

/** A small deterministic random generator (mulberry32) seeded from a text. */
function randomOf(seedText: string): () => number {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.codePointAt(0)!) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function sky(top: string, bottom: string): string {
  return (
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">` +
    `<stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>` +
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>`
  );
}

interface Drawing {
  svg: string;
  focus: FocalPoint;
}

function skyline(rnd: () => number, [a, b, c, d]: string[]): Drawing {
  const sunX = 200 + rnd() * 800;
  let out = sky(a!, b!) + `<circle cx="${r1(sunX)}" cy="300" r="90" fill="${d}" opacity="0.9"/>`;
  let x = -20;
  let tallest = { x: W / 2, h: 0 };
  while (x < W) {
    const w = 50 + rnd() * 90;
    const h = 120 + rnd() * 330;
    if (h > tallest.h) tallest = { x: x + w / 2, h };
    out += `<rect x="${r1(x)}" y="${r1(H - 60 - h)}" width="${r1(w)}" height="${r1(h + 60)}" fill="${c}"/>`;
    for (let wy = H - 60 - h + 18; wy < H - 80; wy += 26)
      for (let wx = x + 10; wx < x + w - 14; wx += 18)
        if (rnd() < 0.35)
          out += `<rect x="${r1(wx)}" y="${r1(wy)}" width="8" height="12" fill="${d}" opacity="0.8"/>`;
    x += w + 4;
  }
  out += `<rect y="${H - 60}" width="${W}" height="60" fill="${c}" opacity="0.85"/>`;
  return { svg: out, focus: { x: tallest.x / W, y: 0.45 } };
}

function globe(rnd: () => number, [a, b, c, d]: string[]): Drawing {
  const cx = 420 + rnd() * 360;
  const cy = H / 2;
  const r = 250;
  let out =
    sky(a!, b!) +
    `<circle cx="${r1(cx)}" cy="${cy}" r="${r}" fill="${b}" stroke="${c}" stroke-width="3"/>`;
  for (let i = 1; i < 6; i++) {
    const rx = (r * i) / 6;
    out += `<ellipse cx="${r1(cx)}" cy="${cy}" rx="${r1(rx)}" ry="${r}" fill="none" stroke="${c}" stroke-width="1.5" opacity="0.7"/>`;
    const y = cy - r + (2 * r * i) / 6;
    const half = Math.sqrt(r * r - (y - cy) ** 2);
    out += `<line x1="${r1(cx - half)}" y1="${r1(y)}" x2="${r1(cx + half)}" y2="${r1(y)}" stroke="${c}" stroke-width="1.5" opacity="0.7"/>`;
  }
  for (let i = 0; i < 4; i++) {
    const x1 = cx + (rnd() - 0.5) * r * 1.4;
    const y1 = cy + (rnd() - 0.5) * r * 1.4;
    const x2 = cx + (rnd() - 0.5) * r * 1.4;
    const y2 = cy + (rnd() - 0.5) * r * 1.4;
    out +=
      `<path d="M${r1(x1)} ${r1(y1)} Q${r1((x1 + x2) / 2)} ${r1(Math.min(y1, y2) - 120)} ${r1(x2)} ${r1(y2)}" fill="none" stroke="${d}" stroke-width="4" stroke-dasharray="10 8"/>` +
      `<circle cx="${r1(x1)}" cy="${r1(y1)}" r="8" fill="${d}"/><circle cx="${r1(x2)}" cy="${r1(y2)}" r="8" fill="${d}"/>`;
  }
  for (let i = 0; i < 60; i++)
    out += `<circle cx="${r1(rnd() * W)}" cy="${r1(rnd() * H)}" r="${r1(1 + rnd() * 2)}" fill="#fff" opacity="0.6"/>`;
  return { svg: out, focus: { x: cx / W, y: 0.5 } };
}

function chart(rnd: () => number, [a, b, c, d]: string[]): Drawing {
  let out = `<rect width="${W}" height="${H}" fill="${a}"/>`;
  for (let y = 100; y < H; y += 80)
    out += `<line x1="60" y1="${y}" x2="${W - 60}" y2="${y}" stroke="${b}" stroke-width="2"/>`;
  const n = 9;
  const bw = (W - 200) / n;
  let level = 180 + rnd() * 80;
  const points: string[] = [];
  for (let i = 0; i < n; i++) {
    level = Math.max(120, Math.min(520, level + (rnd() - 0.35) * 90));
    const x = 100 + i * bw;
    out += `<rect x="${r1(x + 10)}" y="${r1(H - 60 - level)}" width="${r1(bw - 20)}" height="${r1(level)}" rx="6" fill="${c}" opacity="${r1(0.55 + (i / n) * 0.45)}"/>`;
    points.push(`${r1(x + bw / 2)},${r1(H - 100 - level * 0.9)}`);
  }
  out += `<polyline points="${points.join(' ')}" fill="none" stroke="${d}" stroke-width="8" stroke-linejoin="round"/>`;
  return { svg: out, focus: { x: 0.6, y: 0.45 } };
}

function wind(rnd: () => number, [a, b, c, d]: string[]): Drawing {
  let out = sky(a!, b!);
  out += `<path d="M0 ${H - 200} Q300 ${H - 300} 600 ${H - 220} T${W} ${H - 240} V${H} H0Z" fill="${c}" opacity="0.7"/>`;
  out += `<path d="M0 ${H - 120} Q400 ${H - 200} 800 ${H - 130} T${W} ${H - 150} V${H} H0Z" fill="${c}"/>`;
  let main = { x: W / 2, top: H };
  for (let i = 0; i < 5; i++) {
    const x = 120 + i * 240 + (rnd() - 0.5) * 80;
    const scale = 0.6 + rnd() * 0.6;
    const base = H - 150 + rnd() * 30;
    const top = base - 330 * scale;
    if (top < main.top) main = { x, top };
    const blade = 150 * scale;
    const turn = rnd() * 120;
    out += `<polygon points="${r1(x - 6 * scale)},${r1(base)} ${r1(x + 6 * scale)},${r1(base)} ${r1(x + 3)},${r1(top)} ${r1(x - 3)},${r1(top)}" fill="${d}"/>`;
    for (let k = 0; k < 3; k++) {
      const angle = ((turn + k * 120) * Math.PI) / 180;
      out += `<line x1="${r1(x)}" y1="${r1(top)}" x2="${r1(x + Math.cos(angle) * blade)}" y2="${r1(top + Math.sin(angle) * blade)}" stroke="${d}" stroke-width="${r1(7 * scale)}" stroke-linecap="round"/>`;
    }
    out += `<circle cx="${r1(x)}" cy="${r1(top)}" r="${r1(8 * scale)}" fill="${d}"/>`;
  }
  return { svg: out, focus: { x: main.x / W, y: main.top / H } };
}

function rails(rnd: () => number, [a, b, c, d]: string[]): Drawing {
  const vx = 350 + rnd() * 500;
  const vy = 260;
  let out =
    sky(a!, b!) + `<circle cx="${r1(vx)}" cy="${vy - 40}" r="70" fill="#fff6e0" opacity="0.8"/>`;
  out += `<rect y="${vy}" width="${W}" height="${H - vy}" fill="${c}"/>`;
  for (let i = 1; i < 14; i++) {
    const t = (i / 14) ** 2;
    const y = vy + (H - vy) * t;
    const half = 20 + 520 * t;
    out += `<rect x="${r1(vx - half)}" y="${r1(y)}" width="${r1(half * 2)}" height="${r1(4 + 14 * t)}" fill="${d}" opacity="0.7"/>`;
  }
  for (const side of [-1, 1])
    out += `<line x1="${r1(vx + side * 8)}" y1="${vy}" x2="${r1(vx + side * 420)}" y2="${H}" stroke="${d}" stroke-width="10"/>`;
  for (let i = 0; i < 8; i++) {
    const x = rnd() * W;
    out += `<line x1="${r1(x)}" y1="${vy}" x2="${r1(x)}" y2="${r1(vy - 60 - rnd() * 80)}" stroke="${c}" stroke-width="5"/>`;
  }
  return { svg: out, focus: { x: vx / W, y: vy / H } };
}

function pitch(rnd: () => number, [a, b, c, d]: string[]): Drawing {
  let out = `<rect width="${W}" height="${H}" fill="${a}"/>`;
  for (let x = 0; x < W; x += 160) out += `<rect x="${x}" width="80" height="${H}" fill="${b}"/>`;
  const line = `fill="none" stroke="${c}" stroke-width="6"`;
  out +=
    `<rect x="60" y="50" width="${W - 120}" height="${H - 100}" ${line}/>` +
    `<line x1="${W / 2}" y1="50" x2="${W / 2}" y2="${H - 50}" stroke="${c}" stroke-width="6"/>` +
    `<circle cx="${W / 2}" cy="${H / 2}" r="90" ${line}/>` +
    `<rect x="60" y="${H / 2 - 150}" width="170" height="300" ${line}/>` +
    `<rect x="${W - 230}" y="${H / 2 - 150}" width="170" height="300" ${line}/>`;
  const bx = 300 + rnd() * 600;
  const by = 180 + rnd() * 320;
  out += `<ellipse cx="${r1(bx + 12)}" cy="${r1(by + 30)}" rx="30" ry="10" fill="#000" opacity="0.25"/><circle cx="${r1(bx)}" cy="${r1(by)}" r="30" fill="${d}" stroke="#222" stroke-width="3"/>`;
  return { svg: out, focus: { x: bx / W, y: by / H } };
}

function poster(rnd: () => number, [a, b, c, d]: string[]): Drawing {
  let out = `<rect width="${W}" height="${H}" fill="${a}"/>`;
  const colours = [b, c, d];
  let big = { x: W / 2, y: H / 2, r: 0 };
  for (let i = 0; i < 9; i++) {
    const x = rnd() * W;
    const y = rnd() * H;
    const r = 40 + rnd() * 180;
    if (r > big.r) big = { x, y, r };
    const colour = colours[i % 3];
    out +=
      i % 2
        ? `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${colour}" opacity="0.85"/>`
        : `<path d="M${r1(x - r)} ${r1(y)} A${r1(r)} ${r1(r)} 0 0 1 ${r1(x + r)} ${r1(y)}" fill="none" stroke="${colour}" stroke-width="${r1(14 + rnd() * 20)}"/>`;
  }
  return { svg: out, focus: { x: big.x / W, y: big.y / H } };
}

function circuit(rnd: () => number, [a, b, c, d]: string[]): Drawing {
  let out = sky(a!, b!);
  const step = 60;
  for (let i = 0; i < 26; i++) {
    let x = Math.round((rnd() * W) / step) * step;
    let y = Math.round((rnd() * H) / step) * step;
    let path = `M${x} ${y}`;
    for (let k = 0; k < 4; k++) {
      if (rnd() < 0.5) x += (rnd() < 0.5 ? -1 : 1) * step * (1 + Math.floor(rnd() * 3));
      else y += (rnd() < 0.5 ? -1 : 1) * step * (1 + Math.floor(rnd() * 3));
      path += ` L${x} ${y}`;
    }
    out += `<path d="${path}" fill="none" stroke="${i % 3 ? c : d}" stroke-width="4" opacity="0.8"/><circle cx="${x}" cy="${y}" r="9" fill="${a}" stroke="${i % 3 ? c : d}" stroke-width="4"/>`;
  }
  const cx = 360 + rnd() * 480;
  out += `<rect x="${r1(cx - 110)}" y="${H / 2 - 110}" width="220" height="220" rx="16" fill="${a}" stroke="${d}" stroke-width="6"/><rect x="${r1(cx - 60)}" y="${H / 2 - 60}" width="120" height="120" rx="8" fill="${c}" opacity="0.8"/>`;
  return { svg: out, focus: { x: cx / W, y: 0.5 } };
}

const DRAW: Record<Theme, (rnd: () => number, colours: string[]) => Drawing> = {
  skyline,
  globe,
  chart,
  wind,
  rails,
  pitch,
  poster,
  circuit,
};

export interface DemoPicture {
  /** SVG source, W×H. */
  svg: string;
  focus: FocalPoint;
  /** Alt text in each edition's language. */
  alt: Record<EditionCode, string>;
}

/** The drawing of a story: its rubric's kind and colours, varied by `seed` (its translation group or key). */
export function demoPicture(rubric: DemoRubric, seed: string): DemoPicture {
  const theme = THEMES[rubric];
  const { svg, focus } = DRAW[theme](randomOf(seed), COLOURS[rubric]);
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${svg}</svg>`,
    focus: {
      x: Math.round(Math.min(0.95, Math.max(0.05, focus.x)) * 100) / 100,
      y: Math.round(Math.min(0.95, Math.max(0.05, focus.y)) * 100) / 100,
    },
    alt: ALT[theme],
  };
}
