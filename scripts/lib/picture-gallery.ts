// The picture gallery for authors (`npm run pictures -- --html`): every picture an easy-read
// point can use, shown so authors choose by sight, not by name.
import type { PictureEntry } from '../../src/model/pictures.ts';

/** Unicode's names for OpenMoji's groups (https://unicode.org/emoji/charts/emoji-ordering.html), and OpenMoji's two extra groups. */
const GROUP_LABELS: Record<string, string> = {
  'smileys-emotion': 'Smileys and emotion',
  'people-body': 'People and body',
  'animals-nature': 'Animals and nature',
  'food-drink': 'Food and drink',
  'travel-places': 'Travel and places',
  activities: 'Activities',
  objects: 'Objects',
  symbols: 'Symbols',
  'extras-openmoji': 'OpenMoji extras',
  'extras-unicode': 'Newer Unicode symbols',
};

export interface GalleryOptions {
  /** The picture's SVG source. */
  svgOf: (picture: PictureEntry) => string;
  /** The licence credit OpenMoji requires (CC BY-SA 4.0). */
  credit: string;
  /** The OpenMoji version the pictures come from. */
  version: string;
}

interface Section {
  id: string;
  label: string;
  subgroups: { id: string; label: string; pictures: PictureEntry[] }[];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sentenceCase(slug: string): string {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Groups and subgroups in OpenMoji's order, each picture once. */
function sections(pictures: readonly PictureEntry[]): Section[] {
  const groups = new Map<string, Section>();
  for (const picture of pictures) {
    let group = groups.get(picture.group);
    if (!group) {
      group = { id: `group-${picture.group}`, label: GROUP_LABELS[picture.group] ?? sentenceCase(picture.group), subgroups: [] };
      groups.set(picture.group, group);
    }
    // Subgroup ids carry their group: OpenMoji's extras reuse the main groups' names as subgroups.
    const id = `${picture.group}--${picture.subgroup}`;
    let subgroup = group.subgroups.find((candidate) => candidate.id === id);
    if (!subgroup) {
      subgroup = { id, label: sentenceCase(picture.subgroup), pictures: [] };
      group.subgroups.push(subgroup);
    }
    subgroup.pictures.push(picture);
  }
  return [...groups.values()];
}

/** An image as a data URL, so the page works when opened straight from the disk. */
function dataUrl(svg: string): string {
  const compact = svg.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
  return `data:image/svg+xml;base64,${Buffer.from(compact).toString('base64')}`;
}

function pictureItem(picture: PictureEntry, options: GalleryOptions): string {
  // alt="": the name and keywords beside the image are the text (WCAG 1.1.1, H67).
  const image = `<img src="${dataUrl(options.svgOf(picture))}" alt="" width="96" height="96">`;
  const keywords = picture.keywords.length > 0 ? `<span class="keywords">${escapeHtml(picture.keywords.join(', '))}</span>` : '';
  return `<li id="picture-${picture.name}">${image}<code>${escapeHtml(picture.name)}</code>${keywords}</li>`;
}

function sectionHtml(section: Section, options: GalleryOptions): string {
  const subgroups = section.subgroups.map(
    (subgroup) =>
      // Not a named region: subgroup names repeat across groups, and landmarks must be unique.
      `<section><h3 id="${subgroup.id}">${escapeHtml(subgroup.label)}</h3>` +
      `<ul class="pictures">\n${subgroup.pictures.map((picture) => pictureItem(picture, options)).join('\n')}\n</ul></section>`,
  );
  return `<section aria-labelledby="${section.id}"><h2 id="${section.id}">${escapeHtml(section.label)}</h2>\n${subgroups.join('\n')}\n</section>`;
}

function contents(all: Section[]): string {
  const items = all.map((section) => {
    const count = section.subgroups.reduce((sum, subgroup) => sum + subgroup.pictures.length, 0);
    return `<li><a href="#${section.id}">${escapeHtml(section.label)}</a> (${count} pictures)</li>`;
  });
  return `<nav aria-labelledby="contents"><h2 id="contents">Contents</h2><ul>${items.join('')}</ul></nav>`;
}

// Text at least 16px, dark grey keywords at 7:1 contrast (WCAG 1.4.6), a grid that reflows to
// one column at 320px wide (WCAG 1.4.10).
const STYLE = `body{font-family:system-ui,sans-serif;font-size:1rem;line-height:1.5;color:#0b0c0c;background:#fff;margin:0 auto;padding:1rem;max-width:80rem}
code{font-size:1rem;font-weight:bold;overflow-wrap:anywhere}
.pictures{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:0.75rem}
.pictures li{border:1px solid #b1b4b6;padding:0.5rem;display:flex;flex-direction:column;align-items:center;text-align:center}
.keywords{color:#505a5f;font-size:0.875rem}
a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}`;

/** The whole gallery page: self-contained HTML (images inlined), headings per group and subgroup. */
export function pictureGalleryHtml(pictures: readonly PictureEntry[], options: GalleryOptions): string {
  const all = sections(pictures);
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Easy-read pictures: ${pictures.length} OpenMoji pictures</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Easy-read pictures</h1>
<p>Every picture an easy-read point can use: ${pictures.length} pictures from OpenMoji ${escapeHtml(options.version)}, grouped as OpenMoji groups them. Under each picture is its name and its keywords.</p>
<p>Choose the picture that shows what the point says, by looking at it. Then put its name in the point, for example <code>&lt;Point picture="telephone"&gt;</code>.</p>
<p>To search names and keywords, use your browser's Find (Ctrl+F, or Command+F on a Mac).</p>
<p>${escapeHtml(options.credit)}</p>
${contents(all)}
${all.map((section) => sectionHtml(section, options)).join('\n')}
</main>
</body>
</html>
`;
}
