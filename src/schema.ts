import { z } from 'zod';

/** Who wrote the article and where it was filed. */
export const BylineSchema = z.object({
  /** Person names, without label words such as كتب or بقلم. */
  authors: z.array(z.string().min(1)),
  /** The organisation that supplied the story: CNN, رويترز, واس… */
  agency: z.string().min(1).nullable(),
  /** The place the story was filed from: "دمشق، سوريا". */
  dateline: z.string().min(1).nullable(),
});

/** How long the article takes to read, and whether the page said so or we estimated it. */
export const ReadTimeSchema = z.object({
  minutes: z.number().int().positive(),
  source: z.enum(['stated', 'estimated']),
});

export const QuoteKindSchema = z.enum(['direct', 'partial', 'unmarked', 'indirect']);

/** One stretch of reported speech. Offsets are UTF-16 indices into `paragraphs[paragraph]`. */
export const QuoteSchema = z.object({
  /** The words quoted, without the quote marks. */
  text: z.string().min(1),
  kind: QuoteKindSchema,
  /** One of `speakers[].name`, or null when the speaker is anonymous or unknown. */
  speaker: z.string().min(1).nullable(),
  /** The speech cue as printed (قال، وأضاف، قائلا، بحسب…), or null. */
  cue: z.string().min(1).nullable(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The paragraph the quote ends in; equals `paragraph` unless the quote runs on over paragraphs. */
  endParagraph: z.number().int().nonnegative(),
});

/** A person or organisation that speaks in the article. */
export const SpeakerSchema = z.object({
  /** The fullest form of the name in the article. */
  name: z.string().min(1),
  /** Other forms of the same name in the article. */
  aliases: z.array(z.string().min(1)),
  /** Title or function: "وزير الخارجية المصري". */
  role: z.string().min(1).nullable(),
  /** Indices into `quotes`. */
  quotes: z.array(z.number().int().nonnegative()),
});

export const ArticleSchema = z
  .object({
    headline: z.string(),
    byline: BylineSchema,
    /** ISO 8601: YYYY-MM-DD, or a local date-time (with offset when the page gives a zone). */
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/)
      .nullable(),
    readTime: ReadTimeSchema,
    paragraphs: z.array(z.string().min(1)).min(1),
    quotes: z.array(QuoteSchema),
    speakers: z.array(SpeakerSchema),
    /** Every line dropped as page chrome or taken as metadata, in input order. */
    boilerplate: z.array(z.string()),
  })
  .superRefine((article, ctx) => {
    const names = new Set(article.speakers.map((s) => s.name));
    article.quotes.forEach((quote, i) => {
      if (quote.speaker !== null && !names.has(quote.speaker)) {
        ctx.addIssue({ code: 'custom', path: ['quotes', i, 'speaker'], message: 'speaker is not in speakers' });
      }
      const para = article.paragraphs[quote.paragraph];
      if (para === undefined || quote.endParagraph < quote.paragraph || article.paragraphs[quote.endParagraph] === undefined) {
        ctx.addIssue({ code: 'custom', path: ['quotes', i, 'paragraph'], message: 'paragraph out of range' });
      } else if (quote.endParagraph === quote.paragraph && para.slice(quote.start, quote.end) !== quote.text) {
        ctx.addIssue({ code: 'custom', path: ['quotes', i, 'start'], message: 'offsets do not slice to the text' });
      }
    });
    article.speakers.forEach((speaker, i) => {
      for (const q of speaker.quotes) {
        if (article.quotes[q]?.speaker !== speaker.name) {
          ctx.addIssue({ code: 'custom', path: ['speakers', i, 'quotes'], message: 'speaker lists a quote that is not theirs' });
        }
      }
    });
  });

export const ParseOptionsSchema = z
  .object({
    /** 'auto' sniffs HTML, then Markdown; 'text', 'html' and 'markdown' force a path. */
    format: z.enum(['auto', 'text', 'html', 'markdown']).default('auto'),
    /** Inputs longer than this many UTF-16 code units are refused with `input-too-large`. */
    maxInputLength: z.number().int().positive().default(5_000_000),
    /** Words per minute used to estimate `readTime` when the page states none. */
    wordsPerMinute: z.number().positive().default(138),
  })
  .strict();

export type Byline = z.infer<typeof BylineSchema>;
export type ReadTime = z.infer<typeof ReadTimeSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type ParseOptions = z.input<typeof ParseOptionsSchema>;
export type ResolvedOptions = z.output<typeof ParseOptionsSchema>;
