import { cachedModelAsync } from '../../model/model-cache.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UndrawableTextError } from '../../lib/glyph-coverage.ts';
import { bilingualCardContent } from '../../model/bilingual-card.ts';
import { configuredSiteUrl } from '../../lib/site-url.ts';
import { cardContent, cardPageUrl, usesSiteContact, type CardSite, type CardSource } from '../../model/card-content.ts';
import type { CardBlock } from '../../model/card-source.ts';
import type { ContentProblem } from '../../model/content-error.ts';
import { translationPairs } from '../../model/translations.ts';
import type { CharterDocument } from '../../model/types.ts';
import {
  ADDRESS_LABEL,
  BILINGUAL_CARD,
  CardOverflowError,
  LARGE_PRINT_CARD,
  proveCardFits,
  renderBilingualCardSvg,
  WALLET_CARD,
  type CardProfile,
  type CardSide,
} from '../../renderers/card/index.ts';

const SIDES = ['front', 'back'] as const;

/** What a card's side is laid out from, and whose contact line its back gives. */
interface SideCheck {
  file: string;
  side: CardSide;
  what: string;
  profile: CardProfile;
  /** True when the back gives the site's contact line (usesSiteContact) in either language. */
  siteContact: boolean;
}

const CARD_FIX = 'Use fewer or shorter promises (about 27 characters each), or a shorter title or contact line.';
const ADDRESS_FIX = "The back ends with the charter's web address, /charters/<folder name>: use a shorter folder name, or one with hyphens.";
const SITE_FIX =
  "Shorten operator in content/site.yaml (and its Welsh under cy:). Give the card a contact line (card.contact) only if the charter's own words give one.";

/** The problem for a side that does not fit, at the charter's `card:` line; other errors are rethrown. */
function overflowProblem(error: unknown, check: SideCheck): ContentProblem | undefined {
  // Characters the font lacks are reported by the glyph check, at their own line.
  if (error instanceof UndrawableTextError) return undefined;
  if (!(error instanceof CardOverflowError)) throw error;
  const lines = readFileSync(check.file, 'utf8').split('\n');
  const relative = path.relative(process.cwd(), check.file);
  // Such a back holds only the site's words and the product's: the charter's card block cannot shorten it.
  const siteBack = check.side === 'back' && check.siteContact;
  const because = siteBack ? " It gives the site's contact (content/site.yaml) because the charter gives no phone, text relay or email." : '';
  return {
    file: relative.startsWith('..') ? check.file : relative,
    line: lines.findIndex((line) => line.startsWith('card:')) + 1 || 1,
    rule: 'card-fit',
    message: `The ${check.what} does not fit: ${error.field} runs ${error.overflowMm.toFixed(1)} mm past the safe area even at ${check.profile.fontSize.min} pt.${because}`,
    // An address wider than the card needs a shorter folder name (one with no room below the words is left off the card).
    fix: error.field === ADDRESS_LABEL && error.wide ? ADDRESS_FIX : siteBack ? SITE_FIX : CARD_FIX,
  };
}

/** Lays out one side; a side that does not fit is a problem, anything else is rethrown. */
async function problemOf(render: () => Promise<unknown>, check: SideCheck): Promise<ContentProblem[]> {
  try {
    await render();
    return [];
  } catch (error) {
    const problem = overflowProblem(error, check);
    return problem ? [problem] : [];
  }
}

/**
 * The wallet and large-print cards of one charter, the sides in `sides` only, with the
 * charter's page address on the back as published (`siteUrl`).
 */
async function singleCardProblems(source: CardSource, sides: readonly CardSide[], file: string, site: CardSite | undefined, siteUrl: string) {
  const siteContact = usesSiteContact(source);
  // Without valid site settings (their own error) the site's contact line is unknown.
  const known = sides.filter((side) => side === 'front' || site || !siteContact);
  const content = cardContent(source, site ?? NO_SITE, cardPageUrl(source.id, siteUrl));
  // Laid out once for these words (model-cache.ts): a rebuild lays out only changed cards.
  return cachedModelAsync({ check: 'card-fit', file, known, siteContact, content }, async () => {
    const problems: ContentProblem[] = [];
    for (const profile of [WALLET_CARD, LARGE_PRINT_CARD]) {
      for (const side of known) {
        const check = { file, side, what: `${side} of the ${profile.label.toLowerCase()}`, profile, siteContact };
        // The site is only read for the site's contact line, which `known` leaves out when it is missing.
        problems.push(...(await problemOf(() => proveCardFits(content, side, profile), check)));
      }
    }
    return problems;
  });
}

/** Stands in for missing site settings where no side laid out reads them (see `known`). */
const NO_SITE: CardSite = { operator: '', contactEmail: '' };

/** Each translated pair's bilingual card, reported at the first-language charter's `card:` line. */
async function bilingualProblems(
  charters: readonly CharterDocument[],
  fileOf: (id: string) => string,
  site: CardSite,
  firstLanguage: string,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const { first, second } of translationPairs(charters, firstLanguage)) {
    const content = bilingualCardContent(first, second, site);
    for (const side of SIDES) {
      const check = {
        file: fileOf(first.id),
        side,
        what: `${side} of the ${BILINGUAL_CARD.label.toLowerCase()} with ${second.id} (both languages at the same size)`,
        profile: BILINGUAL_CARD,
        siteContact: usesSiteContact(first) || usesSiteContact(second),
      };
      problems.push(...(await problemOf(() => renderBilingualCardSvg(content, side, { bleed: false }), check)));
    }
  }
  return problems;
}

/**
 * Lays out every card before the build writes anything: text that does not fit (satori
 * would clip it silently) is reported at the charter's `card:` line, with the field and by
 * how much it runs over. `charters` are the charters that loaded; `unloaded` the valid card
 * blocks of those that did not (card-source.ts), so a card that does not fit is reported in
 * the same run as the file's other errors. With `firstLanguage` (the site's), each translated
 * pair's bilingual card is laid out too and reported at the first-language charter's `card:`
 * line. `site` gives the contact line of a card whose charter gives no phone or email;
 * `siteUrl` the address of each charter's page on its card's back (default: as the build's).
 */
export async function checkCards(input: {
  charters: readonly CharterDocument[];
  unloaded?: readonly CardBlock[];
  dir: string;
  site?: CardSite | undefined;
  firstLanguage?: string | undefined;
  siteUrl?: string | undefined;
}): Promise<ContentProblem[]> {
  const { charters, dir, site, firstLanguage } = input;
  const siteUrl = input.siteUrl ?? configuredSiteUrl();
  const fileOf = (id: string) => path.join(dir, id, 'charter.mdx');
  const problems: ContentProblem[] = [];
  for (const doc of charters) problems.push(...(await singleCardProblems(doc, SIDES, fileOf(doc.id), site, siteUrl)));
  for (const block of input.unloaded ?? []) {
    const sides = SIDES.filter((side) => block[side]);
    problems.push(...(await singleCardProblems(block.source, sides, fileOf(block.source.id), site, siteUrl)));
  }
  if (firstLanguage && site) problems.push(...(await bilingualProblems(charters, fileOf, site, firstLanguage)));
  return problems;
}
